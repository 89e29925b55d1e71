package org.dpa4j.model.transfers;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * Transfers the agreement exempts from its own transfer rule.
 *
 * <p class="nl">Doorgiften die de overeenkomst uitzondert van haar eigen doorgifteregel.
 */
public enum TransferExemption implements CodedEnum {
  /**
   * Transfers to the sub-processors the agreement lists.
   *
   * <p class="nl">Doorgiften aan de subverwerkers die de overeenkomst noemt.
   */
  LISTED_SUBPROCESSORS("to listed sub-processors", "aan vermelde subverwerkers");

  private final LocalizedText label;

  TransferExemption(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
