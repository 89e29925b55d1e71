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
   *
   * <p class="nl">De verwerkingsverantwoordelijke betaalt de audit en ook de eigen kosten die de
   * verwerker ervoor maakt, zoals de tijd van zijn personeel.
   */
  CONTROLLER_INCL_PROCESSOR_COSTS(
      "the controller, including the processor's costs",
      "de verwerkingsverantwoordelijke, inclusief kosten van de verwerker"),
  /**
   * The controller pays for the audit except the costs of the processor's own staff, which the
   * processor bears.
   *
   * <p class="nl">De verwerkingsverantwoordelijke betaalt de audit, behalve de kosten van het eigen
   * personeel van de verwerker, die de verwerker draagt.
   */
  CONTROLLER_EXCEPT_PROCESSOR_STAFF(
      "the controller, except the processor's staff",
      "de verwerkingsverantwoordelijke, behalve personeel van de verwerker"),
  /**
   * The controller pays for the audit, and the text does not say whether that includes the
   * processor's own costs.
   *
   * <p class="nl">De verwerkingsverantwoordelijke betaalt de audit, en de tekst zegt niet of dat de
   * eigen kosten van de verwerker omvat.
   */
  CONTROLLER_UNSPECIFIED("the controller", "de verwerkingsverantwoordelijke"),
  /**
   * The processor pays for the audit.
   *
   * <p class="nl">De verwerker betaalt de audit.
   */
  PROCESSOR("the processor", "de verwerker"),
  /**
   * The text divides the costs of an audit between the parties.
   *
   * <p class="nl">De tekst verdeelt de kosten van een audit tussen de partijen.
   */
  SPLIT("shared", "gedeeld"),
  /**
   * The text does not say who pays for an audit.
   *
   * <p class="nl">De tekst zegt niet wie een audit betaalt.
   */
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
