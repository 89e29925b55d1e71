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
   *
   * <p class="nl">De verwerker beslist of en hoe hij gevolg geeft aan de bevindingen ("naar eigen
   * goeddunken van Verwerker").
   */
  PROCESSOR_DISCRETION("at the processor's discretion", "naar eigen goeddunken van de verwerker"),
  /**
   * The parties consult each other on the findings and on whether and how they are followed up.
   *
   * <p class="nl">De partijen overleggen met elkaar over de bevindingen en over de vraag of en hoe
   * daaraan gevolg wordt gegeven.
   */
  MUTUAL("in mutual consultation", "in onderling overleg"),
  /**
   * The processor must remedy the shortcomings the audit finds.
   *
   * <p class="nl">De verwerker moet de tekortkomingen herstellen die de audit vaststelt.
   */
  MANDATORY("the processor must remedy", "de verwerker moet herstellen"),
  /**
   * The text does not say how findings are followed up.
   *
   * <p class="nl">De tekst zegt niet hoe aan bevindingen gevolg wordt gegeven.
   */
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
