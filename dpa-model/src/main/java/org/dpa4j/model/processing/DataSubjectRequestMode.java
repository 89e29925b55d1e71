package org.dpa4j.model.processing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** How the processor helps with requests of data subjects (art. 28(3)(e)). */
public enum DataSubjectRequestMode implements CodedEnum {
  /** Assists the controller. */
  ASSIST("assists the controller", "verleent medewerking"),
  /** Handles requests jointly. */
  JOINT_HANDLING("handles requests jointly", "handelt in onderling overleg af"),
  /** Only forwards requests. */
  FORWARD_ONLY("only forwards requests", "stuurt verzoeken alleen door"),
  /** Absent. */
  ABSENT("absent", "ontbreekt");

  private final LocalizedText label;

  DataSubjectRequestMode(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
