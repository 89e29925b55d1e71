package org.dpa4j.model.subprocessing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * What an objection to a sub-processor costs or returns.
 *
 * <p class="nl">Wat een bezwaar tegen een subverwerker kost of oplevert.
 */
public enum ObjectionFinancialTerm implements CodedEnum {
  /**
   * The controller may terminate without a penalty.
   *
   * <p class="nl">De verwerkingsverantwoordelijke mag zonder boete opzeggen.
   */
  NO_PENALTY("termination without penalty", "opzegging zonder boete"),
  /**
   * Fees paid for the period after termination are refunded.
   *
   * <p class="nl">Vergoedingen die zijn betaald voor de periode na de beëindiging, worden
   * terugbetaald.
   */
  REFUND_OF_PREPAID_FEES(
      "refund of prepaid fees", "terugbetaling van vooruitbetaalde vergoedingen"),
  /**
   * Fees committed for the term remain due.
   *
   * <p class="nl">Vergoedingen die voor de looptijd zijn toegezegd, blijven verschuldigd.
   */
  FEES_REMAIN_DUE("committed fees remain due", "toegezegde vergoedingen blijven verschuldigd");

  private final LocalizedText label;

  ObjectionFinancialTerm(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
