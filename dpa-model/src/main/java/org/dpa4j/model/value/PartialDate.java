package org.dpa4j.model.value;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dpa4j.model.Excerpt;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.ModelProblemCode;
import org.dpa4j.model.TextSyntax;

/**
 * A date as precise as the agreement writes it: a year ({@code 2018}), a month ({@code 2023-09} for
 * "September 2023") or a day ({@code 2023-09-15}). The text form is ISO 8601.
 *
 * <p class="nl">Een datum zo nauwkeurig als de overeenkomst hem schrijft: een jaar (2018), een
 * maand (2023-09 voor "september 2023") of een dag (2023-09-15).
 */
public final class PartialDate implements Comparable<PartialDate> {
  /**
   * The text form: {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}, with the calendar in it (no
   * 30 February; 29 February only in leap years of the proleptic Gregorian calendar, year 0000
   * included). {@link #parse(CharSequence)} accepts exactly the texts it matches; the JSON Schema
   * publishes it.
   */
  public static final String PATTERN =
      "^(?:[0-9]{4}(?:-(?:0[1-9]|1[0-2]))?"
          + "|[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
          + "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
          + "|02-(?:0[1-9]|1[0-9]|2[0-8]))"
          + "|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)"
          + TextSyntax.END;

  /** Texts that {@link #PATTERN} accepts, for documentation. */
  public static final List<String> EXAMPLES = List.of("2018", "2023-09", "2023-09-15");

  private static final Pattern ISO = Pattern.compile(PATTERN);

  private final int year;
  private final int month;
  private final int day;

  private PartialDate(int year, int month, int day) {
    if (year < 0 || year > 9999) {
      // The text form has four digits: any other year would be written as text that never
      // parses back.
      throw ModelProblemCode.SYNTAX.exception(
          "",
          Excerpt.of(Integer.toString(year)),
          LocalizedText.of("date", "datum"),
          LocalizedText.of(
              "the year must lie between 0000 and 9999",
              "het jaar moet tussen 0000 en 9999 liggen"));
    }
    this.year = year;
    this.month = month;
    this.day = day;
  }

  /**
   * A year only.
   *
   * @param year the year, 0 to 9999
   * @return the date
   * @throws org.dpa4j.model.DpaModelException for a year outside 0000-9999
   */
  public static PartialDate of(Year year) {
    return new PartialDate(year.getValue(), 0, 0);
  }

  /**
   * A month.
   *
   * @param month the month, in a year from 0 to 9999
   * @return the date
   * @throws org.dpa4j.model.DpaModelException for a year outside 0000-9999
   */
  public static PartialDate of(YearMonth month) {
    return new PartialDate(month.getYear(), month.getMonthValue(), 0);
  }

  /**
   * A day.
   *
   * @param date the day, in a year from 0 to 9999
   * @return the date
   * @throws org.dpa4j.model.DpaModelException for a year outside 0000-9999
   */
  public static PartialDate of(LocalDate date) {
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Parses {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}.
   *
   * @param text the text
   * @return the date
   * @throws org.dpa4j.model.DpaModelException for any other text or an impossible date
   */
  public static PartialDate parse(CharSequence text) {
    if (ISO.matcher(Objects.requireNonNull(text, "text")).matches()) {
      // The pattern holds the calendar: what it matches is a possible date.
      String date = text.toString();
      int y = Integer.parseInt(date.substring(0, 4));
      if (date.length() == 4) {
        return of(Year.of(y));
      }
      int mo = Integer.parseInt(date.substring(5, 7));
      return date.length() == 7
          ? of(YearMonth.of(y, mo))
          : of(LocalDate.of(y, mo, Integer.parseInt(date.substring(8))));
    }
    throw ModelProblemCode.SYNTAX.exception(
        "",
        Excerpt.of(text),
        LocalizedText.of("date", "datum"),
        LocalizedText.of(
            "expected yyyy, yyyy-MM or yyyy-MM-dd", "verwacht jjjj, jjjj-MM of jjjj-MM-dd"));
  }

  /**
   * Returns the year.
   *
   * @return the year
   */
  public Year getYear() {
    return Year.of(year);
  }

  /**
   * Returns the month, when the date is at least that precise.
   *
   * @return the month, or empty for a year only
   */
  public Optional<YearMonth> getYearMonth() {
    return month == 0 ? Optional.empty() : Optional.of(YearMonth.of(year, month));
  }

  /**
   * Returns the day, when the date is that precise.
   *
   * @return the day, or empty
   */
  public Optional<LocalDate> getDate() {
    return day == 0 ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
  }

  /**
   * Returns the date for people, as precise as written: "15 September 2023" and "15 september
   * 2023", "September 2023" and "september 2023", or the year alone. Month names come from the
   * JDK's locale data for English and Dutch; digits are ASCII whatever the default locale.
   *
   * @return the text in English and Dutch
   */
  public LocalizedText toText() {
    return LocalizedText.of(text(Locale.ENGLISH), text(LocalizedText.DUTCH));
  }

  private String text(Locale locale) {
    String yearText = Integer.toString(year);
    if (month == 0) {
      return yearText;
    }
    String monthText = Month.of(month).getDisplayName(TextStyle.FULL, locale) + " " + yearText;
    return day == 0 ? monthText : Integer.toString(day) + " " + monthText;
  }

  /** Orders by the earliest day each date can mean; a less precise date comes first on a tie. */
  @Override
  public int compareTo(PartialDate other) {
    int c = Integer.compare(year, other.year);
    c = c != 0 ? c : Integer.compare(month, other.month);
    return c != 0 ? c : Integer.compare(day, other.day);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PartialDate && compareTo((PartialDate) other) == 0;
  }

  @Override
  public int hashCode() {
    return (year * 13 + month) * 32 + day;
  }

  /**
   * Returns the ISO 8601 text: {@code 2018}, {@code 2023-09} or {@code 2023-09-15}, in ASCII digits
   * whatever the default locale.
   */
  @Override
  public String toString() {
    // Not String.format: it writes the default locale's digits (Persian, Arabic, Thai...).
    StringBuilder out = new StringBuilder(10);
    pad(out, year, 4);
    if (month != 0) {
      pad(out.append('-'), month, 2);
      if (day != 0) {
        pad(out.append('-'), day, 2);
      }
    }
    return out.toString();
  }

  private static void pad(StringBuilder out, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    out.append(digits);
  }
}
