package org.dpa4j.model.transfers;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** A transfer mechanism of chapter V GDPR, or a ground the text gives that is none. */
public enum TransferMechanism implements CodedEnum {
  /** Adequacy decision (art. 45). */
  ADEQUACY_DECISION("adequacy decision (art. 45)", "adequaatheidsbesluit (art. 45)"),
  /** EU-US Data Privacy Framework. */
  DPF("EU-US Data Privacy Framework", "EU-VS Data Privacy Framework"),
  /** Appropriate safeguards (art. 46). */
  APPROPRIATE_SAFEGUARDS("appropriate safeguards (art. 46)", "passende waarborgen (art. 46)"),
  /** Standard contractual clauses. */
  STANDARD_CONTRACTUAL_CLAUSES("standard contractual clauses", "modelcontractbepalingen"),
  /** Binding corporate rules. */
  BINDING_CORPORATE_RULES("binding corporate rules", "bindende bedrijfsvoorschriften"),
  /** Derogation (art. 49). */
  DEROGATION("derogation (art. 49)", "uitzondering (art. 49)"),
  /** The processor's own assessment. */
  PROCESSOR_SELF_ASSESSMENT("the processor's own assessment", "eigen beoordeling van de verwerker"),
  /** The EU-US Privacy Shield, invalid since CJEU C-311/18 of 16 July 2020. */
  PRIVACY_SHIELD("EU-US Privacy Shield (invalid)", "EU-VS Privacy Shield (ongeldig)"),
  /** The UK Extension to the EU-US Data Privacy Framework. */
  UK_EXTENSION_DPF(
      "UK Extension to the Data Privacy Framework",
      "Britse uitbreiding van het Data Privacy Framework"),
  /** The Swiss-US Data Privacy Framework. */
  SWISS_US_DPF("Swiss-US Data Privacy Framework", "Zwitsers-Amerikaans Data Privacy Framework"),
  /** An approved code of conduct with binding commitments. */
  CODE_OF_CONDUCT(
      "approved code of conduct (art. 46(2)(e))", "goedgekeurde gedragscode (art. 46(2)(e))"),
  /** An approved certification mechanism with binding commitments. */
  CERTIFICATION(
      "approved certification (art. 46(2)(f))", "goedgekeurde certificering (art. 46(2)(f))");

  private final LocalizedText label;

  TransferMechanism(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
