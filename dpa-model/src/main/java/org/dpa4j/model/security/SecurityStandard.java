package org.dpa4j.model.security;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * The level the security measures must reach.
 *
 * <p class="nl">Het niveau dat de beveiligingsmaatregelen moeten halen.
 */
public enum SecurityStandard implements CodedEnum {
  /**
   * A level appropriate to the risk ("passend"), as art. 32(1) GDPR requires.
   *
   * <p class="nl">Een op het risico afgestemd niveau ("passend"), zoals art. 32 lid 1 AVG vereist.
   */
  APPROPRIATE("appropriate to the risk", "passend"),
  /**
   * A level that is "not unreasonable" ("niet onredelijk"): weaker than appropriate.
   *
   * <p class="nl">Een niveau dat "niet onredelijk" is: zwakker dan passend.
   */
  NOT_UNREASONABLE("not unreasonable", "niet onredelijk"),
  /**
   * What can reasonably be expected of the processor ("redelijkerwijs te verwachten"): weaker than
   * appropriate.
   *
   * <p class="nl">Wat redelijkerwijs van de verwerker kan worden verwacht ("redelijkerwijs te
   * verwachten"): zwakker dan passend.
   */
  REASONABLY_EXPECTED("what can reasonably be expected", "redelijkerwijs te verwachten"),
  /**
   * The text sets no level.
   *
   * <p class="nl">De tekst stelt geen niveau vast.
   */
  NOT_STATED("not stated", "niet vermeld");

  private final LocalizedText label;

  SecurityStandard(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
