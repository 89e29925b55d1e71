package org.dpa4j.model.subprocessing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** Whether the processor disclaims responsibility for processing by third parties. */
public enum ThirdPartyDisclaimer implements CodedEnum {
  /** No disclaimer. */
  NONE("no disclaimer", "geen uitsluiting"),
  /** Only for parties the controller contracts itself. */
  CONTROLLER_CONTRACTED_ONLY(
      "only for parties the controller contracts itself",
      "alleen voor partijen die de verwerkingsverantwoordelijke zelf contracteert"),
  /** Without carving out the processor's own sub-processors. */
  UNQUALIFIED("for all third parties", "voor alle derden");

  private final LocalizedText label;

  ThirdPartyDisclaimer(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
