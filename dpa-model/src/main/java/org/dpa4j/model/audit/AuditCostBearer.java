package org.dpa4j.model.audit;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** Who pays for an audit. */
public enum AuditCostBearer implements CodedEnum {
  /** The controller, including the processor's costs. */
  CONTROLLER_INCL_PROCESSOR_COSTS(
      "the controller, including the processor's costs",
      "de verwerkingsverantwoordelijke, inclusief kosten van de verwerker"),
  /** The controller, except the processor's staff. */
  CONTROLLER_EXCEPT_PROCESSOR_STAFF(
      "the controller, except the processor's staff",
      "de verwerkingsverantwoordelijke, behalve personeel van de verwerker"),
  /** The controller. */
  CONTROLLER_UNSPECIFIED("the controller", "de verwerkingsverantwoordelijke"),
  /** The processor. */
  PROCESSOR("the processor", "de verwerker"),
  /** Shared. */
  SPLIT("shared", "gedeeld"),
  /** Not stated. */
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
