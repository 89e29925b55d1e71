package org.dpa4j.model.liability;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * Whose liability a term limits or who gives an indemnity.
 *
 * <p class="nl">Wiens aansprakelijkheid een bepaling beperkt of wie een vrijwaring geeft.
 */
public enum LiableParty implements CodedEnum {
  /**
   * The processor alone.
   *
   * <p class="nl">Alleen de verwerker.
   */
  PROCESSOR("the processor", "de verwerker"),
  /**
   * The controller alone.
   *
   * <p class="nl">Alleen de verwerkingsverantwoordelijke.
   */
  CONTROLLER("the controller", "de verwerkingsverantwoordelijke"),
  /**
   * Each party, mutually: the same term applies to either.
   *
   * <p class="nl">Elke partij, over en weer: dezelfde bepaling geldt voor beide.
   */
  EACH_PARTY("each party", "elke partij");

  private final LocalizedText label;

  LiableParty(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
