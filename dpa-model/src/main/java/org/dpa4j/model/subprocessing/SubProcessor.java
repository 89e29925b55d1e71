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
import org.dpa4j.model.transfers.TransferMechanism;
import org.dpa4j.model.value.CountryCode;
import org.immutables.value.Value;

/** A sub-processor as the agreement names it. */
@Value.Immutable
public abstract class SubProcessor implements Sourced, Extensible, WithSubProcessor {

  SubProcessor() {}

  /**
   * Returns the name of the sub-processor as written; empty when the text does not name it ("onze
   * toeleverancier").
   *
   * @return the value, or empty
   */
  public abstract Optional<@NonBlank String> getName();

  /**
   * Returns what the sub-processor does for the processor, as written, such as "hosting".
   *
   * @return the value, or empty
   */
  public abstract Optional<@NonBlank String> getPurpose();

  /**
   * Returns the personal data it processes, one entry per category as written.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@NonBlank String> getDataCategories();

  /**
   * Returns the subject matter of its processing as written (Annex IV of 2021/915).
   *
   * @return the value, or empty
   */
  public abstract Optional<@NonBlank String> getSubjectMatter();

  /**
   * Returns how long the text says it processes.
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
   * @return the value, or empty
   */
  public abstract Optional<CountryCode> getCountry();

  /**
   * Returns the category the list puts it in, as written, such as "Cloud infrastructure" or "AI".
   *
   * @return the category, or empty
   */
  public abstract Optional<@NonBlank String> getCategory();

  /**
   * Returns the web address the text gives for more about it, such as its privacy or DPA page.
   *
   * @return the address as written, or empty
   */
  public abstract Optional<@NonBlank String> getUrl();

  /**
   * Returns the list of its own sub-processors that the text refers to.
   *
   * @return the document, or empty
   */
  public abstract Optional<@Valid DocumentRef> getOwnSubProcessorList();

  /**
   * Returns its address as written (Annex IV of 2021/915).
   *
   * @return the address, or empty
   */
  public abstract Optional<@Valid Address> getAddress();

  /**
   * Returns its contacts, one entry per contact, such as its data protection officer (Annex IV of
   * 2021/915).
   *
   * @return the contacts; empty for none
   */
  public abstract List<@Valid Contact> getContacts();

  /**
   * Returns the countries or groups (EU, EEA) where it processes or stores the data, one entry per
   * location, when the text says so ("dataverwerking in de EU", "US, Germany"); a column "Location"
   * with no further word counts.
   *
   * @return the locations, in the order of the text; empty when not stated
   */
  public abstract List<CountryCode> getProcessingLocations();

  /**
   * Returns whether where it processes the data depends on the hosting region the controller
   * chooses (such as "EU or US, depending on the customer's region"): true when the text says so,
   * false when it does not say so.
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
   * @return the mechanisms, in declaration order; empty when not stated
   */
  public abstract Set<TransferMechanism> getTransferMechanisms();

  /**
   * Returns the categories of data subjects whose data it processes, one entry per category as
   * written.
   *
   * @return the categories; empty when not stated
   */
  public abstract List<@NonBlank String> getDataSubjectCategories();

  /**
   * Returns whether the text says it is an affiliate, a company of the processor's group: true when
   * it says so, false when it does not say so.
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
