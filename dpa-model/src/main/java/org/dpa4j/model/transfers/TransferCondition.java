package org.dpa4j.model.transfers;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** A condition or mechanism under which a transfer is allowed. */
public enum TransferCondition implements CodedEnum {
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
  PROCESSOR_SELF_ASSESSMENT("the processor's own assessment", "eigen beoordeling van de verwerker");

  private final LocalizedText label;

  TransferCondition(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
