package org.dpa4j.model.subprocessing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * Whether the processor disclaims responsibility for processing by third parties.
 *
 * <p class="nl">Of de verwerker verantwoordelijkheid afwijst voor verwerking door derden.
 */
public enum ThirdPartyDisclaimer implements CodedEnum {
  /**
   * The text has no disclaimer for processing by third parties.
   *
   * <p class="nl">De tekst bevat geen uitsluiting van verantwoordelijkheid voor verwerking door
   * derden.
   */
  NONE("no disclaimer", "geen uitsluiting"),
  /**
   * The processor disclaims responsibility only for third parties the controller contracts itself,
   * not for its own sub-processors.
   *
   * <p class="nl">De verwerker wijst verantwoordelijkheid alleen af voor derden die de
   * verwerkingsverantwoordelijke zelf contracteert, niet voor zijn eigen subverwerkers.
   */
  CONTROLLER_CONTRACTED_ONLY(
      "only for parties the controller contracts itself",
      "alleen voor partijen die de verwerkingsverantwoordelijke zelf contracteert"),
  /**
   * The processor disclaims responsibility for processing by third parties without carving out its
   * own sub-processors.
   *
   * <p class="nl">De verwerker wijst verantwoordelijkheid af voor verwerking door derden, zonder
   * zijn eigen subverwerkers uit te zonderen.
   */
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
