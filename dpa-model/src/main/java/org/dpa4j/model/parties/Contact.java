package org.dpa4j.model.parties;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpa4j.model.ClauseRef;
import org.dpa4j.model.Extensible;
import org.dpa4j.model.ExtensionValue;
import org.dpa4j.model.Sourced;
import org.dpa4j.model.constraints.NonBlank;
import org.immutables.value.Value;

/**
 * A way to reach a party. Names, e-mail addresses and phone numbers are personal data and never
 * appear in {@code toString()}.
 *
 * <p class="nl">Een manier om een partij te bereiken.
 */
@Value.Immutable
public abstract class Contact implements Sourced, Extensible, WithContact {

  Contact() {}

  /**
   * Returns what the contact is for: general, the data protection officer (art. 37 GDPR), privacy,
   * security and breaches, support, sales or legal notices.
   *
   * <p class="nl">Waarvoor het contact dient: algemeen, de functionaris voor gegevensbescherming
   * (art. 37 AVG), privacy, beveiliging en inbreuken, ondersteuning, verkoop of juridische
   * mededelingen.
   *
   * @return the value; {@code general} unless set
   */
  @Value.Default
  public ContactKind getKind() {
    return ContactKind.GENERAL;
  }

  /**
   * Returns the name of a contact person; it is personal data, never shown in {@code toString()},
   * and never encoded from a third-party text, where the position stands instead.
   *
   * <p class="nl">De naam van een contactpersoon; dit is een persoonsgegeven, komt nooit in
   * toString() en wordt nooit uit de tekst van een derde overgenomen, waar de functie ervoor in de
   * plaats komt.
   *
   * @return the value, or empty
   */
  @Value.Redacted
  public abstract Optional<@NonBlank String> getName();

  /**
   * Returns the position or function of the contact, such as "Data Protection Officer".
   *
   * <p class="nl">De functie van de contactpersoon, zoals "Functionaris Gegevensbescherming".
   *
   * @return the position as written, or empty
   */
  public abstract Optional<@NonBlank String> getPosition();

  /**
   * Returns the e-mail addresses the text gives for the contact, one entry per address, such as a
   * role address like {@code privacy@vendor.example}; a personal address is never encoded from a
   * third-party text.
   *
   * <p class="nl">De e-mailadressen die de tekst voor het contact geeft, één per adres, zoals een
   * functioneel adres; een persoonlijk adres wordt nooit uit de tekst van een derde overgenomen.
   *
   * @return the values, in order; empty for none
   */
  @Value.Redacted
  public abstract List<@NonBlank String> getEmails();

  /**
   * Returns the phone numbers the text gives for the contact, one entry per number, as written.
   *
   * <p class="nl">De telefoonnummers die de tekst voor het contact geeft, één per nummer, zoals
   * geschreven.
   *
   * @return the values, in order; empty for none
   */
  @Value.Redacted
  public abstract List<@NonBlank String> getPhones();

  /**
   * Returns the fax numbers the text gives for the contact, one entry per number, as written.
   *
   * <p class="nl">De faxnummers die de tekst voor het contact geeft, één per nummer, zoals
   * geschreven.
   *
   * @return the values, in order; empty for none
   */
  @Value.Redacted
  public abstract List<@NonBlank String> getFaxes();

  /**
   * Returns the properties read from JSON that the model has no attribute for.
   *
   * @return the extensions by name; empty for none
   */
  @Override
  @Value.Redacted
  public abstract Map<String, ExtensionValue> getExtensions();

  @Override
  public abstract List<ClauseRef> getClauses();

  /**
   * Returns the clause's words as written; they name the contact, so they are redacted from {@code
   * toString()} like the name, e-mail addresses and phone numbers.
   *
   * <p class="nl">De woorden van de bepaling zoals geschreven; omdat zij het contact noemen,
   * blijven zij net als naam, e-mailadressen en telefoonnummers buiten toString().
   *
   * @return the quote, or empty
   */
  @Override
  @Value.Redacted
  public abstract Optional<String> getQuote();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableContact.Builder builder() {
    return ImmutableContact.builder();
  }
}
