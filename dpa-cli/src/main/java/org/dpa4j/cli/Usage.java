package org.dpa4j.cli;

import java.util.Locale;
import org.dpa4j.model.LocalizedText;

/**
 * Thrown for bad command-line usage: the command exits with 64 and prints the message, in the
 * language {@code --lang} asks for.
 */
final class Usage extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The message in English and Dutch; a {@code LocalizedText} is not serializable. */
  private final String english;

  private final String dutch;

  Usage(String english, String dutch) {
    super(english);
    this.english = english;
    this.dutch = dutch;
  }

  /** The message in a locale: Dutch for {@code nl}, English otherwise. */
  String getMessage(Locale locale) {
    return LocalizedText.of(english, dutch).get(locale);
  }
}
