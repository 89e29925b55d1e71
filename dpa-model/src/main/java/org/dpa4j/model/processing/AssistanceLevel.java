package org.dpa4j.model.processing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** How far the processor assists the controller with a duty. */
public enum AssistanceLevel implements CodedEnum {
  /** Assists. */
  PRESENT("assists", "verleent bijstand"),
  /** Assists with a qualification such as "voor zover dat binnen haar macht ligt". */
  QUALIFIED("assists as far as it can", "verleent bijstand voor zover mogelijk"),
  /** Absent. */
  ABSENT("absent", "ontbreekt");

  private final LocalizedText label;

  AssistanceLevel(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
