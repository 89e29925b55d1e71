package org.dpa4j.model.audit;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * How findings of an audit are followed up.
 *
 * <p class="nl">Hoe de bevindingen van een audit worden opgevolgd.
 */
public enum AuditFindings implements CodedEnum {
  /**
   * The processor decides whether and how to act on the findings ("naar eigen goeddunken van
   * Verwerker").
   */
  PROCESSOR_DISCRETION("at the processor's discretion", "naar eigen goeddunken van de verwerker"),
  /** The parties consult each other on the findings and on whether and how they are followed up. */
  MUTUAL("in mutual consultation", "in onderling overleg"),
  /** The processor must remedy the shortcomings the audit finds. */
  MANDATORY("the processor must remedy", "de verwerker moet herstellen"),
  /** The text does not say how findings are followed up. */
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
