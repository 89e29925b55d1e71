package org.dpa4j.model.subprocessing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpa4j.model.ClauseRef;
import org.dpa4j.model.Extensible;
import org.dpa4j.model.ExtensionValue;
import org.dpa4j.model.Sourced;
import org.dpa4j.model.constraints.NonBlank;
import org.dpa4j.model.value.CountryCode;
import org.immutables.value.Value;

/** A sub-processor as the agreement names it. */
@Value.Immutable
public abstract class SubProcessor implements Sourced, Extensible {

  SubProcessor() {}

  /**
   * Returns the name; empty when the text does not name it ("onze toeleverancier").
   *
   * @return the value, or empty
   */
  public abstract Optional<@NonBlank String> getName();

  /**
   * Returns what it does.
   *
   * @return the value, or empty
   */
  public abstract Optional<@NonBlank String> getPurpose();

  /**
   * Returns the data it processes.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@NonBlank String> getDataCategories();

  /**
   * Returns where it is established.
   *
   * @return the value, or empty
   */
  public abstract Optional<CountryCode> getCountry();

  /**
   * Returns where it processes the data, when the text says so ("dataverwerking in de EU").
   *
   * @return the value, or empty
   */
  public abstract Optional<CountryCode> getProcessingRegion();

  /**
   * Returns whether it is used only when the controller activates an optional service.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isOptional() {
    return false;
  }

  /**
   * Returns whether a processing contract with it is confirmed.
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
