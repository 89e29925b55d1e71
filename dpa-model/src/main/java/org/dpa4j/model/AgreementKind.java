package org.dpa4j.model;

/** What kind of document the agreement is. */
public enum AgreementKind implements CodedEnum {
  /** A data processing agreement (verwerkersovereenkomst). */
  DPA("data processing agreement", "verwerkersovereenkomst"),
  /** An NLdigital Data Pro Statement with standard clauses. */
  DATA_PRO_STATEMENT("Data Pro Statement", "Data Pro Statement"),
  /** A privacy statement of the processor and a DPA in one document. */
  HYBRID_PRIVACY_STATEMENT_AND_DPA(
      "privacy statement combined with a DPA",
      "privacyverklaring gecombineerd met verwerkersovereenkomst"),
  /** Standard clauses adopted by an authority, such as Implementing Decision (EU) 2021/915. */
  STANDARD_CLAUSES("standard contractual clauses", "standaardcontractbepalingen"),
  /** A list of sub-processors published apart from the agreement. */
  SUB_PROCESSOR_LIST("list of sub-processors", "lijst van subverwerkers");

  private final LocalizedText label;

  AgreementKind(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
