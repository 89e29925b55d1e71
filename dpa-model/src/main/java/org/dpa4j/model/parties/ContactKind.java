package org.dpa4j.model.parties;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** What a contact of a party is for. */
public enum ContactKind implements CodedEnum {
  /** General contact. */
  GENERAL("general contact", "algemeen contact"),
  /** Data protection officer. */
  DATA_PROTECTION_OFFICER("data protection officer", "functionaris gegevensbescherming"),
  /** Privacy contact. */
  PRIVACY("privacy contact", "privacycontact"),
  /** Security and breach contact. */
  SECURITY("security and breach contact", "beveiliging en datalekken"),
  /** Support. */
  SUPPORT("support", "ondersteuning"),
  /** Sales and orders. */
  SALES("sales and orders", "verkoop en aanvragen"),
  /** For legal notices. */
  LEGAL("legal", "juridisch");

  private final LocalizedText label;

  ContactKind(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
