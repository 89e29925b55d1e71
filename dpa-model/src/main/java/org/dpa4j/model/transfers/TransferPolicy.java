package org.dpa4j.model.transfers;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** The agreement's rule for transfers outside the EU or EEA (chapter V GDPR). */
public enum TransferPolicy implements CodedEnum {
  /** Within the EU only. */
  EU_ONLY("within the EU only", "alleen binnen de EU"),
  /** Within the EEA only. */
  EEA_ONLY("within the EEA only", "alleen binnen de EER"),
  /** Transfers prohibited. */
  PROHIBITED("transfers prohibited", "doorgifte verboden"),
  /** Allowed under conditions. */
  ALLOWED_CONDITIONAL("allowed under conditions", "toegestaan onder voorwaarden"),
  /** Allowed with the controller's consent. */
  ALLOWED_WITH_CONSENT("allowed with the controller's consent", "toegestaan met toestemming"),
  /** Not addressed. */
  NOT_ADDRESSED("not addressed", "niet geregeld");

  private final LocalizedText label;

  TransferPolicy(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
