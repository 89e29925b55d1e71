package org.dpa4j.model.termination;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * How the agreement may be amended.
 *
 * <p class="nl">Hoe de overeenkomst mag worden gewijzigd.
 */
public enum AmendmentMode implements CodedEnum {
  /** Only by agreement of both parties, in writing. */
  MUTUAL_WRITTEN("by both parties, in writing", "door beide partijen, schriftelijk"),
  /** Only by agreement of both parties, with no requirement of writing. */
  MUTUAL("by both parties", "door beide partijen"),
  /** By the processor alone, but it must announce the change and the controller may terminate. */
  UNILATERAL_WITH_NOTICE_AND_EXIT(
      "by the processor, with notice and a right to terminate",
      "door de verwerker, met aankondiging en opzegrecht"),
  /**
   * By the processor alone, without a right for the controller to terminate, whether or not the
   * change is announced.
   */
  UNILATERAL("by the processor alone", "eenzijdig door de verwerker"),
  /** The text does not say how the agreement may be amended. */
  NOT_STATED("not stated", "niet vermeld");

  private final LocalizedText label;

  AmendmentMode(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
