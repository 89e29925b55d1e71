package org.dpa4j.model.subprocessing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * What follows when the controller objects to a sub-processor.
 *
 * <p class="nl">Wat volgt wanneer de verwerkingsverantwoordelijke bezwaar maakt tegen een
 * subverwerker.
 */
public enum ObjectionEffect implements CodedEnum {
  /**
   * The processor does not engage the sub-processor the controller objects to, or stops using it
   * for the controller's data.
   *
   * <p class="nl">De verwerker schakelt de subverwerker waartegen de verwerkingsverantwoordelijke
   * bezwaar maakt niet in, of stopt met het gebruik ervan voor de gegevens van de
   * verwerkingsverantwoordelijke.
   */
  PROCESSOR_REFRAINS("the processor does not engage it", "de verwerker schakelt hem niet in"),
  /**
   * The processor may go ahead, and the controller's remedy is to terminate the agreement or the
   * services concerned.
   *
   * <p class="nl">De verwerker mag doorgaan, en de verwerkingsverantwoordelijke kan zich alleen
   * behelpen door de overeenkomst of de betrokken diensten te beëindigen.
   */
  CONTROLLER_MAY_TERMINATE(
      "the controller may terminate", "de verwerkingsverantwoordelijke mag opzeggen"),
  /**
   * The parties first consult to resolve the objection; only if that fails may the agreement be
   * terminated.
   *
   * <p class="nl">De partijen overleggen eerst om het bezwaar op te lossen; alleen als dat mislukt,
   * mag de overeenkomst worden beëindigd.
   */
  NEGOTIATE_THEN_TERMINATE("consultation, then termination", "overleg, daarna opzegging"),
  /**
   * The parties only cooperate or discuss in good faith to resolve the objection; the text gives
   * the controller neither a veto nor a right to terminate, so the processor may in the end still
   * engage the sub-processor.
   *
   * <p class="nl">De partijen werken alleen te goeder trouw samen of overleggen te goeder trouw om
   * het bezwaar op te lossen; de tekst geeft de verwerkingsverantwoordelijke geen veto en geen
   * recht om op te zeggen, zodat de verwerker de subverwerker uiteindelijk toch kan inschakelen.
   */
  GOOD_FAITH_COOPERATION("good-faith consultation only", "alleen overleg te goeder trouw"),
  /**
   * The processor chooses: not use the sub-processor, change the service, or let the controller
   * terminate.
   *
   * <p class="nl">De verwerker kiest: de subverwerker niet gebruiken, de dienst aanpassen, of de
   * verwerkingsverantwoordelijke laten opzeggen.
   */
  PROCESSOR_CHOOSES("the processor chooses how to respond", "de verwerker kiest hoe te reageren"),
  /**
   * The text does not say what follows an objection.
   *
   * <p class="nl">De tekst zegt niet wat er op een bezwaar volgt.
   */
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
