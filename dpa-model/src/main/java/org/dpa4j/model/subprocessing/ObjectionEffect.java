package org.dpa4j.model.subprocessing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** What follows when the controller objects to a sub-processor. */
public enum ObjectionEffect implements CodedEnum {
  /** The processor does not engage it. */
  PROCESSOR_REFRAINS("the processor does not engage it", "de verwerker schakelt hem niet in"),
  /** The controller may terminate. */
  CONTROLLER_MAY_TERMINATE(
      "the controller may terminate", "de verwerkingsverantwoordelijke mag opzeggen"),
  /** Consultation, then termination. */
  NEGOTIATE_THEN_TERMINATE("consultation, then termination", "overleg, daarna opzegging"),
  /**
   * The processor chooses: not use the sub-processor, change the service, or let the controller
   * terminate.
   */
  PROCESSOR_CHOOSES("the processor chooses how to respond", "de verwerker kiest hoe te reageren"),
  /** Not stated. */
  NOT_STATED("not stated", "niet vermeld");

  private final LocalizedText label;

  ObjectionEffect(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
