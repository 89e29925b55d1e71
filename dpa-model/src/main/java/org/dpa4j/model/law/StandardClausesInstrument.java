package org.dpa4j.model.law;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** A set of standard clauses an agreement can incorporate. */
public enum StandardClausesInstrument implements CodedEnum {
  /**
   * Implementing Decision (EU) 2021/915: clauses between controllers and processors (art. 28(7)
   * GDPR).
   */
  EU_2021_915(
      "EU controller-processor clauses (2021/915)",
      "EU-modelbepalingen verwerkingsverantwoordelijke-verwerker (2021/915)"),
  /** Implementing Decision (EU) 2021/914: clauses for transfers to third countries. */
  EU_2021_914("EU transfer clauses (2021/914)", "EU-modelbepalingen voor doorgifte (2021/914)"),
  /**
   * Decision 2010/87/EU, controller to processor; repealed by 2021/914, transition ended 27
   * December 2022.
   */
  EU_2010_87("EU transfer clauses 2010/87 (repealed)", "EU-modelbepalingen 2010/87 (ingetrokken)"),
  /**
   * Decision 2004/915/EC, controller to controller; repealed by 2021/914, transition ended 27
   * December 2022.
   */
  EU_2004_915(
      "EU transfer clauses 2004/915 (repealed)", "EU-modelbepalingen 2004/915 (ingetrokken)"),
  /** Decision 2001/497/EC, controller to controller; repealed by 2021/914. */
  EU_2001_497(
      "EU transfer clauses 2001/497 (repealed)", "EU-modelbepalingen 2001/497 (ingetrokken)"),
  /** The UK International Data Transfer Agreement (IDTA). */
  UK_IDTA(
      "UK International Data Transfer Agreement", "Brits International Data Transfer Agreement"),
  /** The UK International Data Transfer Addendum to the EU clauses of 2021/914. */
  UK_ADDENDUM("UK Addendum to the EU transfer clauses", "Brits addendum bij de EU-modelbepalingen"),
  /** The EU clauses of 2021/914 with the adaptations the Swiss FDPIC requires. */
  SWISS_ADAPTATION(
      "EU transfer clauses as adapted for Switzerland",
      "EU-modelbepalingen aangepast voor Zwitserland"),
  /** Other standard clauses, named in words. */
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
