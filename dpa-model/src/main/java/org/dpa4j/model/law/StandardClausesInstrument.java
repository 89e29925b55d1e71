package org.dpa4j.model.law;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * A set of standard clauses an agreement can incorporate.
 *
 * <p class="nl">Een stel standaardbepalingen dat een overeenkomst kan overnemen.
 */
public enum StandardClausesInstrument implements CodedEnum {
  /**
   * Implementing Decision (EU) 2021/915: clauses between controllers and processors (art. 28(7)
   * GDPR).
   *
   * <p class="nl">Uitvoeringsbesluit (EU) 2021/915: clausules tussen verwerkingsverantwoordelijken
   * en verwerkers (art. 28 lid 7 AVG).
   */
  EU_2021_915(
      "EU controller-processor clauses (2021/915)",
      "EU-modelbepalingen verwerkingsverantwoordelijke-verwerker (2021/915)"),
  /**
   * Implementing Decision (EU) 2021/914: clauses for transfers to third countries (art. 46(2)(c)
   * GDPR).
   *
   * <p class="nl">Uitvoeringsbesluit (EU) 2021/914: clausules voor doorgiften naar derde landen
   * (art. 46 lid 2 onder c AVG).
   */
  EU_2021_914("EU transfer clauses (2021/914)", "EU-modelbepalingen voor doorgifte (2021/914)"),
  /**
   * Decision 2010/87/EU, controller to processor; repealed by 2021/914, transition ended 27
   * December 2022.
   *
   * <p class="nl">Besluit 2010/87/EU, van verwerkingsverantwoordelijke naar verwerker; ingetrokken
   * bij 2021/914, overgangsperiode geëindigd op 27 december 2022.
   */
  EU_2010_87("EU transfer clauses 2010/87 (repealed)", "EU-modelbepalingen 2010/87 (ingetrokken)"),
  /**
   * Decision 2004/915/EC, controller to controller; repealed by 2021/914, transition ended 27
   * December 2022.
   *
   * <p class="nl">Beschikking 2004/915/EG, van verwerkingsverantwoordelijke naar
   * verwerkingsverantwoordelijke; ingetrokken bij 2021/914, overgangsperiode geëindigd op 27
   * december 2022.
   */
  EU_2004_915(
      "EU transfer clauses 2004/915 (repealed)", "EU-modelbepalingen 2004/915 (ingetrokken)"),
  /**
   * Decision 2001/497/EC, controller to controller; repealed by 2021/914, transition ended 27
   * December 2022.
   *
   * <p class="nl">Beschikking 2001/497/EG, van verwerkingsverantwoordelijke naar
   * verwerkingsverantwoordelijke; ingetrokken bij 2021/914, overgangsperiode geëindigd op 27
   * december 2022.
   */
  EU_2001_497(
      "EU transfer clauses 2001/497 (repealed)", "EU-modelbepalingen 2001/497 (ingetrokken)"),
  /**
   * The UK International Data Transfer Agreement (IDTA), a contract of its own for transfers under
   * UK law.
   *
   * <p class="nl">De Britse International Data Transfer Agreement (IDTA), een zelfstandige
   * overeenkomst voor doorgiften onder Brits recht.
   */
  UK_IDTA(
      "UK International Data Transfer Agreement", "Brits International Data Transfer Agreement"),
  /**
   * The UK International Data Transfer Addendum, which adapts the EU clauses of 2021/914 to
   * transfers under UK law.
   *
   * <p class="nl">Het Britse "International Data Transfer Addendum", dat de EU-clausules van
   * 2021/914 aanpast aan doorgiften onder Brits recht.
   */
  UK_ADDENDUM("UK Addendum to the EU transfer clauses", "Brits addendum bij de EU-modelbepalingen"),
  /**
   * The EU clauses of 2021/914 with the adaptations the Swiss FDPIC requires.
   *
   * <p class="nl">De EU-clausules van 2021/914 met de aanpassingen die de Zwitserse FDPIC
   * voorschrijft.
   */
  SWISS_ADAPTATION(
      "EU transfer clauses as adapted for Switzerland",
      "EU-modelbepalingen aangepast voor Zwitserland"),
  /**
   * Other standard clauses, named in {@link StandardClauses#getName()}.
   *
   * <p class="nl">Andere standaardbepalingen, genoemd in {@link StandardClauses#getName()}.
   */
  OTHER("other standard clauses", "andere standaardbepalingen");

  private final LocalizedText label;

  StandardClausesInstrument(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
