package org.dpa4j.diff;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * What a change means for the processor's duties, from the controller's point of view: a looser
 * agreement binds the processor less (a longer breach deadline, an objection right removed, a new
 * sub-processor outside the EEA).
 */
public enum Classification implements CodedEnum {
  /** The processor is bound more than before. */
  STRICTER("stricter for the processor", "strenger voor de verwerker"),
  /** The processor is bound less than before. */
  LOOSER("looser for the processor", "soepeler voor de verwerker"),
  /** The change does not bear on the processor's duties (wording, clause numbers, names). */
  NEUTRAL("neutral", "neutraal"),
  /** The change matters, but which way cannot be told from the typed terms. */
  UNKNOWN("unknown", "onbekend");

  private final LocalizedText label;

  Classification(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }

  /**
   * Returns the classification of the same change made the other way round: stricter and looser
   * swap, neutral and unknown stay.
   *
   * @return the mirrored classification
   */
  public Classification mirror() {
    switch (this) {
      case STRICTER:
        return LOOSER;
      case LOOSER:
        return STRICTER;
      default:
        return this;
    }
  }
}
