package org.dpa4j.model.processing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** Whether the processor may use the data for purposes of its own. */
public enum OwnUsePolicy implements CodedEnum {
  /** Prohibited, possibly even for anonymised data. */
  PROHIBITED("prohibited", "verboden"),
  /** Only fully anonymised data. */
  ANONYMISED_ONLY("only fully anonymised data", "alleen volledig geanonimiseerde gegevens"),
  /** Allowed for the purposes named (a sign that the processor acts as controller there). */
  ALLOWED("allowed", "toegestaan"),
  /** Not addressed. */
  NOT_ADDRESSED("not addressed", "niet geregeld");

  private final LocalizedText label;

  OwnUsePolicy(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
