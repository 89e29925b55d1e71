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
   */
  AWARENESS("after becoming aware", "na kennisname"),
  /** When the event is discovered or established ("na ontdekking", "geconstateerd"). */
  DISCOVERY("after discovery", "na ontdekking"),
  /** Only once the event is confirmed to have happened, which may be later than awareness. */
  CONFIRMATION("after confirmation", "na bevestiging"),
  /** When the agreement or the services end. */
  END_OF_AGREEMENT("after the end of the agreement", "na het einde van de overeenkomst"),
  /** When the other party asks. */
  REQUEST("after a request", "na een verzoek"),
  /** When notice is given, such as the notice of a new sub-processor. */
  NOTICE("after notice", "na kennisgeving"),
  /** The text names no starting event. */
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
