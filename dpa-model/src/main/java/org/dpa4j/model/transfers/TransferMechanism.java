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
   */
  ADEQUACY_DECISION("adequacy decision (art. 45)", "adequaatheidsbesluit (art. 45)"),
  /**
   * The EU-US Data Privacy Framework, an adequacy decision since 10 July 2023 that covers only
   * certified US organisations.
   */
  DPF("EU-US Data Privacy Framework", "EU-VS Data Privacy Framework"),
  /** Appropriate safeguards (art. 46 GDPR), where the text does not say which. */
  APPROPRIATE_SAFEGUARDS("appropriate safeguards (art. 46)", "passende waarborgen (art. 46)"),
  /**
   * Standard data protection clauses adopted by the Commission (art. 46(2)(c) GDPR), such as those
   * of 2021/914.
   */
  STANDARD_CONTRACTUAL_CLAUSES("standard contractual clauses", "modelcontractbepalingen"),
  /** Binding corporate rules approved under art. 47 GDPR (art. 46(2)(b)). */
  BINDING_CORPORATE_RULES("binding corporate rules", "bindende bedrijfsvoorschriften"),
  /** A derogation for a specific situation (art. 49 GDPR), such as explicit consent. */
  DEROGATION("derogation (art. 49)", "uitzondering (art. 49)"),
  /**
   * The processor's own judgement that a country protects the data adequately, which is no chapter
   * V mechanism.
   */
  PROCESSOR_SELF_ASSESSMENT("the processor's own assessment", "eigen beoordeling van de verwerker"),
  /**
   * The EU-US Privacy Shield, invalid since CJEU C-311/18 of 16 July 2020, recorded because the
   * text names it.
   */
  PRIVACY_SHIELD("EU-US Privacy Shield (invalid)", "EU-VS Privacy Shield (ongeldig)"),
  /** The UK Extension to the EU-US Data Privacy Framework, for transfers under UK law. */
  UK_EXTENSION_DPF(
      "UK Extension to the Data Privacy Framework",
      "Britse uitbreiding van het Data Privacy Framework"),
  /** The Swiss-US Data Privacy Framework, for transfers under Swiss law. */
  SWISS_US_DPF("Swiss-US Data Privacy Framework", "Zwitsers-Amerikaans Data Privacy Framework"),
  /**
   * An approved code of conduct with binding and enforceable commitments of the recipient (art.
   * 46(2)(e) GDPR).
   */
  CODE_OF_CONDUCT(
      "approved code of conduct (art. 46(2)(e))", "goedgekeurde gedragscode (art. 46(2)(e))"),
  /**
   * An approved certification mechanism with binding and enforceable commitments of the recipient
   * (art. 46(2)(f) GDPR).
   */
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
