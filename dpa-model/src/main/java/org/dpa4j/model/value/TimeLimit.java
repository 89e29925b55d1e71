package org.dpa4j.model.value;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dpa4j.model.Excerpt;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.ModelProblemCode;
import org.dpa4j.model.TextSyntax;

/**
 * An amount of time in the unit the agreement writes it in: 48 hours stays {@code PT48H}, 12 weeks
 * stays {@code P12W}, one month stays {@code P1M}.
 *
 * <p>The text form is an ISO 8601 duration with one component. Amounts are never negative.
 * Comparisons between units go through {@link #toNominalDuration()}.
 *
 * <p class="nl">Een tijdsduur in de eenheid waarin de overeenkomst hem schrijft: 48 uur blijft
 * PT48H, 12 weken blijft P12W, een maand blijft P1M.
 */
public final class TimeLimit {
  /** The largest amount accepted. */
  public static final long MAX_AMOUNT = 1_000_000L;

  /**
   * The text form: {@code P}, an amount from 0 to {@value #MAX_AMOUNT} and a date unit ({@code Y},
   * {@code M}, {@code W}, {@code D}, or {@code BD} for business days), or {@code PT}, an amount and
   * a time unit ({@code H}, {@code M}). {@link #parse(CharSequence)} accepts exactly the texts it
   * matches; the JSON Schema publishes it.
   */
  public static final String PATTERN =
      "^P(?:(0|[1-9][0-9]{0,5}|1000000)([YMWD]|BD)|T(0|[1-9][0-9]{0,5}|1000000)([HM]))"
          + TextSyntax.END;

  /** Texts that {@link #PATTERN} accepts, for documentation. */
  public static final List<String> EXAMPLES = List.of("PT48H", "P30D", "P12W", "P1M", "P2BD");

  private static final Pattern ISO = Pattern.compile(PATTERN);

  private final long amount;
  private final TimeLimitUnit unit;

  private TimeLimit(long amount, TimeLimitUnit unit) {
    this.amount = amount;
    this.unit = unit;
  }

  /**
   * Creates a time limit.
   *
   * @param amount the amount, from 0 to {@value #MAX_AMOUNT}
   * @param unit the unit as written
   * @return the time limit
   * @throws org.dpa4j.model.DpaModelException when the amount is negative or too large
   */
  public static TimeLimit of(long amount, TimeLimitUnit unit) {
    Objects.requireNonNull(unit, "unit");
    if (amount < 0 || amount > MAX_AMOUNT) {
      throw ModelProblemCode.OUT_OF_RANGE.exception(
          "/amount",
          LocalizedText.of("time limit amount " + amount, "termijnduur " + amount),
          LocalizedText.of("0 to " + MAX_AMOUNT, "0 tot " + MAX_AMOUNT));
    }
    return new TimeLimit(amount, unit);
  }

  /**
   * Hours, as in "binnen 48 uur".
   *
   * @param hours the number of hours
   * @return the time limit
   */
  public static TimeLimit ofHours(long hours) {
    return of(hours, TimeLimitUnit.HOURS);
  }

  /**
   * Days.
   *
   * @param days the number of days
   * @return the time limit
   */
  public static TimeLimit ofDays(long days) {
    return of(days, TimeLimitUnit.DAYS);
  }

  /**
   * Business days, as in "within two business days".
   *
   * @param days the number of business days
   * @return the time limit
   */
  public static TimeLimit ofBusinessDays(long days) {
    return of(days, TimeLimitUnit.BUSINESS_DAYS);
  }

  /**
   * Weeks.
   *
   * @param weeks the number of weeks
   * @return the time limit
   */
  public static TimeLimit ofWeeks(long weeks) {
    return of(weeks, TimeLimitUnit.WEEKS);
  }

  /**
   * Months.
   *
   * @param months the number of months
   * @return the time limit
   */
  public static TimeLimit ofMonths(long months) {
    return of(months, TimeLimitUnit.MONTHS);
  }

  /**
   * Years.
   *
   * @param years the number of years
   * @return the time limit
   */
  public static TimeLimit ofYears(long years) {
    return of(years, TimeLimitUnit.YEARS);
  }

