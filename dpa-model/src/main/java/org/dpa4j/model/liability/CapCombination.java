package org.dpa4j.model.liability;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * How several caps combine.
 *
 * <p class="nl">Hoe meerdere aansprakelijkheidsbeperkingen samengaan.
 */
public enum CapCombination implements CodedEnum {
  /**
   * The lowest of the caps applies ("the lesser of A and B").
   *
   * <p class="nl">Het laagste van de plafonds geldt ("het laagste van A en B").
   */
  LESSER_OF("the lesser of the caps", "het laagste van de plafonds"),
  /**
   * The highest of the caps applies ("the greater of A and B").
   *
   * <p class="nl">Het hoogste van de plafonds geldt ("het hoogste van A en B").
   */
  GREATER_OF("the greater of the caps", "het hoogste van de plafonds"),
  /**
   * Each cap applies to its own matters, so none limits another.
   *
   * <p class="nl">Elk plafond geldt voor zijn eigen aangelegenheden, zodat geen ervan een ander
   * beperkt.
   */
  SEPARATE("each cap for its own matters", "elk plafond voor eigen zaken"),
  /**
   * The text does not say how caps combine, or has one cap.
   *
   * <p class="nl">De tekst zegt niet hoe plafonds samengaan, of heeft één plafond.
   */
  NOT_STATED("not stated", "niet vermeld");

  private final LocalizedText label;

  CapCombination(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
