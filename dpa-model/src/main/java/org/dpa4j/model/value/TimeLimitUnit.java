package org.dpa4j.model.value;

import java.time.Duration;
import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * The unit a time limit is written in; kept as written (12 weeks stays weeks).
 *
 * <p class="nl">De eenheid waarin een termijn is geschreven; bewaard zoals geschreven (12 weken
 * blijft weken).
 */
public enum TimeLimitUnit implements CodedEnum {
  /**
   * Minutes ({@code PTnM}).
   *
   * <p class="nl">Minuten ({@code PTnM}).
   */
  MINUTES("minutes", "minuten", "minute", "minuut", "minuten", 'M', true, Duration.ofMinutes(1)),
  /**
   * Hours ({@code PTnH}).
   *
   * <p class="nl">Uren ({@code PTnH}).
   */
  HOURS("hours", "uren", "hour", "uur", "uur", 'H', true, Duration.ofHours(1)),
  /**
   * Days ({@code PnD}).
   *
   * <p class="nl">Dagen ({@code PnD}).
   */
  DAYS("days", "dagen", "day", "dag", "dagen", 'D', false, Duration.ofDays(1)),
  /**
   * Business days ({@code PnBD}, an extension of ISO 8601, which has no such unit): days other than
   * weekends and public holidays; nominally 7/5 of a day, at most {@link
   * TimeLimit#toMaximumDuration() longer} over weekends and holidays.
   *
   * <p class="nl">Werkdagen ({@code PnBD}, een uitbreiding van ISO 8601, dat zo'n eenheid niet
   * kent): andere dagen dan weekenden en feestdagen; nominaal 7/5 dag, over weekenden en feestdagen
   * ten hoogste {@link TimeLimit#toMaximumDuration() langer}.
   */
  BUSINESS_DAYS(
      "business days",
      "werkdagen",
      "business day",
      "werkdag",
      "werkdagen",
      'B',
      false,
      Duration.ofMinutes(24 * 60 * 7 / 5)),
  /**
   * Weeks ({@code PnW}).
   *
   * <p class="nl">Weken ({@code PnW}).
   */
  WEEKS("weeks", "weken", "week", "week", "weken", 'W', false, Duration.ofDays(7)),
  /**
   * Months ({@code PnM}); nominally 30 days.
   *
   * <p class="nl">Maanden ({@code PnM}); nominaal 30 dagen.
   */
  MONTHS("months", "maanden", "month", "maand", "maanden", 'M', false, Duration.ofDays(30)),
  /**
   * Years ({@code PnY}); nominally 365 days.
   *
   * <p class="nl">Jaren ({@code PnY}); nominaal 365 dagen.
   */
  YEARS("years", "jaren", "year", "jaar", "jaar", 'Y', false, Duration.ofDays(365));

  private final LocalizedText label;
  private final LocalizedText singular;
  private final LocalizedText counted;
  private final char designator;
  private final boolean timePart;
  private final Duration nominal;

  TimeLimitUnit(
      String english,
      String dutch,
      String englishOne,
      String dutchOne,
      String dutchCounted,
      char designator,
      boolean timePart,
      Duration nominal) {
    this.label = LocalizedText.of(english, dutch);
    this.singular = LocalizedText.of(englishOne, dutchOne);
    // Dutch counts hours and years in the singular: "72 uur", "2 jaar" (but "2 dagen").
    this.counted = LocalizedText.of(english, dutchCounted);
    this.designator = designator;
    this.timePart = timePart;
    this.nominal = nominal;
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }

  /**
   * Returns the name of one unit, such as "day" and "dag", for "1 day".
   *
   * @return the singular label in English and Dutch
   */
  public LocalizedText getSingularLabel() {
    return singular;
  }

  /**
   * Returns the name of the unit as it follows a number: "1 day" and "1 dag", "72 hours" and "72
   * uur" (Dutch counts hours and years in the singular), "2 days" and "2 dagen".
   *
   * @param amount the number of units
   * @return the label in English and Dutch for that number
   */
  public LocalizedText getLabel(long amount) {
    return amount == 1 ? singular : counted;
  }

  /**
   * Returns the designator of this unit in the text form: the ISO 8601 letter, or {@code BD} for
   * business days.
   *
   * @return the designator, such as {@code "H"} or {@code "BD"}
   */
  public String getDesignator() {
    return this == BUSINESS_DAYS ? "BD" : String.valueOf(designator);
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
   * Returns the nominal length of one unit: exact for minutes to weeks, 7/5 of a day for a business
   * day, 30 days for a month and 365 days for a year.
   *
   * @return the nominal duration of one unit
   */
  public Duration getNominalDuration() {
    return nominal;
  }
}