  /**
   * Parses an ISO 8601 duration of one component: {@code PT48H}, {@code PT30M}, {@code P30D},
   * {@code P12W}, {@code P1M}, {@code P2Y}; and {@code P2BD} for business days, our extension.
   *
   * @param text the text
   * @return the time limit
   * @throws org.dpa4j.model.DpaModelException with code {@code model.syntax} for any other text
   */
  public static TimeLimit parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Matcher m = ISO.matcher(text);
    if (!m.matches()) {
      throw ModelProblemCode.SYNTAX.exception(
          "",
          Excerpt.of(text),
          LocalizedText.of("time limit", "termijn"),
          LocalizedText.of(
              "expected an ISO 8601 duration with one component, such as PT48H, P30D, P12W or P1M,"
                  + " or P2BD for business days",
              "verwacht een ISO 8601-duur met één component, zoals PT48H, P30D, P12W of P1M,"
                  + " of P2BD voor werkdagen"));
    }
    if (m.group(1) != null) {
      long amount = Long.parseLong(m.group(1));
      switch (m.group(2)) {
        case "Y":
          return of(amount, TimeLimitUnit.YEARS);
        case "M":
          return of(amount, TimeLimitUnit.MONTHS);
        case "W":
          return of(amount, TimeLimitUnit.WEEKS);
        case "BD":
          return of(amount, TimeLimitUnit.BUSINESS_DAYS);
        default:
          return of(amount, TimeLimitUnit.DAYS);
      }
    }
    long amount = Long.parseLong(m.group(3));
    return of(amount, "H".equals(m.group(4)) ? TimeLimitUnit.HOURS : TimeLimitUnit.MINUTES);
  }

  /**
   * Returns the amount as written.
   *
   * @return the amount
   */
  public long getAmount() {
    return amount;
  }

  /**
   * Returns the unit as written.
   *
   * @return the unit
   */
  public TimeLimitUnit getUnit() {
    return unit;
  }

  /**
   * Returns the nominal length: exact for minutes to weeks, business days as 7/5 of a day, months
   * as 30 days and years as 365 days. Meant for comparing a limit with a threshold, such as 72
   * hours, on average.
   *
   * @return the nominal duration
   */
  public Duration toNominalDuration() {
    return unit.getNominalDuration().multipliedBy(amount);
  }

  /**
   * Returns the longest calendar time the limit can take: exact for minutes to weeks; months as 31
   * days and years as 366 days; for business days the days themselves plus a weekend for every
   * started five and two public holidays in a row (Easter, Christmas): {@code n + 2 * ceil(n / 5) +
   * 2} days, so that "2 business days" may last 6 calendar days (144 hours). Meant for rules that
   * must hold in the worst case, such as the 72 hours of art. 33 GDPR.
   *
   * @return the maximum duration
   */
  public Duration toMaximumDuration() {
    switch (unit) {
      case BUSINESS_DAYS:
        return amount == 0 ? Duration.ZERO : Duration.ofDays(amount + 2 * ((amount + 4) / 5) + 2);
      case MONTHS:
        return Duration.ofDays(31).multipliedBy(amount);
      case YEARS:
        return Duration.ofDays(366).multipliedBy(amount);
      default:
        return toNominalDuration();
    }
  }

  /**
   * Returns the limit in words as the agreement writes it, in English and Dutch: "30 days" and "30
   * dagen", "1 month" and "1 maand", "2 business days" and "2 werkdagen", "72 hours" and "72 uur".
   *
   * @return the text
   */
  public LocalizedText toText() {
    LocalizedText unitLabel = unit.getLabel(amount);
    return LocalizedText.of(
        amount + " " + unitLabel.getEnglish(), amount + " " + unitLabel.getDutch());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TimeLimit
        && amount == ((TimeLimit) other).amount
        && unit == ((TimeLimit) other).unit;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(amount) * 31 + unit.hashCode();
  }

  /** Returns the ISO 8601 text, such as {@code PT48H} or {@code P12W}. */
  @Override
  public String toString() {
    return (unit.isTimePart() ? "PT" : "P") + amount + unit.getDesignator();
  }
}
