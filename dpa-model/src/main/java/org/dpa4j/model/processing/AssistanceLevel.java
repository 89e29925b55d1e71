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
   * processing and the information available to the processor" (art. 28(3)(f)).
   */
  PRESENT("assists", "verleent bijstand"),
  /**
   * The processor assists within a limit beyond those words, such as "voor zover dat binnen haar
   * macht ligt", reasonable efforts, only where the controller cannot do it itself, or only for a
   * fee as a condition; the limit is also recorded in the section's conditions.
   */
  QUALIFIED("assists as far as it can", "verleent bijstand voor zover mogelijk"),
  /** The text gives no duty to assist with this obligation. */
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
