package org.dpa4j.validation;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** How serious a finding is; declared from most to least serious. */
public enum Severity implements CodedEnum {
  /** An element art. 28 or chapter V requires is missing, or a clause contradicts the GDPR. */
  ERROR("error", "fout"),
  /** The element is present but weak, vague or risky, or a best practice is not met. */
  WARNING("warning", "waarschuwing"),
  /** Recorded for transparency; no direct compliance defect. */
  INFO("info", "informatie");

  private final LocalizedText label;

  Severity(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
