package org.dpa4j.model.parties;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * What a contact of a party is for.
 *
 * <p class="nl">Waarvoor een contact van een partij dient.
 */
public enum ContactKind implements CodedEnum {
  /** A general contact of the party, for any matter. */
  GENERAL("general contact", "algemeen contact"),
  /** The data protection officer the party has designated (art. 37 GDPR). */
  DATA_PROTECTION_OFFICER("data protection officer", "functionaris gegevensbescherming"),
  /** A contact for privacy matters that the text does not call a data protection officer. */
  PRIVACY("privacy contact", "privacycontact"),
  /** The contact for security matters and for notifying breaches. */
  SECURITY("security and breach contact", "beveiliging en datalekken"),
  /** The party's customer support or helpdesk. */
  SUPPORT("support", "ondersteuning"),
  /** The contact for sales and orders. */
  SALES("sales and orders", "verkoop en aanvragen"),
  /** The contact or address for legal notices under the agreement. */
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
