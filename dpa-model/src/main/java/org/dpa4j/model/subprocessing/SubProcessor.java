package org.dpa4j.model.subprocessing;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dpa4j.model.ClauseRef;
import org.dpa4j.model.DocumentRef;
import org.dpa4j.model.Extensible;
import org.dpa4j.model.ExtensionValue;
import org.dpa4j.model.Sourced;
import org.dpa4j.model.constraints.NonBlank;
import org.dpa4j.model.parties.Address;
import org.dpa4j.model.parties.Contact;
import org.dpa4j.model.parties.Registration;
import org.dpa4j.model.transfers.TransferMechanism;
import org.dpa4j.model.value.CountryCode;
import org.immutables.value.Value;

/**
 * A sub-processor as the agreement names it.
 *
 * <p class="nl">Een subverwerker zoals de overeenkomst die noemt.
 */
@Value.Immutable
public abstract class SubProcessor implements Sourced, Extensible, WithSubProcessor {

  SubProcessor() {}

  /**
   * Returns the name of the sub-processor as written; empty when the text does not name it ("onze
   * toeleverancier").
   *
   * <p class="nl">De naam van de subverwerker zoals geschreven; leeg als de tekst hem niet noemt
   * ("onze toeleverancier").
   *
   * @return the value, or empty
   */
  public abstract Optional<@NonBlank String> getName();

  /**
   * Returns what the sub-processor does for the processor, as written, such as "hosting".
   *
   * <p class="nl">Wat de subverwerker voor de verwerker doet, zoals geschreven, zoals "hosting".
   *
   * @return the value, or empty
   */
  public abstract Optional<@NonBlank String> getPurpose();

  /**
   * Returns the personal data it processes, one entry per category as written.
   *
   * <p class="nl">De persoonsgegevens die de subverwerker verwerkt, één per categorie zoals
   * geschreven.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@NonBlank String> getDataCategories();

  /**
   * Returns the subject matter of its processing as written (Annex IV of 2021/915).
   *
   * <p class="nl">Het onderwerp van zijn verwerking zoals geschreven (bijlage IV van 2021/915).
   *
   * @return the value, or empty
   */
  public abstract Optional<@NonBlank String> getSubjectMatter();

  /**
   * Returns how long the text says it processes.
   *
   * <p class="nl">Hoe lang de subverwerker volgens de tekst verwerkt.
   *
   * @return the duration; {@link org.dpa4j.model.processing.ProcessingDuration#NOT_STATED} unless
   *     set
   */
  @Value.Default
  public org.dpa4j.model.processing.ProcessingDuration getDuration() {
    return org.dpa4j.model.processing.ProcessingDuration.NOT_STATED;
  }

  /**
   * Returns the country where it is established (its seat), when the text says so, as an ISO 3166-1
   * alpha-2 code.
   *
   * <p class="nl">Het land waar de subverwerker is gevestigd (zijn zetel), als de tekst dat zegt,
   * als ISO 3166-1 alpha-2-code.
   *
   * @return the value, or empty
   */
  public abstract Optional<CountryCode> getCountry();

  /**
   * Returns the category the list puts it in, as written, such as "Cloud infrastructure" or "AI".
   *
   * <p class="nl">De categorie waarin de lijst de subverwerker plaatst, zoals geschreven, zoals
   * "Cloud infrastructure" of "AI".
   *
   * @return the category, or empty
   */
  public abstract Optional<@NonBlank String> getCategory();

  /**
   * Returns the web address the text gives for more about it, such as its privacy or DPA page.
   *
   * <p class="nl">Het webadres dat de tekst geeft voor meer informatie over de subverwerker, zoals
   * zijn privacy- of DPA-pagina.
   *
   * @return the address as written, or empty
   */
  public abstract Optional<@NonBlank String> getUrl();

  /**
   * Returns the list of its own sub-processors that the text refers to.
   *
   * <p class="nl">De lijst van zijn eigen subverwerkers waarnaar de tekst verwijst.
   *
   * @return the document, or empty
   */
  public abstract Optional<@Valid DocumentRef> getOwnSubProcessorList();

  /**
   * Returns the sub-processor's registrations in public registers as the list gives them, one entry
   * per registration (KvK, Handelsregister, Companies House, LEI, ...): with the name, what
   * identifies the legal entity engaged (Annex IV of 2021/915 asks for its name and address).
   *
   * <p class="nl">De inschrijvingen van de subverwerker in openbare registers zoals de lijst ze
   * geeft, één per inschrijving (KvK, Handelsregister, Companies House, LEI): met de naam wat de
   * ingeschakelde rechtspersoon identificeert (bijlage IV van 2021/915 vraagt naam en adres).
   *
   * @return the registrations, in the order of the text; empty for none
   */
  public abstract List<@Valid Registration> getRegistrations();

