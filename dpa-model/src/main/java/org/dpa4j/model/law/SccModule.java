package org.dpa4j.model.law;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * A module of the EU transfer clauses (2021/914).
 *
 * <p class="nl">Een module van de EU-doorgifteclausules (2021/914).
 */
public enum SccModule implements CodedEnum {
  /**
   * Module one: a controller transfers to a controller.
   *
   * <p class="nl">Module één: een verwerkingsverantwoordelijke geeft gegevens door aan een
   * verwerkingsverantwoordelijke.
   */
  CONTROLLER_TO_CONTROLLER(
      "module 1: controller to controller",
      "module 1: verwerkingsverantwoordelijke aan verwerkingsverantwoordelijke"),
  /**
   * Module two: a controller transfers to a processor that processes on its behalf.
   *
   * <p class="nl">Module twee: een verwerkingsverantwoordelijke geeft gegevens door aan een
   * verwerker die namens haar verwerkt.
   */
  CONTROLLER_TO_PROCESSOR(
      "module 2: controller to processor", "module 2: verwerkingsverantwoordelijke aan verwerker"),
  /**
   * Module three: a processor transfers to a processor, such as its sub-processor, on behalf of the
   * controller.
   *
   * <p class="nl">Module drie: een verwerker geeft gegevens door aan een verwerker, zoals zijn
   * subverwerker, namens de verwerkingsverantwoordelijke.
   */
  PROCESSOR_TO_PROCESSOR("module 3: processor to processor", "module 3: verwerker aan verwerker"),
  /**
   * Module four: a processor transfers back to the controller on whose behalf it processes.
   *
   * <p class="nl">Module vier: een verwerker geeft gegevens terug door aan de
   * verwerkingsverantwoordelijke namens wie hij verwerkt.
   */
  PROCESSOR_TO_CONTROLLER(
      "module 4: processor to controller", "module 4: verwerker aan verwerkingsverantwoordelijke");

  private final LocalizedText label;

  SccModule(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
