package org.dpa4j.validation;

import java.util.Objects;
import java.util.Optional;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.value.CountryCode;

/**
 * A place outside the EEA that a finding's argument names, such as an offender of the transfer
 * rules: the country, who receives the data there when known, and the model object that names the
 * place (the agreement's transfer destination, or the sub-processor that processes there), so that
 * a program that compares two findings can tell the same sub-processor renamed (same registration
 * number) from another one, as it matches the agreement's list elements, and the same company in
 * another country from the same place. {@link #toString()} is the argument's JSON form: the
 * country's code, then the recipient in brackets when known ({@code "US (Acme Inc.)"}, {@code
 * "IN"}).
 */
public final class Destination {
  private final CountryCode country;
  private final Optional<String> recipient;
  private final Object entity;

  private Destination(CountryCode country, Optional<String> recipient, Object entity) {
    this.country = Objects.requireNonNull(country, "country");
    this.recipient = Objects.requireNonNull(recipient, "recipient");
    this.entity = Objects.requireNonNull(entity, "entity");
  }

  /**
   * Returns a place a finding names.
   *
   * @param country the country outside the EEA
   * @param recipient who receives the data there (a sub-processor's name, as the agreement writes
   *     it), or empty
   * @param entity the model object that names the place, such as a {@code TransferDestination} or a
   *     {@code SubProcessor}
   * @return the destination
   */
  public static Destination of(CountryCode country, Optional<String> recipient, Object entity) {
    return new Destination(country, recipient, entity);
  }

  /**
   * Returns the country.
   *
   * @return the country outside the EEA
   */
  public CountryCode getCountry() {
    return country;
  }

  /**
   * Returns who receives the data there, as the agreement writes it.
   *
   * @return the recipient, or empty when the agreement names none
   */
  public Optional<String> getRecipient() {
    return recipient;
  }

  /**
   * Returns the model object that names the place, with what identifies it (a sub-processor's
   * registrations).
   *
   * @return the object
   */
  public Object getEntity() {
    return entity;
  }

  /**
   * Returns the place for people: the country by its name, then the recipient in brackets ("United
   * States (Acme Inc.)", "Verenigde Staten (Acme Inc.)").
   *
   * @return the text in English and Dutch
   */
  public LocalizedText toText() {
    LocalizedText name = country.toText();
    return LocalizedText.of(name.getEnglish() + bracketed(), name.getDutch() + bracketed());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Destination
        && country.equals(((Destination) other).country)
        && recipient.equals(((Destination) other).recipient)
        && entity.equals(((Destination) other).entity);
  }

  @Override
  public int hashCode() {
    return Objects.hash(country, recipient, entity);
  }

  /** Returns the country's code, then the recipient in brackets: the argument's JSON form. */
  @Override
  public String toString() {
    return country.getCode() + bracketed();
  }

  /** The recipient in brackets after a space, or nothing. */
  private String bracketed() {
    return recipient.map(r -> " (" + r + ")").orElse("");
  }
}
