package org.dpa4j.model.transfers;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import org.dpa4j.model.Coverage;
import org.dpa4j.model.Provision;
import org.dpa4j.model.Term;
import org.dpa4j.model.value.CountryCode;
import org.immutables.value.Value;

/** Transfers of personal data outside the EU or EEA (chapter V GDPR). */
@Value.Immutable
public abstract class TransferTerms extends Term implements WithTransferTerms {

  TransferTerms() {}

  /**
   * Returns the text's rule for transfers of personal data outside the EU or EEA (art. 28(3)(a) and
   * chapter V GDPR; clause 7.8 of 2021/915): within the EU only, within the EEA only, prohibited,
   * allowed under conditions, allowed with the controller's consent, or not addressed.
   *
   * @return the value; {@code not_addressed} unless set
   */
  @Value.Default
  public TransferPolicy getPolicy() {
    return TransferPolicy.NOT_ADDRESSED;
  }

  /**
   * Returns the transfer mechanisms the text gives for transfers in general, one entry per
   * mechanism: an adequacy decision (art. 45 GDPR), appropriate safeguards such as standard
   * contractual clauses (art. 46), binding corporate rules (art. 47) or a derogation (art. 49).
   *
   * @return the values, in declaration order; empty for none
   */
  public abstract Set<TransferMechanism> getMechanisms();

  /**
   * Returns the transfers the text exempts from its own transfer rule, such as transfers to listed
   * sub-processors.
   *
   * @return the values, in declaration order; empty for none
   */
  public abstract Set<TransferExemption> getExemptions();

  /**
   * Returns whether the text guarantees that the data is stored within the EU or EEA: true when it
   * says so, false when it does not say so.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isStorageGuaranteedInEea() {
    return false;
  }

  /**
   * Returns whether the text contemplates access to the data from outside the EEA, such as by
   * support staff: true when it does, false when it does not say so.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isRemoteAccessFromThirdCountry() {
    return false;
  }

  /**
   * Returns whether the text makes the processor tell the controller to which countries it
   * transfers data: true when it does, false when it does not say so.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isProcessorReportsCountries() {
    return false;
  }

  /**
   * Returns the countries outside the EU and EEA the text names as destinations, one entry per
   * country, each with the mechanisms the text gives for that country.
   *
   * @return the destinations, in the order of the text; empty for none
   */
  public abstract List<@Valid TransferDestination> getDestinations();

  /**
   * Returns the countries or groups where the processor itself hosts the data, one entry per
   * location, when the text says so.
   *
   * @return the locations, in the order of the text; empty when not stated
   */
  public abstract List<CountryCode> getHostingLocations();

  /**
   * Returns whether the controller chooses the hosting region (such as EU or US): true when the
   * text says so, false when it does not say so.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isHostingChosenByController() {
    return false;
  }

  /**
   * Returns whether the text makes the processor disclose its storage locations on request: true
   * when it does, false when it does not say so.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isStorageLocationsOnRequest() {
    return false;
  }

  /**
   * Returns safeguards and assessment criteria the text sets for transfers and remote access, one
   * entry per safeguard.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@Valid Provision> getSafeguards();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableTransferTerms.Builder builder() {
    return ImmutableTransferTerms.builder();
  }

  /**
   * Returns the value for an agreement that says nothing on this subject.
   *
   * @return the value, with {@link Coverage#notStated()}
   */
  public static TransferTerms notStated() {
    return builder().coverage(Coverage.notStated()).build();
  }
}
