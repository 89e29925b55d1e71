package org.dpa4j.model.parties;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * What a contact of a party is for.
 *
 * <p class="nl">Waarvoor een contact van een partij dient.
 */
public enum ContactKind implements CodedEnum {
  /**
   * A general contact of the party, for any matter.
   *
   * <p class="nl">Een algemeen contactpunt van de partij, voor elke aangelegenheid.
   */
  GENERAL("general contact", "algemeen contact"),
  /**
   * The data protection officer the party has designated (art. 37 GDPR).
   *
   * <p class="nl">De functionaris voor gegevensbescherming die de partij heeft aangewezen (art. 37
   * AVG).
   */
  DATA_PROTECTION_OFFICER("data protection officer", "functionaris gegevensbescherming"),
  /**
   * A contact for privacy matters that the text does not call a data protection officer.
   *
   * <p class="nl">Een contactpunt voor privacyzaken dat de tekst geen functionaris voor
   * gegevensbescherming noemt.
   */
  PRIVACY("privacy contact", "privacycontact"),
  /**
   * The contact for security matters and for notifying breaches.
   *
   * <p class="nl">Het contactpunt voor beveiligingszaken en voor het melden van inbreuken.
   */
  SECURITY("security and breach contact", "beveiliging en datalekken"),
  /**
   * The party's customer support or helpdesk.
   *
   * <p class="nl">De klantenservice of helpdesk van de partij.
   */
  SUPPORT("support", "ondersteuning"),
  /**
   * The contact for sales and orders.
   *
   * <p class="nl">Het contactpunt voor verkoop en bestellingen.
   */
  SALES("sales and orders", "verkoop en aanvragen"),
  /**
   * The contact or address for legal notices under the agreement.
   *
   * <p class="nl">Het contactpunt of adres voor juridische kennisgevingen onder de overeenkomst.
   */
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
