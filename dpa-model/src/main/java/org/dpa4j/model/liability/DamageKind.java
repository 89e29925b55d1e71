package org.dpa4j.model.liability;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * A kind of damage a liability clause excludes.
 *
 * <p class="nl">Een soort schade die een aansprakelijkheidsbepaling uitsluit.
 */
public enum DamageKind implements CodedEnum {
  /** Indirect, consequential or special damage ("indirecte schade", "gevolgschade"). */
  INDIRECT("indirect or consequential damage", "indirecte schade of gevolgschade"),
  /** Loss of profit, revenue or savings. */
  LOST_PROFITS("lost profits or revenue", "gederfde winst of omzet"),
  /** Loss, destruction or corruption of data. */
  DATA_LOSS("loss or corruption of data", "verlies of beschadiging van gegevens"),
  /** Damage from unauthorised access to or disclosure of data, as in a breach. */
  UNAUTHORISED_ACCESS("unauthorised access to data", "onbevoegde toegang tot gegevens"),
  /** Loss of reputation or goodwill. */
  REPUTATION("loss of reputation or goodwill", "reputatieschade of verlies van goodwill"),
  /** Business interruption. */
  BUSINESS_INTERRUPTION("business interruption", "bedrijfsstagnatie"),
  /** Punitive or exemplary damages. */
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
