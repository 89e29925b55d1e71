package org.dpa4j.model.audit;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** A way compliance may be verified. */
public enum AuditMethod implements CodedEnum {
  /** Inspection at the processor's premises. */
  ON_SITE("on-site inspection", "inspectie ter plaatse"),
  /** An audit carried out remotely. */
  REMOTE("remote audit", "audit op afstand"),
  /** Review of the processor's documents and records. */
  DOCUMENT_REVIEW("review of documents", "beoordeling van documenten"),
  /** Reports of independent auditors, such as SOC 2 reports. */
  THIRD_PARTY_REPORTS("third-party audit reports", "auditrapporten van derden"),
  /** Certifications, such as ISO 27001. */
  CERTIFICATIONS("certifications", "certificeringen"),
  /** Answers to security questionnaires. */
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
