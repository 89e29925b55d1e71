package org.dpa4j.model.security;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * How strongly the processor commits to something.
 *
 * <p class="nl">Hoe sterk de verwerker zich ergens toe verbindt.
 */
public enum ObligationStrength implements CodedEnum {
  /** A firm obligation to achieve the result (resultaatsverbintenis), such as "shall" or "zal". */
  OBLIGATION("obligation", "verplichting"),
  /** Only an obligation to make efforts ("zal zich inspannen", "streeft ernaar"). */
  BEST_EFFORTS("best efforts", "inspanningsverplichting"),
  /** The text sets no commitment on the subject. */
  ABSENT("absent", "ontbreekt");

  private final LocalizedText label;

  ObligationStrength(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
