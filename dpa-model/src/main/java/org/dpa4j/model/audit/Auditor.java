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
   *
   * <p class="nl">De verwerkingsverantwoordelijke zelf of een door haar gemachtigde controleur,
   * zoals art. 28 lid 3 onder h AVG bepaalt (clausule 7.6 onder d van 2021/915); ook voor een tekst
   * die alleen de verwerkingsverantwoordelijke noemt ("audits, met inbegrip van inspecties, door de
   * Onderneming"), omdat de AVG de verwerkingsverantwoordelijke beide wegen geeft.
   */
  CONTROLLER_OR_MANDATED(
      "the controller or an auditor it mandates",
      "de verwerkingsverantwoordelijke of een door haar gemachtigde"),
  /**
   * Only an independent third party may audit, not the controller itself.
   *
   * <p class="nl">Alleen een onafhankelijke derde mag een audit uitvoeren, niet de
   * verwerkingsverantwoordelijke zelf.
   */
  INDEPENDENT_THIRD_PARTY_ONLY(
      "an independent third party only", "alleen een onafhankelijke derde"),
  /**
   * The text does not say who may audit.
   *
   * <p class="nl">De tekst zegt niet wie een audit mag uitvoeren.
   */
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
