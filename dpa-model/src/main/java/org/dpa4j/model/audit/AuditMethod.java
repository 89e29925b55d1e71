package org.dpa4j.model.audit;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * A way compliance may be verified.
 *
 * <p class="nl">Een manier waarop de naleving kan worden gecontroleerd.
 */
public enum AuditMethod implements CodedEnum {
  /** Inspection at the processor's premises or physical facilities (clause 7.6(d) of 2021/915). */
  ON_SITE("on-site inspection", "inspectie ter plaatse"),
  /** An audit carried out remotely, without a visit to the premises. */
  REMOTE("remote audit", "audit op afstand"),
  /** Review of the processor's documents, policies and records. */
  DOCUMENT_REVIEW("review of documents", "beoordeling van documenten"),
  /** Reports of independent auditors on the processor, such as SOC 2 reports. */
  THIRD_PARTY_REPORTS("third-party audit reports", "auditrapporten van derden"),
  /**
   * Certifications the processor holds, such as ISO/IEC 27001 (clause 7.6(c) of 2021/915 lets the
   * controller take them into account).
   */
  CERTIFICATIONS("certifications", "certificeringen"),
  /** Answers of the processor to security or privacy questionnaires. */
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
