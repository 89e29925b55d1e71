package org.dpa4j.model.parties;

import java.util.Optional;
import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * The role of a party under the GDPR.
 *
 * <p class="nl">De rol van een partij onder de AVG.
 */
public enum PartyRole implements CodedEnum {
  /**
   * The processor (verwerker, art. 4(8) GDPR).
   *
   * <p class="nl">De verwerker (art. 4 punt 8 AVG).
   */
  PROCESSOR("processor", "verwerker", "https://w3id.org/dpv#DataProcessor"),
  /**
   * The controller (verwerkingsverantwoordelijke, art. 4(7) GDPR).
   *
   * <p class="nl">De verwerkingsverantwoordelijke (art. 4 punt 7 AVG).
   */
  CONTROLLER("controller", "verwerkingsverantwoordelijke", "https://w3id.org/dpv#DataController"),
  /**
   * A processor engaged by another processor to carry out processing on behalf of the controller
   * (art. 28(4) GDPR).
   *
   * <p class="nl">Een verwerker die door een andere verwerker is ingeschakeld om namens de
   * verwerkingsverantwoordelijke verwerkingen te verrichten (art. 28 lid 4 AVG).
   */
  SUB_PROCESSOR("sub-processor", "subverwerker", "https://w3id.org/dpv#DataSubProcessor");

  private final LocalizedText label;
  private final String dpvIri;

  PartyRole(String english, String dutch, String dpvIri) {
    this.label = LocalizedText.of(english, dutch);
    this.dpvIri = dpvIri;
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }

  @Override
  public Optional<String> getDpvIri() {
    return Optional.ofNullable(dpvIri);
  }
}
