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
  /** The processor (verwerker, art. 4(8) GDPR). */
  PROCESSOR("processor", "verwerker", "https://w3id.org/dpv#DataProcessor"),
  /** The controller (verwerkingsverantwoordelijke, art. 4(7) GDPR). */
  CONTROLLER("controller", "verwerkingsverantwoordelijke", "https://w3id.org/dpv#DataController"),
  /**
   * A processor engaged by another processor to carry out processing on behalf of the controller
   * (art. 28(4) GDPR).
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
