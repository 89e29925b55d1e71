package org.dpa4j.model.parties;

import java.util.Map;
import java.util.Optional;
import org.dpa4j.model.Extensible;
import org.dpa4j.model.ExtensionValue;
import org.dpa4j.model.constraints.NonBlank;
import org.dpa4j.model.value.CountryCode;
import org.immutables.value.Value;

/**
 * A postal address as written.
 *
 * <p class="nl">Een postadres zoals geschreven.
 */
@Value.Immutable
public abstract class Address implements Extensible, WithAddress {

  Address() {}

  /**
   * Returns the street and house number as written.
   *
   * <p class="nl">Straat en huisnummer zoals geschreven.
   *
   * @return the value, or empty
   */
  @Value.Redacted
  public abstract Optional<@NonBlank String> getStreet();

  /**
   * Returns a post-office box, such as "Postbus 5236".
   *
   * <p class="nl">Een postbus, zoals "Postbus 5236".
   *
   * @return the value, or empty
   */
  @Value.Redacted
  public abstract Optional<@NonBlank String> getPostbox();

  /**
   * Returns the postcode as written.
   *
   * <p class="nl">De postcode zoals geschreven.
   *
   * @return the value, or empty
   */
  @Value.Redacted
  public abstract Optional<@NonBlank String> getPostcode();

  /**
   * Returns the city as written.
   *
   * <p class="nl">De plaats zoals geschreven.
   *
   * @return the value, or empty
   */
  public abstract Optional<@NonBlank String> getCity();

  /**
   * Returns the region, state or province, such as "California" or "CA".
   *
   * <p class="nl">De regio, staat of provincie, zoals "California" of "CA".
   *
   * @return the region as written, or empty
   */
  public abstract Optional<@NonBlank String> getRegion();

  /**
   * Returns the country of the address as an ISO 3166-1 alpha-2 code, such as {@code NL}.
   *
   * <p class="nl">Het land van het adres als ISO 3166-1 alpha-2-code, zoals NL.
   *
   * @return the value, or empty
   */
  public abstract Optional<CountryCode> getCountry();

  /**
   * Returns the properties read from JSON that the model has no attribute for.
   *
   * @return the extensions by name; empty for none
   */
  @Override
  @Value.Redacted
  public abstract Map<String, ExtensionValue> getExtensions();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableAddress.Builder builder() {
    return ImmutableAddress.builder();
  }
}
