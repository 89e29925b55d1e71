package org.dpa4j.model.liability;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * A kind of damage a liability clause excludes.
 *
 * <p class="nl">Een soort schade die een aansprakelijkheidsbepaling uitsluit.
 */
public enum DamageKind implements CodedEnum {
  /**
   * Indirect, consequential or special damage ("indirecte schade", "gevolgschade").
   *
   * <p class="nl">Indirecte, gevolg- of bijzondere schade ("indirecte schade", "gevolgschade").
   */
  INDIRECT("indirect or consequential damage", "indirecte schade of gevolgschade"),
  /**
   * Loss of profit, revenue or savings.
   *
   * <p class="nl">Gederfde winst, omzet of besparingen.
   */
  LOST_PROFITS("lost profits or revenue", "gederfde winst of omzet"),
  /**
   * Loss, destruction or corruption of data.
   *
   * <p class="nl">Verlies, vernietiging of beschadiging van gegevens.
   */
  DATA_LOSS("loss or corruption of data", "verlies of beschadiging van gegevens"),
  /**
   * Damage from unauthorised access to or disclosure of data, as in a breach.
   *
   * <p class="nl">Schade door onbevoegde toegang tot of openbaarmaking van gegevens, zoals bij een
   * inbreuk.
   */
  UNAUTHORISED_ACCESS("unauthorised access to data", "onbevoegde toegang tot gegevens"),
  /**
   * Loss of reputation or goodwill.
   *
   * <p class="nl">Verlies van reputatie of goodwill.
   */
  REPUTATION("loss of reputation or goodwill", "reputatieschade of verlies van goodwill"),
  /**
   * Business interruption.
   *
   * <p class="nl">Bedrijfsonderbreking.
   */
  BUSINESS_INTERRUPTION("business interruption", "bedrijfsstagnatie"),
  /**
   * Punitive or exemplary damages.
   *
   * <p class="nl">Schadevergoeding met een bestraffend of afschrikkend karakter ("punitive
   * damages", "exemplary damages").
   */
  PUNITIVE("punitive or exemplary damages", "punitieve schadevergoeding");

  private final LocalizedText label;

  DamageKind(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