  /**
   * Returns its address as written (Annex IV of 2021/915).
   *
   * <p class="nl">Het adres van de subverwerker zoals geschreven (bijlage IV van 2021/915).
   *
   * @return the address, or empty
   */
  public abstract Optional<@Valid Address> getAddress();

  /**
   * Returns its contacts, one entry per contact, such as its data protection officer (Annex IV of
   * 2021/915).
   *
   * <p class="nl">De contacten van de subverwerker, één per contact, zoals de functionaris voor
   * gegevensbescherming (bijlage IV van 2021/915).
   *
   * @return the contacts; empty for none
   */
  public abstract List<@Valid Contact> getContacts();

  /**
   * Returns the countries or groups (EU, EEA) where it processes or stores the data, one entry per
   * location, when the text says so ("dataverwerking in de EU", "US, Germany"); a column "Location"
   * with no further word counts.
   *
   * <p class="nl">De landen of groepen (EU, EER) waar de subverwerker de gegevens verwerkt of
   * opslaat, één per locatie, als de tekst dat zegt ("dataverwerking in de EU", "US, Germany"); een
   * kolom "Location" zonder verdere toelichting telt mee.
   *
   * @return the locations, in the order of the text; empty when not stated
   */
  public abstract List<CountryCode> getProcessingLocations();

  /**
   * Returns whether where it processes the data depends on the hosting region the controller
   * chooses (such as "EU or US, depending on the customer's region"): true when the text says so,
   * false when it does not say so.
   *
   * <p class="nl">Of de plaats waar de subverwerker de gegevens verwerkt afhangt van de
   * hostingregio die de verwerkingsverantwoordelijke kiest (zoals "EU of VS, afhankelijk van de
   * regio van de klant"); true als de tekst dat zegt, false als zij daarover niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isLocationChosenByController() {
    return false;
  }

  /**
   * Returns the transfer mechanisms the text gives for this sub-processor (chapter V GDPR), one
   * entry per mechanism.
   *
   * <p class="nl">De doorgifte-instrumenten die de tekst voor deze subverwerker noemt (hoofdstuk V
   * AVG), één per instrument.
   *
   * @return the mechanisms, in declaration order; empty when not stated
   */
  public abstract Set<TransferMechanism> getTransferMechanisms();

  /**
   * Returns the categories of data subjects whose data it processes, one entry per category as
   * written.
   *
   * <p class="nl">De categorieën betrokkenen van wie de subverwerker gegevens verwerkt, één per
   * categorie zoals geschreven.
   *
   * @return the categories; empty when not stated
   */
  public abstract List<@NonBlank String> getDataSubjectCategories();

  /**
   * Returns whether the text says it is an affiliate, a company of the processor's group: true when
   * it says so, false when it does not say so.
   *
   * <p class="nl">Of de tekst zegt dat de subverwerker een gelieerde onderneming is, een
   * vennootschap uit de groep van de verwerker; true als de tekst dat zegt, false als zij daarover
   * niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isAffiliate() {
    return false;
  }

  /**
   * Returns the countries outside the EU and EEA this sub-processor involves, each once, in the
   * order of the text: every stated processing location outside the EEA (also one among locations
   * the controller chooses from), then its establishment when that lies outside the EEA, since a
   * disclosure to an importer established in a third country is a transfer whatever the hosting
   * region (EDPB Guidelines 05/2021 on the interplay of art. 3 and chapter V GDPR).
   *
   * @return the third countries; empty when every location and the establishment lie in the EEA or
   *     none is stated
   */
  public List<CountryCode> thirdCountries() {
    java.util.Set<CountryCode> out = new java.util.LinkedHashSet<>();
    for (CountryCode location : getProcessingLocations()) {
      if (!location.isWithin(CountryCode.EEA)) {
        out.add(location);
      }
    }
    getCountry().filter(c -> !c.isWithin(CountryCode.EEA)).ifPresent(out::add);
    return List.copyOf(out);
  }

  /**
   * Returns whether the text says it is used only when the controller activates an optional service
   * or feature: true when it says so, false when it does not say so.
   *
   * <p class="nl">Of de tekst zegt dat de subverwerker alleen wordt ingezet wanneer de
   * verwerkingsverantwoordelijke een facultatieve dienst of functie activeert; true als de tekst
   * dat zegt, false als zij daarover niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isOptional() {
    return false;
  }

  /**
   * Returns whether the text says a written processing contract with this sub-processor exists
   * (art. 28(4) GDPR): confirmed, pending, or not stated.
   *
   * <p class="nl">Of de tekst zegt dat er een schriftelijke verwerkersovereenkomst met deze
   * subverwerker is (art. 28 lid 4 AVG): bevestigd, in behandeling, of niet vermeld.
   *
   * @return the value; {@code not_stated} unless set
   */
  @Value.Default
  public ContractStatus getContractStatus() {
    return ContractStatus.NOT_STATED;
  }

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
  public static ImmutableSubProcessor.Builder builder() {
    return ImmutableSubProcessor.builder();
  }
}
