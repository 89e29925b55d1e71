package org.dpa4j.model.subprocessing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** Which obligations the processor imposes on its sub-processors (art. 28(4) GDPR). */
public enum FlowDown implements CodedEnum {
  /** The same obligations. */
  SAME_OBLIGATIONS("the same obligations", "dezelfde verplichtingen"),
  /** Only where possible. */
  CONDITIONAL("only where possible", "alleen voor zover mogelijk"),
  /** Security only. */
  SECURITY_ONLY("security only", "alleen beveiliging"),
  /** An adequate level of protection only. */
  ADEQUATE_PROTECTION_ONLY(
      "an adequate level of protection only", "alleen een passend beschermingsniveau"),
  /** Absent. */
  ABSENT("absent", "ontbreekt");

  private final LocalizedText label;

  FlowDown(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
