package org.dpa4j.model.law;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * What a law calls the party that processes for another.
 *
 * <p class="nl">Hoe een wet de partij noemt die voor een ander verwerkt.
 */
public enum LawRole implements CodedEnum {
  /**
   * The text calls the party a processor, as the GDPR, the UK GDPR and the Swiss FADP do.
   *
   * <p class="nl">De tekst noemt de partij een verwerker, zoals de AVG, de UK GDPR en de Zwitserse
   * FADP doen.
   */
  PROCESSOR("processor", "verwerker"),
  /**
   * The text calls the party a service provider, as the CCPA and other US state laws do.
   *
   * <p class="nl">De tekst noemt de partij een dienstverlener ("service provider"), zoals de CCPA
   * en andere wetten van Amerikaanse staten doen.
   */
  SERVICE_PROVIDER("service provider", "dienstverlener"),
  /**
   * The text calls the party a contractor, as the CCPA does.
   *
   * <p class="nl">De tekst noemt de partij een opdrachtnemer ("contractor"), zoals de CCPA doet.
   */
  CONTRACTOR("contractor", "contractant"),
  /**
   * The text calls the party a sub-processor: a processor engaged by another processor, as when the
   * customer is itself a processor.
   *
   * <p class="nl">De tekst noemt de partij een subverwerker: een verwerker die door een andere
   * verwerker is ingeschakeld, zoals wanneer de klant zelf verwerker is.
   */
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
