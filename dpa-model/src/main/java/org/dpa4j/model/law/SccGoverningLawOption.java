package org.dpa4j.model.law;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * The option chosen in clause 17 of the EU transfer clauses (2021/914).
 *
 * <p class="nl">De keuze die in clausule 17 van de EU-doorgifteclausules (2021/914) is gemaakt.
 */
public enum SccGoverningLawOption implements CodedEnum {
  /**
   * Option 1: the law of one EU member state named in the clauses, which must allow third-party
   * beneficiary rights.
   *
   * <p class="nl">Optie 1: het recht van één in de clausules genoemde lidstaat van de EU, dat
   * rechten van derde-begunstigden moet toestaan.
   */
  OPTION_1(
      "option 1: the law of an EU member state named in the clauses",
      "optie 1: het recht van een in de bepalingen genoemde lidstaat"),
  /**
   * Option 2 (modules 2 and 3): the law of the member state where the data exporter is established,
   * or, where that law allows no third-party beneficiary rights, of a member state named in the
   * clauses.
   *
   * <p class="nl">Optie 2 (modules 2 en 3): het recht van de lidstaat waar de gegevensexporteur is
   * gevestigd, of, waar dat recht geen rechten van derde-begunstigden toestaat, het recht van een
   * in de clausules genoemde lidstaat.
   */
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
