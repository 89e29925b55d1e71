package org.dpa4j.model.processing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * How the processor helps with requests of data subjects (art. 28(3)(e) GDPR).
 *
 * <p class="nl">Hoe de verwerker helpt bij verzoeken van betrokkenen (art. 28 lid 3 onder e AVG).
 */
public enum DataSubjectRequestMode implements CodedEnum {
  /**
   * The processor assists the controller in answering requests, by appropriate technical and
   * organisational measures as far as possible (art. 28(3)(e) GDPR; clause 8(b) of 2021/915).
   *
   * <p class="nl">De verwerker helpt de verwerkingsverantwoordelijke bij het beantwoorden van
   * verzoeken, met passende technische en organisatorische maatregelen, voor zover mogelijk (art.
   * 28 lid 3 onder e AVG; clausule 8, onder b, van 2021/915).
   */
  ASSIST("assists the controller", "verleent medewerking"),
  /**
   * The parties handle requests that reach the processor together, in mutual consultation.
   *
   * <p class="nl">De partijen handelen verzoeken die de verwerker bereiken samen af, in onderling
   * overleg.
   */
  JOINT_HANDLING("handles requests jointly", "handelt in onderling overleg af"),
  /**
   * The processor only passes requests on to the controller, which handles them, with no duty to
   * assist.
   *
   * <p class="nl">De verwerker stuurt verzoeken alleen door naar de verwerkingsverantwoordelijke,
   * die ze afhandelt, zonder plicht tot hulp.
   */
  FORWARD_ONLY("only forwards requests", "stuurt verzoeken alleen door"),
  /**
   * The text gives the processor no part in requests of data subjects.
   *
   * <p class="nl">De tekst geeft de verwerker geen rol bij verzoeken van betrokkenen.
   */
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
