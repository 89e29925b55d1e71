package org.dpa4j.model.audit;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * Who pays for an audit.
 *
 * <p class="nl">Wie de kosten van een audit draagt.
 */
public enum AuditCostBearer implements CodedEnum {
  /**
   * The controller pays for the audit and also for the processor's own costs of it, such as its
   * staff's time.
   */
  CONTROLLER_INCL_PROCESSOR_COSTS(
      "the controller, including the processor's costs",
      "de verwerkingsverantwoordelijke, inclusief kosten van de verwerker"),
  /**
   * The controller pays for the audit except the costs of the processor's own staff, which the
   * processor bears.
   */
  CONTROLLER_EXCEPT_PROCESSOR_STAFF(
      "the controller, except the processor's staff",
      "de verwerkingsverantwoordelijke, behalve personeel van de verwerker"),
  /**
   * The controller pays for the audit, and the text does not say whether that includes the
   * processor's own costs.
   */
  CONTROLLER_UNSPECIFIED("the controller", "de verwerkingsverantwoordelijke"),
  /** The processor pays for the audit. */
  PROCESSOR("the processor", "de verwerker"),
  /** The text divides the costs of an audit between the parties. */
  SPLIT("shared", "gedeeld"),
  /** The text does not say who pays for an audit. */
  NOT_STATED("not stated", "niet vermeld");

  private final LocalizedText label;

  AuditCostBearer(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
