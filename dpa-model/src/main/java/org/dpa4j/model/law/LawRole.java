package org.dpa4j.model.law;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** What a law calls the party that processes for another. */
public enum LawRole implements CodedEnum {
  /** A processor (GDPR, UK GDPR, FADP). */
  PROCESSOR("processor", "verwerker"),
  /** A service provider (CCPA and other US state laws). */
  SERVICE_PROVIDER("service provider", "dienstverlener"),
  /** A contractor (CCPA). */
  CONTRACTOR("contractor", "contractant"),
  /** A processor engaged by another processor. */
  SUB_PROCESSOR("sub-processor", "subverwerker");

  private final LocalizedText label;

  LawRole(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
