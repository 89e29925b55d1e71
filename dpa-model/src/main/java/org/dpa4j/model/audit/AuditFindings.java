package org.dpa4j.model.audit;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** How findings of an audit are followed up. */
public enum AuditFindings implements CodedEnum {
  /** At the processor's discretion. */
  PROCESSOR_DISCRETION("at the processor's discretion", "naar eigen goeddunken van de verwerker"),
  /** In mutual consultation. */
  MUTUAL("in mutual consultation", "in onderling overleg"),
  /** The processor must remedy. */
  MANDATORY("the processor must remedy", "de verwerker moet herstellen"),
  /** Not stated. */
  NOT_STATED("not stated", "niet vermeld");

  private final LocalizedText label;

  AuditFindings(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
