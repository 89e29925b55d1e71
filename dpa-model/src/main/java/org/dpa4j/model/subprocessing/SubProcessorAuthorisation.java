package org.dpa4j.model.subprocessing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** How the controller authorises sub-processors (art. 28(2) GDPR). */
public enum SubProcessorAuthorisation implements CodedEnum {
  /** Specific prior written authorisation per sub-processor. */
  SPECIFIC("specific authorisation", "specifieke toestemming"),
  /** General authorisation given expressly in the agreement. */
  GENERAL_EXPLICIT("general written authorisation", "algemene schriftelijke toestemming"),
  /** The text lets the processor use sub-processors without calling it an authorisation. */
  GENERAL_IMPLICIT("implied general authorisation", "impliciete algemene toestemming"),
  /** No sub-processors are authorised. */
  NONE("none", "geen");

  private final LocalizedText label;

  SubProcessorAuthorisation(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
