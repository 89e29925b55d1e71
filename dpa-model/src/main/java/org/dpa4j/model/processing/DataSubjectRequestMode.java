package org.dpa4j.model.processing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * How the processor helps with requests of data subjects (art. 28(3)(e)).
 *
 * <p class="nl">Hoe de verwerker helpt bij verzoeken van betrokkenen (art. 28 lid 3 onder e AVG).
 */
public enum DataSubjectRequestMode implements CodedEnum {
  /**
   * The processor assists the controller in answering requests, by appropriate technical and
   * organisational measures as far as possible (art. 28(3)(e) GDPR; clause 8(b) of 2021/915).
   */
  ASSIST("assists the controller", "verleent medewerking"),
  /** The parties handle requests that reach the processor together, in mutual consultation. */
  JOINT_HANDLING("handles requests jointly", "handelt in onderling overleg af"),
  /**
   * The processor only passes requests on to the controller, which handles them, with no duty to
   * assist.
   */
  FORWARD_ONLY("only forwards requests", "stuurt verzoeken alleen door"),
  /** The text gives the processor no part in requests of data subjects. */
  ABSENT("absent", "ontbreekt");

  private final LocalizedText label;

  DataSubjectRequestMode(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
