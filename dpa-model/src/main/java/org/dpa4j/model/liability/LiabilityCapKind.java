package org.dpa4j.model.liability;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** How a liability cap is measured. */
public enum LiabilityCapKind implements CodedEnum {
  /** The cap of another document (main agreement, general terms) applies. */
  EXTERNAL_REFERENCE("as in another document", "zoals in een ander document"),
  /** Fees over a number of months. */
  FEES("fees over a number of months", "vergoedingen over een aantal maanden"),
  /** A fixed amount. */
  FIXED_AMOUNT("a fixed amount", "een vast bedrag"),
  /** The amount the processor's insurance pays out in the case. */
  INSURANCE_PAYOUT("what the insurance pays out", "wat de verzekering uitkeert"),
  /** Liability expressly not capped, for the matters stated. */
  UNLIMITED("unlimited", "onbeperkt");

  private final LocalizedText label;

  LiabilityCapKind(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
