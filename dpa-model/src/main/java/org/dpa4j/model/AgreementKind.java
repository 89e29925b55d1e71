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
   *
   * <p class="nl">Een verwerkersovereenkomst in de zin van art. 28 lid 3 AVG, als zelfstandig
   * document of als addendum; de standaardwaarde wanneer geen van de andere soorten past.
   */
  DPA("data processing agreement", "verwerkersovereenkomst"),
  /**
   * An NLdigital Data Pro Statement: the processor describes its processing in the NLdigital form,
   * which with the NLdigital standard clauses for processing serves as the DPA.
   *
   * <p class="nl">Een Data Pro Statement van NLdigital: de verwerker beschrijft zijn verwerking in
   * het formulier van NLdigital, dat samen met de NLdigital Standaardclausules voor verwerkingen
   * als verwerkersovereenkomst dient.
   */
  DATA_PRO_STATEMENT("Data Pro Statement", "Data Pro Statement"),
  /**
   * One document that is both the processor's privacy statement, on processing for which it is
   * itself the controller, and a DPA for the processing it does for the customer.
   *
   * <p class="nl">Eén document dat zowel de privacyverklaring van de verwerker is, over
   * verwerkingen waarvoor hij zelf de verwerkingsverantwoordelijke is, als een
   * verwerkersovereenkomst voor de verwerkingen die hij voor de klant verricht.
   */
  HYBRID_PRIVACY_STATEMENT_AND_DPA(
      "privacy statement combined with a DPA",
      "privacyverklaring gecombineerd met verwerkersovereenkomst"),
  /**
   * The text of standard clauses as an authority adopted them, such as Implementing Decision (EU)
   * 2021/915 under art. 28(7) GDPR, not an agreement that incorporates them.
   *
   * <p class="nl">De tekst van standaardbepalingen in de vorm waarin een autoriteit ze heeft
   * vastgesteld, zoals Uitvoeringsbesluit (EU) 2021/915 op grond van art. 28 lid 7 AVG, en niet een
   * overeenkomst waarin ze zijn opgenomen.
   */
  STANDARD_CLAUSES("standard contractual clauses", "standaardcontractbepalingen"),
  /**
   * A list of sub-processors published apart from the agreement, such as the web page a DPA refers
   * to for its current sub-processors.
   *
   * <p class="nl">Een lijst van subverwerkers die los van de overeenkomst is gepubliceerd, zoals de
   * webpagina waarnaar een verwerkersovereenkomst voor de actuele subverwerkers verwijst.
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
