package org.dpa4j.model.security;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * How strongly the processor commits to something.
 *
 * <p class="nl">Hoe sterk de verwerker zich ergens toe verbindt.
 */
public enum ObligationStrength implements CodedEnum {
  /**
   * A firm obligation to achieve the result (resultaatsverbintenis), such as "shall" or "zal".
   *
   * <p class="nl">Een vaste verplichting om het resultaat te bereiken (resultaatsverbintenis),
   * zoals "shall" of "zal".
   */
  OBLIGATION("obligation", "verplichting"),
  /**
   * Only an obligation to make efforts ("zal zich inspannen", "streeft ernaar").
   *
   * <p class="nl">Alleen een verplichting om zich in te spannen ("zal zich inspannen", "streeft
   * ernaar").
   */
  BEST_EFFORTS("best efforts", "inspanningsverplichting"),
  /**
   * The text sets no commitment on the subject.
   *
   * <p class="nl">De tekst legt over het onderwerp geen toezegging vast.
   */
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
