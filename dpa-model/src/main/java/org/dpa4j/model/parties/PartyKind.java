package org.dpa4j.model.parties;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * Whether a party is an organisation or a natural person.
 *
 * <p class="nl">Of een partij een organisatie of een natuurlijk persoon is.
 */
public enum PartyKind implements CodedEnum {
  /**
   * The text says the party is a company, public body or other organisation.
   *
   * <p class="nl">De tekst zegt dat de partij een onderneming, overheidsinstantie of andere
   * organisatie is.
   */
  ORGANISATION("organisation", "organisatie"),
  /**
   * The text says the party is a natural person acting in business, such as a sole trader.
   *
   * <p class="nl">De tekst zegt dat de partij een natuurlijk persoon is die handelt in de
   * uitoefening van een beroep of bedrijf, zoals een eenmanszaak.
   */
  NATURAL_PERSON("natural person", "natuurlijke persoon"),
  /**
   * The text says the party, a customer, may be a natural person acting outside a business.
   *
   * <p class="nl">De tekst zegt dat de partij, een klant, een natuurlijk persoon kan zijn die niet
   * handelt in de uitoefening van een beroep of bedrijf.
   */
  CONSUMER("consumer", "consument"),
  /**
   * The text does not say which of these the party is.
   *
   * <p class="nl">De tekst zegt niet welke van deze de partij is.
   */
  NOT_STATED("not stated", "niet vermeld");

  private final LocalizedText label;

  PartyKind(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
