package org.dpa4j.model.value;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * The words a deadline uses besides, or instead of, a number.
 *
 * <p class="nl">De woorden die een termijn naast of in plaats van een getal gebruikt.
 */
public enum DeadlineQualifier implements CodedEnum {
  /** No qualifying words: the text gives only a number or the document that sets the period. */
  NONE("none", "geen"),
  /** "Immediately" ("onmiddellijk", "direct"). */
  IMMEDIATELY("immediately", "onmiddellijk"),
  /** "Promptly" ("prompt", "zo snel mogelijk"). */
  PROMPTLY("promptly", "zo snel mogelijk"),
  /** "As soon as reasonably practicable": weaker than without undue delay. */
  AS_SOON_AS_PRACTICABLE("as soon as reasonably practicable", "zodra redelijkerwijs mogelijk"),
  /**
   * "Without undue delay" ("onverwijld", "zonder onredelijke vertraging"), the words of art. 33(2)
   * GDPR.
   */
  WITHOUT_UNDUE_DELAY("without undue delay", "onverwijld"),
  /** "Within a reasonable period" ("binnen een redelijke termijn"): weaker than without delay. */
  REASONABLE_PERIOD("within a reasonable period", "binnen een redelijke termijn"),
  /** "In good time" ("tijdig"), with no measure of its own. */
  TIMELY("in good time", "tijdig");

  private final LocalizedText label;

  DeadlineQualifier(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
