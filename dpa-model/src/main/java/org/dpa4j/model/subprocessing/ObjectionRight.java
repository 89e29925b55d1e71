package org.dpa4j.model.subprocessing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** Whether the controller may object to a new sub-processor. */
public enum ObjectionRight implements CodedEnum {
  /** Present. */
  PRESENT("present", "aanwezig"),
  /** Only under conditions, such as a "reasonable and well-founded" objection. */
  CONDITIONAL("conditional", "voorwaardelijk"),
  /** Absent. */
  ABSENT("absent", "ontbreekt");

  private final LocalizedText label;

  ObjectionRight(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
