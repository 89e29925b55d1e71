package org.dpa4j.model.security;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * The level the security measures must reach.
 *
 * <p class="nl">Het niveau dat de beveiligingsmaatregelen moeten halen.
 */
public enum SecurityStandard implements CodedEnum {
  /** A level appropriate to the risk ("passend"), as art. 32(1) GDPR requires. */
  APPROPRIATE("appropriate to the risk", "passend"),
  /** A level that is "not unreasonable" ("niet onredelijk"): weaker than appropriate. */
  NOT_UNREASONABLE("not unreasonable", "niet onredelijk"),
  /**
   * What can reasonably be expected of the processor ("redelijkerwijs te verwachten"): weaker than
   * appropriate.
   */
  REASONABLY_EXPECTED("what can reasonably be expected", "redelijkerwijs te verwachten"),
  /** The text sets no level. */
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
