package org.dpa4j.model.liability;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * What a liability cap applies to.
 *
 * <p class="nl">Waarop een aansprakelijkheidsbeperking van toepassing is.
 */
public enum CapBasis implements CodedEnum {
  /**
   * The cap applies to each event separately.
   *
   * <p class="nl">Het plafond geldt voor elke gebeurtenis afzonderlijk.
   */
  PER_EVENT("per event", "per gebeurtenis"),
  /**
   * The cap applies to all claims together, whenever they arise.
   *
   * <p class="nl">Het plafond geldt voor alle vorderingen samen, wanneer die ook ontstaan.
   */
  IN_TOTAL("in total", "in totaal"),
  /**
   * The cap applies to all claims of one year together.
   *
   * <p class="nl">Het plafond geldt voor alle vorderingen van één jaar samen.
   */
  PER_YEAR("per year", "per jaar"),
  /**
   * The text does not say what the cap applies to.
   *
   * <p class="nl">De tekst zegt niet waarvoor het plafond geldt.
   */
  NOT_STATED("not stated", "niet vermeld");

  private final LocalizedText label;

  CapBasis(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
