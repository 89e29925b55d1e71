package org.dpa4j.model;

import java.util.regex.Pattern;

/**
 * The syntax of the model's texts, each written once as a regular expression that the model's
 * checks compile and the JSON Schema publishes as a {@code pattern}.
 *
 * <p>Every expression here and in the value types' {@code PATTERN} constants is in the common
 * subset of ECMA-262 (the dialect of JSON Schema), {@code java.util.regex} and Python's {@code re}:
 * character classes with {@code \\uXXXX} escapes, non-capturing groups, bounded quantifiers and
 * lookaheads; no {@code \\s}, {@code \\d} or {@code \\w} (whose meaning differs between them), no
 * lookbehind. Anchored expressions are matched whole; {@link #NOT_BLANK} is searched.
 */
public final class TextSyntax {
  /**
   * The white space that {@link String#isBlank()} and {@link String#strip()} skip ({@link
   * Character#isWhitespace(int)}), as the body of a character class.
   */
  public static final String WHITESPACE =
      "\\t-\\r\\u001C-\\u001F \\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000";

  /**
   * The control characters ({@link Character#isISOControl(char)}: C0, DEL and C1), as the body of a
   * character class.
   */
  public static final String CONTROL = "\\u0000-\\u001F\\u007F-\\u009F";

  /**
   * Found in a text that is not blank: one character that is not {@link #WHITESPACE}. Searched, not
   * matched whole.
   */
  public static final String NOT_BLANK = "[^" + WHITESPACE + "]";

  /**
   * The end of the text, for the end of every anchored expression: nothing follows. Not {@code $},
   * which before a final line break matches in Java (also before U+0085, U+2028, U+2029) and in
   * Python; {@code [\\s\\S]} is any character in each dialect, the only use of {@code \\s} here.
   */
  public static final String END = "(?![\\s\\S])";

  /** A BCP 47 language tag in the simple form the model accepts: {@code nl}, {@code en-GB}. */
  public static final String LANGUAGE_TAG = "^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*" + END;

  /**
   * A JSON Pointer (RFC 6901) to a value below the root: {@code /} and one or more non-empty
   * segments, in which {@code ~} is only written as {@code ~0} or {@code ~1}.
   */
  public static final String POINTER = "^(?:/(?:[^/~]|~[01])+)+" + END;

  private static final Pattern NOT_BLANK_PATTERN = Pattern.compile(NOT_BLANK);

  private TextSyntax() {}

  /**
   * Tells whether a text is blank: empty or only {@link #WHITESPACE}, decided by {@link #NOT_BLANK}
   * (the same as {@link String#isBlank()}).
   *
   * @param text the text
   * @return true when blank
   */
  public static boolean isBlank(CharSequence text) {
    return !NOT_BLANK_PATTERN.matcher(text).find();
  }
}
