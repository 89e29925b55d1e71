package org.dpa4j.model;

import java.util.BitSet;
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

  /** One or more non-empty JSON Pointer segments, each after a {@code /}: the pointers' body. */
  private static final String SEGMENTS = "(?:/(?:[^/~]|~[01])+)+";

  /**
   * A JSON Pointer (RFC 6901) to a value below the root: {@code /} and one or more non-empty
   * segments, in which {@code ~} is only written as {@code ~0} or {@code ~1}.
   */
  public static final String POINTER = "^" + SEGMENTS + END;

  /**
   * A JSON Pointer as {@link #POINTER}, or the empty pointer (RFC 6901's pointer to the whole
   * document), as a validation finding about the whole agreement has it.
   */
  public static final String POINTER_OR_ROOT = "^(?:" + SEGMENTS + ")?" + END;

  /**
   * Any JSON Pointer (RFC 6901): empty, or segments each after a {@code /}, empty ones included, in
   * which {@code ~} is only written as {@code ~0} or {@code ~1}; as a reading problem has it, which
   * may point at a property the model does not have.
   */
  public static final String JSON_POINTER = "^(?:/(?:[^/~]|~[01])*)*" + END;

  private static final Pattern NOT_BLANK_PATTERN = Pattern.compile(NOT_BLANK);

  /** The UTF-16 units in {@link #CONTROL}, read from the constant. */
  private static final BitSet CONTROL_UNITS = unitsOf(CONTROL);

  /** The UTF-16 units in {@link #CONTROL} or {@link #WHITESPACE}, read from the constants. */
  private static final BitSet CONTROL_OR_WHITESPACE_UNITS = unitsOf(CONTROL + WHITESPACE);

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

  /**
   * Tells, without a regular expression, whether a text has the shape of a trimmed text: 1 to
   * {@code maxCodePoints} code points, no {@link #CONTROL} character, no {@link #WHITESPACE} at
   * either end. The same answer as the expression {@code ^(?=[^CONTROL]{1,max}END)[^CONTROL
   * WHITESPACE](?:[^CONTROL]*[^CONTROL WHITESPACE])?END} built from these constants (the expression
   * a value type publishes, such as {@link ClauseRef#PATTERN}); a test holds the two together. It
   * exists because the expression, matched for every clause reference of every document read, was a
   * tenth of reading one.
   *
   * @param text the text
   * @param maxCodePoints the most code points allowed
   * @return true when the expression would match the whole text
   */
  static boolean isTrimmedText(String text, int maxCodePoints) {
    int length = text.length();
    if (length == 0
        || CONTROL_OR_WHITESPACE_UNITS.get(text.charAt(0))
        || CONTROL_OR_WHITESPACE_UNITS.get(text.charAt(length - 1))) {
      return false;
    }
    for (int i = 1; i < length - 1; i++) {
      if (CONTROL_UNITS.get(text.charAt(i))) {
        return false;
      }
    }
    // Both sets are within the Basic Multilingual Plane, so checking UTF-16 units is checking code
    // points; only the length counts code points (a surrogate pair is one).
    return length <= maxCodePoints || text.codePointCount(0, length) <= maxCodePoints;
  }

  /**
   * Tells, without a regular expression, whether a text matches {@link #POINTER}: a {@code /} and
   * one or more non-empty segments, {@code ~} only as {@code ~0} or {@code ~1}. A test holds the
   * two together.
   *
   * @param text the text
   * @return true when {@link #POINTER} would match the whole text
   */
  static boolean isPointer(String text) {
    int length = text.length();
    if (length < 2 || text.charAt(0) != '/') {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == '/') {
        if (i + 1 == length || text.charAt(i + 1) == '/') {
          return false;
        }
      } else if (c == '~') {
        if (i + 1 == length || (text.charAt(i + 1) != '0' && text.charAt(i + 1) != '1')) {
          return false;
        }
        i++;
      }
    }
    return true;
  }

  /**
   * The UTF-16 units of a character class body as this class writes them ({@link #CONTROL}, {@link
   * #WHITESPACE}): single characters, {@code \\t}, {@code \\r}, {@code \\n} and {@code \\uXXXX}
   * escapes, and ranges {@code a-b} of those. Read from the constants, so the fast checks cannot
   * drift from the expressions.
   */
  private static BitSet unitsOf(String body) {
    BitSet units = new BitSet(Character.MAX_VALUE + 1);
    int[] position = {0};
    while (position[0] < body.length()) {
      char first = unit(body, position);
      char last = first;
      if (position[0] < body.length() - 1 && body.charAt(position[0]) == '-') {
        position[0]++;
        last = unit(body, position);
      }
      units.set(first, last + 1);
    }
    return units;
  }

  /** Reads one unit of a class body at a position and moves past it. */
  private static char unit(String body, int[] position) {
    int i = position[0];
    char c = body.charAt(i);
    if (c != '\\') {
      position[0] = i + 1;
      return c;
    }
    char escape = body.charAt(i + 1);
    switch (escape) {
      case 'u':
        position[0] = i + 6;
        return (char) Integer.parseInt(body.substring(i + 2, i + 6), 16);
      case 't':
        position[0] = i + 2;
        return '\t';
      case 'r':
        position[0] = i + 2;
        return '\r';
      case 'n':
        position[0] = i + 2;
        return '\n';
      default:
        throw new IllegalStateException("unsupported escape in a class body: \\" + escape);
    }
  }
}
