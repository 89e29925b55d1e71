package org.dpa4j.model.value;

import java.time.Duration;
import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** The unit a time limit is written in; kept as written (12 weeks stays weeks). */
public enum TimeLimitUnit implements CodedEnum {
  /** Minutes ({@code PTnM}). */
  MINUTES("minutes", "minuten", 'M', true, Duration.ofMinutes(1)),
  /** Hours ({@code PTnH}). */
  HOURS("hours", "uren", 'H', true, Duration.ofHours(1)),
  /** Days ({@code PnD}). */
  DAYS("days", "dagen", 'D', false, Duration.ofDays(1)),
  /** Weeks ({@code PnW}). */
  WEEKS("weeks", "weken", 'W', false, Duration.ofDays(7)),
  /** Months ({@code PnM}); nominally 30 days. */
  MONTHS("months", "maanden", 'M', false, Duration.ofDays(30)),
  /** Years ({@code PnY}); nominally 365 days. */
  YEARS("years", "jaren", 'Y', false, Duration.ofDays(365));

  private final LocalizedText label;
  private final char designator;
  private final boolean timePart;
  private final Duration nominal;

  TimeLimitUnit(String english, String dutch, char designator, boolean timePart, Duration nominal) {
    this.label = LocalizedText.of(english, dutch);
    this.designator = designator;
    this.timePart = timePart;
    this.nominal = nominal;
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }

  /**
   * Returns the ISO 8601 designator letter of this unit.
   *
   * @return the letter, such as {@code 'H'}
   */
  public char getDesignator() {
    return designator;
  }

  /**
   * Tells whether the unit is written after the ISO 8601 {@code T} (hours and minutes).
   *
   * @return true for hours and minutes
   */
  public boolean isTimePart() {
    return timePart;
  }

  /**
   * Returns the nominal length of one unit: exact for minutes to weeks, 30 days for a month and 365
   * days for a year.
   *
   * @return the nominal duration of one unit
   */
  public Duration getNominalDuration() {
    return nominal;
  }
}
