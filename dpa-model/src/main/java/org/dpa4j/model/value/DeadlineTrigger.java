package org.dpa4j.model.value;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * The event that starts a deadline's clock.
 *
 * <p class="nl">De gebeurtenis waarmee een termijn begint te lopen.
 */
public enum DeadlineTrigger implements CodedEnum {
  /**
   * When the party becomes aware of the event ("nadat ... bekend is geworden"), as in art. 33(2)
   * GDPR.
   *
   * <p class="nl">Wanneer de partij kennis krijgt van de gebeurtenis ("nadat het bekend is
   * geworden"), zoals in art. 33 lid 2 AVG.
   */
  AWARENESS("after becoming aware", "na kennisname"),
  /**
   * When the event is discovered or established ("na ontdekking", "geconstateerd").
   *
   * <p class="nl">Wanneer de gebeurtenis wordt ontdekt of vastgesteld ("na ontdekking",
   * "geconstateerd").
   */
  DISCOVERY("after discovery", "na ontdekking"),
  /**
   * Only once the event is confirmed to have happened, which may be later than awareness.
   *
   * <p class="nl">Pas wanneer bevestigd is dat de gebeurtenis heeft plaatsgevonden, wat later kan
   * zijn dan de kennisname.
   */
  CONFIRMATION("after confirmation", "na bevestiging"),
  /**
   * When the agreement or the services end.
   *
   * <p class="nl">Wanneer de overeenkomst of de diensten eindigen.
   */
  END_OF_AGREEMENT("after the end of the agreement", "na het einde van de overeenkomst"),
  /**
   * When the other party asks.
   *
   * <p class="nl">Wanneer de andere partij erom verzoekt.
   */
  REQUEST("after a request", "na een verzoek"),
  /**
   * When notice is given, such as the notice of a new sub-processor.
   *
   * <p class="nl">Wanneer een kennisgeving wordt gedaan, zoals de kennisgeving van een nieuwe
   * subverwerker.
   */
  NOTICE("after notice", "na kennisgeving"),
  /**
   * The text names no starting event.
   *
   * <p class="nl">De tekst noemt geen gebeurtenis waarmee de termijn begint.
   */
  NOT_STATED("not stated", "niet vermeld");

  private final LocalizedText label;

  DeadlineTrigger(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
