package org.dpa4j.model.subprocessing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * Whether the agreement confirms a processing contract with a sub-processor.
 *
 * <p class="nl">Of de overeenkomst bevestigt dat er een verwerkersovereenkomst met een subverwerker
 * is.
 */
public enum ContractStatus implements CodedEnum {
  /**
   * The text says a written (processing) contract with this entity exists; a general promise to
   * impose the same obligations on every sub-processor is flow-down, not this.
   */
  CONFIRMED("contract confirmed", "overeenkomst bevestigd"),
  /** The text says the contract with this entity is pending, in progress or to be confirmed. */
  PENDING("contract to be confirmed", "overeenkomst nog te bevestigen"),
  /** The text does not say, for this entity, whether a contract exists. */
  NOT_STATED("not stated", "niet vermeld");

  private final LocalizedText label;

  ContractStatus(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
