package org.dpa4j.model.liability;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * What the agreement says about fines of a supervisory authority.
 *
 * <p class="nl">Wat de overeenkomst zegt over boetes van een toezichthoudende autoriteit.
 */
public enum FinesClause implements CodedEnum {
  /**
   * The text says nothing about fines of a supervisory authority.
   *
   * <p class="nl">De tekst zegt niets over boetes van een toezichthoudende autoriteit.
   */
  NONE("nothing", "niets"),
  /**
   * The controller bears fines imposed on the processor that result from the controller's own
   * violations.
   *
   * <p class="nl">De verwerkingsverantwoordelijke draagt boetes die de verwerker zijn opgelegd en
   * die voortvloeien uit haar eigen overtredingen.
   */
  CONTROLLER_BEARS_ATTRIBUTABLE(
      "the controller bears fines attributable to it",
      "de verwerkingsverantwoordelijke draagt aan haar toerekenbare boetes"),
  /**
   * A fine imposed on the controller cannot be recovered from the processor.
   *
   * <p class="nl">Een boete die de verwerkingsverantwoordelijke is opgelegd, kan niet op de
   * verwerker worden verhaald.
   */
  NOT_RECOVERABLE_FROM_PROCESSOR(
      "fines cannot be recovered from the processor",
      "boetes zijn niet verhaalbaar op de verwerker");

  private final LocalizedText label;

  FinesClause(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
