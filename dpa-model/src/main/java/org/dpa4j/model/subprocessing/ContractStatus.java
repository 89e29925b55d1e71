package org.dpa4j.model.subprocessing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** Whether the agreement confirms a processing contract with a sub-processor. */
public enum ContractStatus implements CodedEnum {
  /** Contract confirmed. */
  CONFIRMED("contract confirmed", "overeenkomst bevestigd"),
  /** The text says a contract is pending or to be confirmed. */
  PENDING("contract to be confirmed", "overeenkomst nog te bevestigen"),
  /** Not stated. */
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
