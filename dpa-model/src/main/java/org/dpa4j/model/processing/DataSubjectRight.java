package org.dpa4j.model.processing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * A right of data subjects (chapter III GDPR) the text names.
 *
 * <p class="nl">Een recht van betrokkenen (hoofdstuk III AVG) dat de tekst noemt.
 */
public enum DataSubjectRight implements CodedEnum {
  /**
   * Right of access, art. 15 GDPR.
   *
   * <p class="nl">Recht van inzage, art. 15 AVG.
   */
  ACCESS("access (art. 15)", "inzage (art. 15)"),
  /**
   * Right to rectification, art. 16 GDPR.
   *
   * <p class="nl">Recht op rectificatie, art. 16 AVG.
   */
  RECTIFICATION("rectification (art. 16)", "rectificatie (art. 16)"),
  /**
   * Right to erasure, art. 17 GDPR.
   *
   * <p class="nl">Recht op gegevenswissing, art. 17 AVG.
   */
  ERASURE("erasure (art. 17)", "gegevenswissing (art. 17)"),
  /**
   * Right to restriction of processing, art. 18 GDPR.
   *
   * <p class="nl">Recht op beperking van de verwerking, art. 18 AVG.
   */
  RESTRICTION("restriction of processing (art. 18)", "beperking van de verwerking (art. 18)"),
  /**
   * Right to data portability, art. 20 GDPR.
   *
   * <p class="nl">Recht op overdraagbaarheid van gegevens, art. 20 AVG.
   */
  PORTABILITY("data portability (art. 20)", "overdraagbaarheid (art. 20)"),
  /**
   * Right to object, art. 21 GDPR.
   *
   * <p class="nl">Recht van bezwaar, art. 21 AVG.
   */
  OBJECTION("objection (art. 21)", "bezwaar (art. 21)"),
  /**
   * Rights on automated individual decision-making, art. 22 GDPR.
   *
   * <p class="nl">Rechten bij geautomatiseerde individuele besluitvorming, art. 22 AVG.
   */
  AUTOMATED_DECISIONS(
      "not to be subject to automated decisions (art. 22)",
      "geen geautomatiseerde besluitvorming (art. 22)");

  private final LocalizedText label;

  DataSubjectRight(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
