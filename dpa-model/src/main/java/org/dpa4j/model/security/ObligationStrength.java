package org.dpa4j.model.security;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** How strongly the processor commits to something. */
public enum ObligationStrength implements CodedEnum {
  /** A firm obligation (resultaatsverbintenis). */
  OBLIGATION("obligation", "verplichting"),
  /** Best efforts only ("zal zich inspannen"). */
  BEST_EFFORTS("best efforts", "inspanningsverplichting"),
  /** Absent. */
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
