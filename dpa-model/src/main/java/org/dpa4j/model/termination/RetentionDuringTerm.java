package org.dpa4j.model.termination;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** How retention during the term is settled. */
public enum RetentionDuringTerm implements CodedEnum {
  /** Defined. */
  DEFINED("defined", "bepaald"),
  /** The controller decides, with a way to do so. */
  CONTROLLER_DETERMINES_WITH_MECHANISM(
      "the controller decides, with a way to do so",
      "de verwerkingsverantwoordelijke bepaalt, met een procedure"),
  /** Only words such as "wanneer deze niet meer nodig zijn". */
  VAGUE("vague", "vaag"),
  /** Absent. */
  ABSENT("absent", "ontbreekt");

  private final LocalizedText label;

  RetentionDuringTerm(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
