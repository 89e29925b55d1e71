package org.dpa4j.diff;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** How a finding of the validator differs between two versions of an agreement. */
public enum FindingChangeKind implements CodedEnum {
  /** The new version has the finding, the old one has not. */
  APPEARED("appeared", "nieuw"),
  /** The old version has the finding, the new one has not. */
  DISAPPEARED("disappeared", "verdwenen"),
  /** Both versions have the finding, with different severities. */
  SEVERITY_CHANGED("severity changed", "ernst gewijzigd"),
  /**
   * Both versions have the finding with the same severity, but it says something else: it names
   * another offender (a new third-country sub-processor), another amount or period.
   */
  CHANGED("changed", "gewijzigd");

  private final LocalizedText label;

  FindingChangeKind(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }

  /**
   * Returns the kind of the same difference seen the other way round.
   *
   * @return {@code DISAPPEARED} for {@code APPEARED} and back; {@code SEVERITY_CHANGED} and {@code
   *     CHANGED} stay
   */
  public FindingChangeKind mirror() {
    switch (this) {
      case APPEARED:
        return DISAPPEARED;
      case DISAPPEARED:
        return APPEARED;
      default:
        return this;
    }
  }
}
