package org.dpa4j.model.breach;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * Whether the notification duty covers suspected or potential breaches.
 *
 * <p class="nl">Of de meldplicht ook vermoedelijke of mogelijke inbreuken omvat.
 */
public enum SuspectedBreaches implements CodedEnum {
  /**
   * Suspected or potential breaches ("(potentieel) datalek") are notified too, not only established
   * ones.
   *
   * <p class="nl">Vermoedelijke of mogelijke inbreuken ("(potentieel) datalek") worden ook gemeld,
   * niet alleen vastgestelde.
   */
  INCLUDED("included", "inbegrepen"),
  /**
   * Only breaches that actually happened ("daadwerkelijk") or are confirmed are notified.
   *
   * <p class="nl">Alleen inbreuken die zich werkelijk hebben voorgedaan ("daadwerkelijk") of die
   * zijn bevestigd, worden gemeld.
   */
  EXCLUDED("excluded", "uitgesloten"),
  /**
   * The text does not say whether suspected breaches are notified.
   *
   * <p class="nl">De tekst zegt niet of vermoedelijke inbreuken worden gemeld.
   */
  NOT_STATED("not stated", "niet vermeld");

  private final LocalizedText label;

  SuspectedBreaches(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
