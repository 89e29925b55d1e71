package org.dpa4j.model.liability;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** What a liability cap applies to. */
public enum CapBasis implements CodedEnum {
  /** Per event. */
  PER_EVENT("per event", "per gebeurtenis"),
  /** In total. */
  IN_TOTAL("in total", "in totaal"),
  /** Per year. */
  PER_YEAR("per year", "per jaar"),
  /** Not stated. */
  NOT_STATED("not stated", "niet vermeld");

  private final LocalizedText label;

  CapBasis(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
