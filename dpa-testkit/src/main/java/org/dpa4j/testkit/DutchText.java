package org.dpa4j.testkit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds English left in a text meant to be Dutch: a message, a rule's requirement or a schema
 * description. One word list serves every test that checks Dutch text, so a word that leaked once
 * is caught everywhere.
 */
public final class DutchText {
  /**
   * English words that Dutch text must not contain: function words and the labels that leaked
   * before ("ontbreekt: likely consequences", "1 months of fees"). Words that are also Dutch ("is",
   * "over", "door") are not in it; "data" is, though it is the Dutch plural of "datum": Dutch text
   * here writes "datums" for dates, so "data" in it is the English word.
   */
  private static final Pattern ENGLISH =
      Pattern.compile(
          "\\b(the|and|or|not|to|with|without|for|by|only|from|are|must|should|may|which"
              + "|missing|month|months|day|days|hours|business|fees|likely|consequences"
              + "|processor|controller|agreement|notice|breach|data|subject|subjects"
              + "|added|removed|changed|appeared|disappeared|looser|stricter|neutral|unknown"
              + "|outside|redacted|yes|findings|changes|summary|terms|severity"
              + "|deadline|country|countries)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Parts of Dutch text that are names, not English: titles of instruments and authors. */
  private static final List<String> NAMES =
      List.of(
          "Data Privacy Framework",
          "International Data Transfer Agreement",
          "Data Pro Statement",
          "Amaral");

  /** A quoted passage: the agreement's or the law's own words, in whatever language. */
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");

  /**
   * A JSON Pointer such as {@code /breachNotification/deadline}: an identifier of the JSON form
   * that a message names, the same in every language.
   */
  private static final Pattern POINTER = Pattern.compile("(?<![\\w/])(?:/[A-Za-z0-9_~]+)+");

  private DutchText() {}

  /**
   * Returns the first English word in a text meant to be Dutch. Names of instruments (such as "Data
   * Privacy Framework"), passages in double quotes (an agreement's or the law's own words) and JSON
   * Pointers are skipped.
   *
   * @param dutch the text
   * @return the first English word as written, or empty when there is none
   * @throws NullPointerException when the text is null
   */
  public static Optional<String> englishWord(String dutch) {
    String text = Objects.requireNonNull(dutch, "dutch");
    for (String name : NAMES) {
      text = text.replace(name, "");
    }
    text = QUOTED.matcher(text).replaceAll("");
    Matcher english = ENGLISH.matcher(POINTER.matcher(text).replaceAll(""));
    return english.find() ? Optional.of(english.group()) : Optional.empty();
  }
}
