package org.dpa4j.model.transfers;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * A transfer mechanism of chapter V GDPR, or a ground the text gives that is none.
 *
 * <p class="nl">Een doorgifte-instrument uit hoofdstuk V AVG, of een grond die de tekst noemt en
 * die er geen is.
 */
public enum TransferMechanism implements CodedEnum {
  /**
   * A decision of the Commission that the third country ensures an adequate level of protection
   * (art. 45 GDPR), other than the Data Privacy Frameworks below.
   *
   * <p class="nl">Een besluit van de Commissie dat het derde land een passend beschermingsniveau
   * waarborgt (art. 45 AVG), anders dan de Data Privacy Frameworks hieronder.
   */
  ADEQUACY_DECISION("adequacy decision (art. 45)", "adequaatheidsbesluit (art. 45)"),
  /**
   * The EU-US Data Privacy Framework, an adequacy decision since 10 July 2023 that covers only
   * certified US organisations.
   *
   * <p class="nl">Het EU-VS Data Privacy Framework, sinds 10 juli 2023 een adequaatheidsbesluit dat
   * alleen gecertificeerde Amerikaanse organisaties dekt.
   */
  DPF("EU-US Data Privacy Framework", "EU-VS Data Privacy Framework"),
  /**
   * Appropriate safeguards (art. 46 GDPR), where the text does not say which.
   *
   * <p class="nl">Passende waarborgen (art. 46 AVG), waar de tekst niet zegt welke.
   */
  APPROPRIATE_SAFEGUARDS(
      "appropriate safeguards (art. 46 GDPR)", "passende waarborgen (art. 46 AVG)"),
  /**
   * Standard data protection clauses adopted by the Commission (art. 46(2)(c) GDPR), such as those
   * of 2021/914.
   *
   * <p class="nl">Door de Commissie vastgestelde standaardbepalingen inzake gegevensbescherming
   * (art. 46 lid 2 onder c AVG), zoals die van 2021/914.
   */
  STANDARD_CONTRACTUAL_CLAUSES("standard contractual clauses", "modelcontractbepalingen"),
  /**
   * Binding corporate rules approved under art. 47 GDPR (art. 46(2)(b) GDPR).
   *
   * <p class="nl">Bindende bedrijfsvoorschriften, goedgekeurd op grond van art. 47 AVG (art. 46 lid
   * 2 onder b AVG).
   */
  BINDING_CORPORATE_RULES("binding corporate rules", "bindende bedrijfsvoorschriften"),
  /**
   * A derogation for a specific situation (art. 49 GDPR), such as explicit consent.
   *
   * <p class="nl">Een afwijking voor een specifieke situatie (art. 49 AVG), zoals uitdrukkelijke
   * toestemming.
   */
  DEROGATION("derogation (art. 49 GDPR)", "uitzondering (art. 49 AVG)"),
  /**
   * The processor's own judgement that a country protects the data adequately, which is no chapter
   * V mechanism.
   *
   * <p class="nl">Het eigen oordeel van de verwerker dat een land de gegevens passend beschermt,
   * wat geen instrument van hoofdstuk V AVG is.
   */
  PROCESSOR_SELF_ASSESSMENT("the processor's own assessment", "eigen beoordeling van de verwerker"),
  /**
   * The EU-US Privacy Shield, invalid since CJEU C-311/18 of 16 July 2020, recorded because the
   * text names it.
   *
   * <p class="nl">Het EU-VS Privacy Shield, ongeldig sinds arrest C-311/18 van het Hof van Justitie
   * van 16 juli 2020, vastgelegd omdat de tekst het noemt.
   */
  PRIVACY_SHIELD("EU-US Privacy Shield (invalid)", "EU-VS Privacy Shield (ongeldig)"),
  /**
   * The UK Extension to the EU-US Data Privacy Framework, for transfers under UK law.
   *
   * <p class="nl">De Britse uitbreiding van het EU-VS Data Privacy Framework, voor doorgiften onder
   * Brits recht.
   */
  UK_EXTENSION_DPF(
      "UK Extension to the Data Privacy Framework",
      "Britse uitbreiding van het Data Privacy Framework"),
  /**
   * The Swiss-US Data Privacy Framework, for transfers under Swiss law.
   *
   * <p class="nl">Het Zwitsers-Amerikaanse Data Privacy Framework, voor doorgiften onder Zwitsers
   * recht.
   */
  SWISS_US_DPF("Swiss-US Data Privacy Framework", "Zwitsers-Amerikaans Data Privacy Framework"),
  /**
   * An approved code of conduct with binding and enforceable commitments of the recipient (art.
   * 46(2)(e) GDPR).
   *
   * <p class="nl">Een goedgekeurde gedragscode met bindende en afdwingbare toezeggingen van de
   * ontvanger (art. 46 lid 2 onder e AVG).
   */
  CODE_OF_CONDUCT(
      "approved code of conduct (art. 46(2)(e) GDPR)",
      "goedgekeurde gedragscode (art. 46 lid 2 onder e AVG)"),
  /**
   * An approved certification mechanism with binding and enforceable commitments of the recipient
   * (art. 46(2)(f) GDPR).
   *
   * <p class="nl">Een goedgekeurd certificeringsmechanisme met bindende en afdwingbare toezeggingen
   * van de ontvanger (art. 46 lid 2 onder f AVG).
   */
  CERTIFICATION(
      "approved certification (art. 46(2)(f) GDPR)",
      "goedgekeurde certificering (art. 46 lid 2 onder f AVG)");

  private final LocalizedText label;

  TransferMechanism(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
