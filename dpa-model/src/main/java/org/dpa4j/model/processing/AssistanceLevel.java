package org.dpa4j.model.processing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * How far the processor assists the controller with a duty.
 *
 * <p class="nl">In hoeverre de verwerker de verwerkingsverantwoordelijke bij een verplichting
 * bijstaat.
 */
public enum AssistanceLevel implements CodedEnum {
  /**
   * The processor assists, with no limit beyond the GDPR's own "taking into account the nature of
   * processing and the information available to the processor" (art. 28(3)(f) GDPR).
   *
   * <p class="nl">De verwerker verleent bijstand, zonder beperking buiten de eigen woorden van de
   * AVG: "rekening houdend met de aard van de verwerking en de hem ter beschikking staande
   * informatie" (art. 28 lid 3 onder f AVG).
   */
  PRESENT("assists", "verleent bijstand"),
  /**
   * The processor assists within a limit beyond those words, such as "voor zover dat binnen haar
   * macht ligt", reasonable efforts, only where the controller cannot do it itself, or only for a
   * fee as a condition; the limit is also recorded in the section's conditions.
   *
   * <p class="nl">De verwerker verleent bijstand binnen een beperking die verder gaat dan die
   * woorden, zoals "voor zover dat binnen haar macht ligt", redelijke inspanningen, alleen waar de
   * verwerkingsverantwoordelijke het niet zelf kan, of alleen tegen betaling als voorwaarde; de
   * beperking staat ook in de voorwaarden van het onderdeel.
   */
  QUALIFIED("assists as far as it can", "verleent bijstand voor zover mogelijk"),
  /**
   * The text gives no duty to assist with this obligation.
   *
   * <p class="nl">De tekst geeft geen plicht tot bijstand bij deze verplichting.
   */
  ABSENT("absent", "ontbreekt");

  private final LocalizedText label;

  AssistanceLevel(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
