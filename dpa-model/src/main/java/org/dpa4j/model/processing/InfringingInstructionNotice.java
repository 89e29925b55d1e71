package org.dpa4j.model.processing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * Whether the processor tells the controller that an instruction infringes the GDPR (art. 28(3)
 * second subparagraph GDPR).
 *
 * <p class="nl">Of de verwerker de verwerkingsverantwoordelijke meldt dat een instructie inbreuk
 * maakt op de AVG (art. 28 lid 3, tweede alinea, AVG).
 */
public enum InfringingInstructionNotice implements CodedEnum {
  /**
   * The processor must inform the controller immediately ("onmiddellijk") when it considers an
   * instruction to infringe the law, as art. 28(3), second subparagraph, GDPR says.
   *
   * <p class="nl">De verwerker moet de verwerkingsverantwoordelijke "onmiddellijk" in kennis
   * stellen wanneer hij van oordeel is dat een instructie inbreuk maakt op de wet, zoals art. 28
   * lid 3, tweede alinea, AVG bepaalt.
   */
  IMMEDIATE("immediately", "onmiddellijk"),
  /**
   * The processor must inform the controller, but the text does not say "immediately".
   *
   * <p class="nl">De verwerker moet de verwerkingsverantwoordelijke in kennis stellen, maar de
   * tekst zegt niet "onmiddellijk".
   */
  PRESENT_NOT_IMMEDIATE("without saying when", "zonder termijn"),
  /**
   * The text gives no duty to warn of instructions that infringe the law.
   *
   * <p class="nl">De tekst geeft geen plicht om te waarschuwen voor instructies die inbreuk maken
   * op de wet.
   */
  ABSENT("absent", "ontbreekt");

  private final LocalizedText label;

  InfringingInstructionNotice(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
