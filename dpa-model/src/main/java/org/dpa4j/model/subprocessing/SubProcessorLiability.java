package org.dpa4j.model.subprocessing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** How far the processor answers for its sub-processors (art. 28(4) GDPR). */
public enum SubProcessorLiability implements CodedEnum {
  /** Fully liable. */
  FULL("fully liable", "volledig aansprakelijk"),
  /** Limited to what it recovers. */
  LIMITED_TO_RECOVERABLE("limited to what it recovers", "beperkt tot wat verhaalbaar is"),
  /** Excluded for some. */
  EXCLUDED_FOR_SOME("excluded for some", "voor sommige uitgesloten"),
  /** Not stated. */
  ABSENT("not stated", "niet geregeld");

  private final LocalizedText label;

  SubProcessorLiability(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
