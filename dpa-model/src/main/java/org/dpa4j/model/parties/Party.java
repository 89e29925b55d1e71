package org.dpa4j.model.parties;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dpa4j.model.ClauseRef;
import org.dpa4j.model.Extensible;
import org.dpa4j.model.ExtensionValue;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.ModelProblemCode;
import org.dpa4j.model.Sourced;
import org.dpa4j.model.constraints.Bic;
import org.dpa4j.model.constraints.Iban;
import org.dpa4j.model.constraints.NonBlank;
import org.dpa4j.model.value.KvkNumber;
import org.dpa4j.model.value.VatNumber;
import org.immutables.value.Value;

/**
 * A party to the agreement: the processor, or the controller. In standard terms offered to "any
 * customer" the controller is a placeholder with a description.
 *
 * <p class="nl">Een partij bij de overeenkomst: de verwerker of de verwerkingsverantwoordelijke.
 */
@Value.Immutable
public abstract class Party implements Sourced, Extensible, WithParty {

  Party() {}

  /**
   * Returns the role the party has under the GDPR in this agreement: processor, controller or
   * sub-processor.
   *
   * <p class="nl">De rol die de partij in deze overeenkomst onder de AVG heeft: verwerker,
   * verwerkingsverantwoordelijke of subverwerker.
   *
   * @return the value
   */
  public abstract PartyRole getRole();

  /**
   * Returns the party's legal name as written, such as "Example Consulting".
   *
   * <p class="nl">De statutaire naam van de partij zoals geschreven, zoals "Example Consulting".
   *
   * @return the value, or empty; a party that is no placeholder needs a legal name or a trade name,
   *     or building fails with {@link org.dpa4j.model.DpaModelException} ({@code
   *     model.inconsistent})
   */
  public abstract Optional<@NonBlank String> getLegalName();

  /**
   * Returns the names the party trades under ("h.o.d.n."), one entry per name, such as "Callvoip".
   *
   * <p class="nl">De handelsnamen van de partij, één per naam, zoals "Callvoip".
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@NonBlank String> getTradeNames();

  /**
   * Returns the party's legal form as written, such as "B.V.".
   *
   * <p class="nl">De rechtsvorm van de partij zoals geschreven, zoals "B.V.".
   *
   * @return the value, or empty
   */
  public abstract Optional<@NonBlank String> getLegalForm();

  /**
   * Returns the party's registrations in public registers, one entry per registration (KvK,
   * Handelsregister, Companies House, LEI, ...).
   *
   * <p class="nl">De inschrijvingen van de partij in openbare registers, één per inschrijving (KvK,
   * Handelsregister, Companies House, LEI).
   *
   * @return the registrations, in the order of the text; empty for none
   */
  public abstract List<@Valid Registration> getRegistrations();

  /**
   * Returns the Dutch Chamber of Commerce number, the first {@link RegistrationScheme#KVK}
   * registration.
   *
   * @return the number, or empty
   */
  public Optional<KvkNumber> kvkNumber() {
    return getRegistrations().stream()
        .filter(r -> r.getScheme() == RegistrationScheme.KVK)
        .map(r -> KvkNumber.parse(r.getNumber()))
        .findFirst();
  }

  /**
   * Returns whether the text says the party is an organisation, a natural person acting in business
   * (a sole trader) or a consumer.
   *
   * <p class="nl">Of de partij volgens de tekst een organisatie is, een natuurlijk persoon die een
   * beroep of bedrijf uitoefent (een eenmanszaak) of een consument.
   *
   * @return the kind; {@link PartyKind#NOT_STATED} unless set
   */
  @Value.Default
  public PartyKind getKind() {
    return PartyKind.NOT_STATED;
  }

  /**
   * Returns roles the party also takes besides {@link #getRole()}: a customer that is the
   * controller or itself a processor for its own customers (module 3 of the EU transfer clauses)
   * has {@link PartyRole#PROCESSOR} here; a processor that serves another processor has {@link
   * PartyRole#SUB_PROCESSOR}.
   *
   * <p class="nl">Rollen die de partij naast haar rol ook heeft: een klant die
   * verwerkingsverantwoordelijke is of zelf verwerker voor eigen klanten (module 3 van de
   * EU-doorgifteclausules) is hier ook verwerker; een verwerker die voor een andere verwerker werkt
   * is hier ook subverwerker.
   *
   * @return the roles; empty for none
   */
  public abstract Set<PartyRole> getAlsoActsAs();

  /**
   * Returns the party's VAT identification number.
   *
   * <p class="nl">Het btw-identificatienummer van de partij.
   *
   * @return the value, or empty
   */
  public abstract Optional<VatNumber> getVatNumber();

  /**
   * Returns the party's visiting or registered address as written (Annex I of 2021/915 asks for the
   * parties' addresses).
   *
   * <p class="nl">Het bezoek- of statutaire adres van de partij zoals geschreven (bijlage I van
   * 2021/915 vraagt om de adressen van partijen).
   *
   * @return the value, or empty
   */
  public abstract Optional<@Valid Address> getAddress();

