package org.dpa4j.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A short text for people in the two languages dpa4j ships: English and Dutch.
 *
 * <p>Used for enum labels and problem messages. {@link #get(Locale)} returns the Dutch text for any
 * locale whose language is {@code nl} and the English text otherwise.
 */
public final class LocalizedText {
  /** The locale of the Dutch texts ({@code nl}). */
  public static final Locale DUTCH = Locale.forLanguageTag("nl");

  private final String english;
  private final String dutch;

  private LocalizedText(String english, String dutch) {
    this.english = Objects.requireNonNull(english, "english");
    this.dutch = Objects.requireNonNull(dutch, "dutch");
  }

  /**
   * Creates a text from its English and Dutch versions.
   *
   * @param english the English text
   * @param dutch the Dutch text
   * @return the text
   */
  public static LocalizedText of(String english, String dutch) {
    return new LocalizedText(english, dutch);
  }

  /**
   * Returns the English text.
   *
   * @return the English text
   */
  public String getEnglish() {
    return english;
  }

  /**
   * Returns the Dutch text.
   *
   * @return the Dutch text
   */
  public String getDutch() {
    return dutch;
  }

  /**
   * Returns the text for a locale: Dutch for language {@code nl}, English otherwise.
   *
   * @param locale the wanted locale
   * @return the text in that locale, or in English
   */
  public String get(Locale locale) {
    return "nl".equals(locale.getLanguage()) ? dutch : english;
  }

  /**
   * Replaces {@code {0}}, {@code {1}}, ... in both texts by the given arguments.
   *
   * <p>Unlike {@link java.text.MessageFormat} this treats quotes and braces in arguments as plain
   * text, so user input can never change the shape of a message. An argument that is itself a
   * {@code LocalizedText} is put in in the matching language.
   *
   * @param arguments the values to put in
   * @return the filled-in text
   */
  public LocalizedText format(Object... arguments) {
    return new LocalizedText(fill(english, arguments, false), fill(dutch, arguments, true));
  }

  private static String fill(String template, Object[] arguments, boolean dutch) {
    // Copies the text between placeholders in runs, not character by character: validation
    // formats a message for every finding, in both languages.
    StringBuilder out = new StringBuilder(template.length() + 32);
    int from = 0;
    int open;
    while ((open = template.indexOf('{', from)) >= 0) {
      int close = template.indexOf('}', open);
      int index = close > open + 1 && close - open <= 3 ? digits(template, open + 1, close) : -1;
      if (index < 0) {
        out.append(template, from, open + 1);
        from = open + 1;
      } else {
        out.append(template, from, open);
        out.append(index < arguments.length ? render(arguments[index], dutch) : "?");
        from = close + 1;
      }
    }
    return out.append(template, from, template.length()).toString();
  }

  private static String render(Object argument, boolean dutch) {
    if (argument instanceof LocalizedText) {
      LocalizedText text = (LocalizedText) argument;
      return dutch ? text.dutch : text.english;
    }
    return String.valueOf(argument);
  }

  /** Returns the number written in ASCII digits between from and to, or -1. */
  private static int digits(String s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LocalizedText
        && english.equals(((LocalizedText) other).english)
        && dutch.equals(((LocalizedText) other).dutch);
  }

  @Override
  public int hashCode() {
    return Objects.hash(english, dutch);
  }

  /** Returns the English text. */
  @Override
  public String toString() {
    return english;
  }
}
