package org.dpa4j.model;

/**
 * What kind of document the agreement is.
 *
 * <p class="nl">Wat voor document de overeenkomst is.
 */
public enum AgreementKind implements CodedEnum {
  /**
   * A data processing agreement under art. 28(3) GDPR (verwerkersovereenkomst), whether a document
   * of its own or an addendum; the default when none of the other kinds fits.
   */
  DPA("data processing agreement", "verwerkersovereenkomst"),
  /**
   * An NLdigital Data Pro Statement: the processor describes its processing in the NLdigital form,
   * which with the NLdigital standard clauses for processing serves as the DPA.
   */
  DATA_PRO_STATEMENT("Data Pro Statement", "Data Pro Statement"),
  /**
   * One document that is both the processor's privacy statement, on processing for which it is
   * itself the controller, and a DPA for the processing it does for the customer.
   */
  HYBRID_PRIVACY_STATEMENT_AND_DPA(
      "privacy statement combined with a DPA",
      "privacyverklaring gecombineerd met verwerkersovereenkomst"),
  /**
   * The text of standard clauses as an authority adopted them, such as Implementing Decision (EU)
   * 2021/915 under art. 28(7) GDPR, not an agreement that incorporates them.
   */
  STANDARD_CLAUSES("standard contractual clauses", "standaardcontractbepalingen"),
  /**
   * A list of sub-processors published apart from the agreement, such as the web page a DPA refers
   * to for its current sub-processors.
   */
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