  /**
   * Returns the party's postal address, when the text gives one that differs from its address.
   *
   * <p class="nl">Het postadres van de partij, als de tekst er een geeft dat van haar adres
   * afwijkt.
   *
   * @return the value, or empty
   */
  public abstract Optional<@Valid Address> getPostalAddress();

  /**
   * Returns ways to reach the party, one entry per contact, such as its data protection officer or
   * privacy contact (Annex I of 2021/915 asks for a contact person's position and contact details).
   *
   * <p class="nl">Manieren om de partij te bereiken, één per contact, zoals haar functionaris voor
   * gegevensbescherming of privacycontact (bijlage I van 2021/915 vraagt om functie en
   * contactgegevens van een contactpersoon).
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@Valid Contact> getContacts();

  /**
   * Returns the party's website as written.
   *
   * <p class="nl">De website van de partij zoals geschreven.
   *
   * @return the value, or empty
   */
  public abstract Optional<@NonBlank String> getWebsite();

  /**
   * Returns the party's bank account number (IBAN) as written.
   *
   * <p class="nl">Het bankrekeningnummer (IBAN) van de partij zoals geschreven.
   *
   * @return the value, or empty
   */
  @Value.Redacted
  public abstract Optional<@Iban String> getIban();

  /**
   * Returns the bank identifier code (BIC) of the party's bank.
   *
   * <p class="nl">De bankidentificatiecode (BIC) van de bank van de partij.
   *
   * @return the value, or empty
   */
  public abstract Optional<@Bic String> getBic();

  /**
   * Returns the defined term the text uses for the party, such as "Verwerker" or "the Customer".
   *
   * <p class="nl">Het gedefinieerde begrip dat de tekst voor de partij gebruikt, zoals "Verwerker"
   * of "the Customer".
   *
   * @return the term as written, or empty
   */
  public abstract Optional<@NonBlank String> getDefinedTerm();

  /**
   * Returns whether the text describes the party instead of naming it, as standard terms offered to
   * any customer do: true when it describes it, false when the text names the party.
   *
   * <p class="nl">Of de tekst de partij omschrijft in plaats van haar te noemen, zoals
   * standaardvoorwaarden voor iedere klant doen; true als zij haar omschrijft, false als de tekst
   * de partij bij naam noemt.
   *
   * @return true when so; false unless set; a placeholder needs a {@link #getDescription()
   *     description}, or building fails with {@link org.dpa4j.model.DpaModelException} ({@code
   *     model.inconsistent})
   */
  @Value.Default
  public boolean isPlaceholder() {
    return false;
  }

  /**
   * Returns how the text describes a placeholder party, such as "een relatie aan wie zij diensten
   * levert".
   *
   * <p class="nl">Hoe de tekst een niet bij naam genoemde partij omschrijft, zoals "een relatie aan
   * wie zij diensten levert".
   *
   * @return the value, or empty
   */
  public abstract Optional<@NonBlank String> getDescription();

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

  @Override
  public abstract Optional<String> getQuote();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableParty.Builder builder() {
    return ImmutableParty.builder();
  }

  /**
   * Returns the role, the kind and, for an organisation, its name; never a natural person's name,
   * address or bank account, which are personal data.
   *
   * @return the text, such as {@code Party{role=processor, kind=organisation, name=Example B.V.}}
   */
  @Override
  public String toString() {
    String name =
        getKind() == PartyKind.ORGANISATION
            ? getLegalName().or(() -> getTradeNames().stream().findFirst()).orElse("")
            : "<redacted>";
    return "Party{role="
        + getRole().getCode()
        + ", kind="
        + getKind().getCode()
        + (isPlaceholder() ? ", placeholder" : ", name=" + name)
        + "}";
  }

  /**
   * Returns a name for headers and messages: the legal name, else the first trade name, else the
   * placeholder description.
   *
   * @return the display name
   */
  public String displayName() {
    return getLegalName()
        .or(() -> getTradeNames().stream().findFirst())
        .or(this::getDescription)
        .orElse(getRole().getLabel().getEnglish());
  }

  @Value.Check
  void check() {
    if (isPlaceholder() && getDescription().isEmpty()) {
      throw ModelProblemCode.INCONSISTENT.exception(
          "/description",
          LocalizedText.of(
              "a placeholder party needs a description",
              "een niet bij naam genoemde partij heeft een omschrijving nodig"));
    }
    if (!isPlaceholder() && getLegalName().isEmpty() && getTradeNames().isEmpty()) {
      throw ModelProblemCode.INCONSISTENT.exception(
          "/legalName",
          LocalizedText.of(
              "a named party needs a legal name or a trade name",
              "een genoemde partij heeft een statutaire naam of handelsnaam nodig"));
    }
  }
}
