package org.dpa4j.model.liability;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * How a liability cap is measured.
 *
 * <p class="nl">Hoe een aansprakelijkheidsplafond wordt bepaald.
 */
public enum LiabilityCapKind implements CodedEnum {
  /**
   * The cap of another document (main agreement, general terms) applies, and the text names that
   * document.
   */
  EXTERNAL_REFERENCE("as in another document", "zoals in een ander document"),
  /**
   * The cap equals the fees over a number of months, such as the fees of the last twelve months.
   */
  FEES("fees over a number of months", "vergoedingen over een aantal maanden"),
  /** A fixed amount of money. */
  FIXED_AMOUNT("a fixed amount", "een vast bedrag"),
  /** The amount the processor's liability insurance pays out in the case. */
  INSURANCE_PAYOUT("what the insurance pays out", "wat de verzekering uitkeert"),
  /**
   * The text expressly says liability is not capped for the matters stated ("liability for X is not
   * limited").
   */
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
