package org.dpa4j.model.processing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * Whether the processor tells the controller that an instruction infringes the GDPR (art. 28(3)
 * second subparagraph).
 */
public enum InfringingInstructionNotice implements CodedEnum {
  /** Immediately. */
  IMMEDIATE("immediately", "onmiddellijk"),
  /** A duty to tell, without "immediately". */
  PRESENT_NOT_IMMEDIATE("without saying when", "zonder termijn"),
  /** Absent. */
  ABSENT("absent", "ontbreekt");

  private final LocalizedText label;

  InfringingInstructionNotice(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
