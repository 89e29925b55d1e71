package org.dpa4j.model.termination;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** How the agreement may be amended. */
public enum AmendmentMode implements CodedEnum {
  /** By both parties, in writing. */
  MUTUAL_WRITTEN("by both parties, in writing", "door beide partijen, schriftelijk"),
  /** By both parties. */
  MUTUAL("by both parties", "door beide partijen"),
  /** By the processor, with notice and a right to terminate. */
  UNILATERAL_WITH_NOTICE_AND_EXIT(
      "by the processor, with notice and a right to terminate",
      "door de verwerker, met aankondiging en opzegrecht"),
  /** By the processor alone. */
  UNILATERAL("by the processor alone", "eenzijdig door de verwerker"),
  /** Not stated. */
  NOT_STATED("not stated", "niet vermeld");

  private final LocalizedText label;

  AmendmentMode(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
