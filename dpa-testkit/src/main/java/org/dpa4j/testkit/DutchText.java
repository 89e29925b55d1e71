package org.dpa4j.testkit;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds English words in text that should be Dutch: the one word list dpa4j's tests hold every
 * Dutch message, label and report to (the rule catalogue, {@code dpa diff --lang nl}, ...).
 *
 * <pre>{@code
 * assertThat(DutchText.englishWord(message)).as(message).isEmpty();
 * }</pre>
 *
 * <p>Text in double quotes is the agreement's or the law's own and is not checked, nor are a few
 * names that are English in Dutch text too (titles of instruments, authors).
 */
public final class DutchText {
  /**
   * English words that Dutch text must not contain: function words, the labels that leaked before
   * ("ontbreekt: likely consequences", "1 months of fees") and the fixed words of reports ("added",
   * "looser", "true").
   */
  private static final Pattern ENGLISH =
      Pattern.compile(
          "\\b(the|and|or|not|to|with|without|for|by|only|from|are|must|should|may|which"
              + "|missing|month|months|day|days|hours|business|fees|likely|consequences"
              + "|processor|controller|agreement|notice|breach|data|subject|subjects"
              + "|added|removed|changed|appeared|disappeared|looser|stricter|neutral|unknown"
              + "|outside|redacted|true|false|yes|findings|changes|summary|terms|severity"
              + "|deadline|country|countries)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Parts of Dutch text that are names, not English: titles of instruments and authors. */
  private static final List<String> NAMES =
      List.of(
          "Data Privacy Framework",
          "International Data Transfer Agreement",
          "Data Pro Statement",
          "Amaral");

  private DutchText() {}

  /**
   * Returns the first English word in a text meant to be Dutch, outside double quotes and names.
   *
   * @param dutch the text
   * @return the word as it occurs, or empty when the text has none
   */
  public static Optional<String> englishWord(String dutch) {
    String text = dutch;
    for (String name : NAMES) {
      text = text.replace(name, "");
    }
    // Quoted words are the agreement's or the law's own; the rest must be Dutch.
    text = text.replaceAll("\"[^\"]*\"", "");
    Matcher english = ENGLISH.matcher(text);
    return english.find() ? Optional.of(english.group()) : Optional.empty();
  }
}
