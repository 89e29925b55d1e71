package org.dpa4j.model.security;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** The level the security measures must reach. */
public enum SecurityStandard implements CodedEnum {
  /** Appropriate to the risk, as art. 32 GDPR requires. */
  APPROPRIATE("appropriate to the risk", "passend"),
  /** A level that is "not unreasonable": weaker than appropriate. */
  NOT_UNREASONABLE("not unreasonable", "niet onredelijk"),
  /** What can reasonably be expected. */
  REASONABLY_EXPECTED("what can reasonably be expected", "redelijkerwijs te verwachten"),
  /** Not stated. */
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
