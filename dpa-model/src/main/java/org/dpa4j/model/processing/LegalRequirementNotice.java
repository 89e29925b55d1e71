package org.dpa4j.model.processing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * Whether the processor informs the controller before processing required by law (art. 28(3)(a)).
 */
public enum LegalRequirementNotice implements CodedEnum {
  /** The processor informs the controller first, unless the law forbids it. */
  PRESENT("notice before processing", "melding vooraf"),
  /** The text lets the processor follow a legal duty without telling the controller. */
  EXCEPTION_WITHOUT_NOTICE("exception without notice", "uitzondering zonder melding"),
  /** Absent. */
  ABSENT("absent", "ontbreekt");

  private final LocalizedText label;

  LegalRequirementNotice(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
