package org.dpa4j.model.audit;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * Who may carry out an audit.
 *
 * <p class="nl">Wie een audit mag uitvoeren.
 */
public enum Auditor implements CodedEnum {
  /**
   * The controller itself or an auditor it mandates, as art. 28(3)(h) GDPR says (clause 7.6(d) of
   * 2021/915); also for a text that names only the controller ("audits, including inspections, by
   * the Company"), since the GDPR gives the controller both ways.
   */
  CONTROLLER_OR_MANDATED(
      "the controller or an auditor it mandates",
      "de verwerkingsverantwoordelijke of een door haar gemachtigde"),
  /** Only an independent third party may audit, not the controller itself. */
  INDEPENDENT_THIRD_PARTY_ONLY(
      "an independent third party only", "alleen een onafhankelijke derde"),
  /** The text does not say who may audit. */
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
