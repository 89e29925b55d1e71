package org.dpa4j.model.termination;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * How the agreement may be amended.
 *
 * <p class="nl">Hoe de overeenkomst mag worden gewijzigd.
 */
public enum AmendmentMode implements CodedEnum {
  /**
   * Only by agreement of both parties, in writing.
   *
   * <p class="nl">Alleen met instemming van beide partijen, schriftelijk.
   */
  MUTUAL_WRITTEN("by both parties, in writing", "door beide partijen, schriftelijk"),
  /**
   * Only by agreement of both parties, with no requirement of writing.
   *
   * <p class="nl">Alleen met instemming van beide partijen, zonder eis van schriftelijkheid.
   */
  MUTUAL("by both parties", "door beide partijen"),
  /**
   * By the processor alone, but it must announce the change and the controller may terminate.
   *
   * <p class="nl">Eenzijdig door de verwerker, maar hij moet de wijziging aankondigen en de
   * verwerkingsverantwoordelijke mag opzeggen.
   */
  UNILATERAL_WITH_NOTICE_AND_EXIT(
      "by the processor, with notice and a right to terminate",
      "door de verwerker, met aankondiging en opzegrecht"),
  /**
   * By the processor alone, without a right for the controller to terminate, whether or not the
   * change is announced.
   *
   * <p class="nl">Eenzijdig door de verwerker, zonder recht van de verwerkingsverantwoordelijke om
   * op te zeggen, ongeacht of de wijziging wordt aangekondigd.
   */
  UNILATERAL("by the processor alone", "eenzijdig door de verwerker"),
  /**
   * The text does not say how the agreement may be amended.
   *
   * <p class="nl">De tekst zegt niet hoe de overeenkomst kan worden gewijzigd.
   */
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
