package org.dpa4j.model.audit;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** Who may carry out an audit. */
public enum Auditor implements CodedEnum {
  /** The controller or an auditor it mandates. */
  CONTROLLER_OR_MANDATED(
      "the controller or an auditor it mandates",
      "de verwerkingsverantwoordelijke of een door haar gemachtigde"),
  /** An independent third party only. */
  INDEPENDENT_THIRD_PARTY_ONLY(
      "an independent third party only", "alleen een onafhankelijke derde"),
  /** Not stated. */
  NOT_STATED("not stated", "niet vermeld");

  private final LocalizedText label;

  Auditor(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
