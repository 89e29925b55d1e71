package org.dpa4j.model.law;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** The option chosen in clause 17 of the EU transfer clauses (2021/914). */
public enum SccGoverningLawOption implements CodedEnum {
  /** The law of one named EU member state that allows third-party beneficiary rights. */
  OPTION_1(
      "option 1: the law of an EU member state named in the clauses",
      "optie 1: het recht van een in de bepalingen genoemde lidstaat"),
  /** The law of the member state where the data exporter is established (modules 2 and 3). */
  OPTION_2(
      "option 2: the law of the data exporter's member state",
      "optie 2: het recht van de lidstaat van de gegevensexporteur");

  private final LocalizedText label;

  SccGoverningLawOption(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
