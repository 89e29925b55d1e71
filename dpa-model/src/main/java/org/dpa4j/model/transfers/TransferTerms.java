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
public abstract class TransferTerms extends Term {

  TransferTerms() {}

  /**
   * Returns the rule for transfers.
   *
   * @return the value; {@code not_addressed} unless set
   */
  @Value.Default
  public TransferPolicy getPolicy() {
    return TransferPolicy.NOT_ADDRESSED;
  }

  /**
   * Returns the transfer mechanisms (chapter V GDPR) the text gives for transfers in general.
   *
   * @return the values, in declaration order; empty for none
   */
  public abstract Set<TransferMechanism> getMechanisms();

  /**
   * Returns transfers exempted from the rule.
   *
   * @return the values, in declaration order; empty for none
   */
  public abstract Set<TransferExemption> getExemptions();

  /**
   * Returns whether storage within the EU or EEA is guaranteed.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isStorageGuaranteedInEea() {
    return false;
  }

  /**
   * Returns whether access from outside the EEA is contemplated.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isRemoteAccessFromThirdCountry() {
    return false;
  }

  /**
   * Returns whether the processor must report to which countries it transfers.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isProcessorReportsCountries() {
    return false;
  }

  /**
   * Returns the countries outside the EU and EEA the text names as destinations, each with the
   * mechanisms it gives for that country.
   *
   * @return the destinations, in the order of the text; empty for none
   */
  public abstract List<@Valid TransferDestination> getDestinations();

  /**
   * Returns the countries or groups where the processor hosts the data, when the text says so.
   *
   * @return the locations, in the order of the text; empty when not stated
   */
  public abstract List<CountryCode> getHostingLocations();

  /**
   * Returns whether the controller chooses the hosting region (such as EU or US).
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isHostingChosenByController() {
    return false;
  }

  /**
   * Returns whether the processor discloses its storage locations on request.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isStorageLocationsOnRequest() {
    return false;
  }

  /**
   * Returns safeguards and assessment criteria the text sets for transfers and remote access.
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
