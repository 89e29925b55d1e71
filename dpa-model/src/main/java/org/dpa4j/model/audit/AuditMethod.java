package org.dpa4j.model.audit;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * A way compliance may be verified.
 *
 * <p class="nl">Een manier waarop de naleving kan worden gecontroleerd.
 */
public enum AuditMethod implements CodedEnum {
  /**
   * Inspection at the processor's premises or physical facilities (clause 7.6(d) of 2021/915).
   *
   * <p class="nl">Inspectie in de gebouwen of fysieke faciliteiten van de verwerker (clausule 7.6
   * onder d van 2021/915).
   */
  ON_SITE("on-site inspection", "inspectie ter plaatse"),
  /**
   * An audit carried out remotely, without a visit to the premises.
   *
   * <p class="nl">Een audit die op afstand wordt uitgevoerd, zonder bezoek aan de locatie.
   */
  REMOTE("remote audit", "audit op afstand"),
  /**
   * Review of the processor's documents, policies and records.
   *
   * <p class="nl">Beoordeling van de documenten, beleidsstukken en registers van de verwerker.
   */
  DOCUMENT_REVIEW("review of documents", "beoordeling van documenten"),
  /**
   * Reports of independent auditors on the processor, such as SOC 2 reports.
   *
   * <p class="nl">Rapporten van onafhankelijke auditors over de verwerker, zoals SOC 2-rapporten.
   */
  THIRD_PARTY_REPORTS("third-party audit reports", "auditrapporten van derden"),
  /**
   * Certifications the processor holds, such as ISO/IEC 27001 (clause 7.6(c) of 2021/915 lets the
   * controller take them into account).
   *
   * <p class="nl">Certificeringen die de verwerker bezit, zoals ISO/IEC 27001 (volgens clausule 7.6
   * onder c van 2021/915 mag de verwerkingsverantwoordelijke daarmee rekening houden).
   */
  CERTIFICATIONS("certifications", "certificeringen"),
  /**
   * Answers of the processor to security or privacy questionnaires.
   *
   * <p class="nl">Antwoorden van de verwerker op vragenlijsten over beveiliging of privacy.
   */
  QUESTIONNAIRES("questionnaires", "vragenlijsten");

  private final LocalizedText label;

  AuditMethod(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
