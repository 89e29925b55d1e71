package org.dpa4j.json.core.internal;

import org.dpa4j.json.core.JsonProblemCode;
import org.dpa4j.model.Excerpt;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.Problem;

/**
 * The reading limits of the format, in one place: {@code DpaJsonOptions}' defaults and what both
 * Jackson modules apply to what they read (so that what a module reads, {@code DpaJson} and the
 * modules can write), with the names of the limits for messages and the problem a parser's refusal
 * becomes.
 */
public final class ReadLimits {
  /** The largest document, in bytes (or characters for text input): 4 MiB. */
  public static final int MAX_DOCUMENT_LENGTH = 4 * 1024 * 1024;

  /** The deepest nesting of objects and arrays, the outermost object counted as 1. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The longest string value, in characters (UTF-16 units). */
  public static final int MAX_STRING_LENGTH = 256 * 1024;

  /** The longest number, in characters. */
  public static final int MAX_NUMBER_LENGTH = 20;

  /** The longest property name, in characters (UTF-16 units). */
  public static final int MAX_NAME_LENGTH = 200;

  /** Malformed JSON: the input ends inside a value. */
  public static final LocalizedText UNEXPECTED_END =
      LocalizedText.of("unexpected end of input", "onverwacht einde van de invoer");

  /** Malformed JSON: a character that cannot come where it is. */
  public static final LocalizedText UNEXPECTED_CHARACTER =
      LocalizedText.of("unexpected character", "onverwacht teken");

  private ReadLimits() {}

  /** The limits a parser enforces, each with its name for messages. */
  public enum Kind {
    /** The length of the whole document. */
    DOCUMENT(MAX_DOCUMENT_LENGTH, "the document length", "de lengte van het document"),
    /** The nesting of objects and arrays. */
    DEPTH(MAX_NESTING_DEPTH, "the nesting depth", "de nestingsdiepte"),
    /** The length of a string. */
    STRING(MAX_STRING_LENGTH, "the length of a string", "de lengte van een tekst"),
    /** The length of a number. */
    NUMBER(MAX_NUMBER_LENGTH, "the length of a number", "de lengte van een getal"),
    /** The length of a property name. */
    NAME(MAX_NAME_LENGTH, "the length of a property name", "de lengte van een eigenschapsnaam");

    private final int max;
    private final LocalizedText what;

    Kind(int max, String english, String dutch) {
      this.max = max;
      this.what = LocalizedText.of(english, dutch);
    }

    /**
     * Returns the format's default limit.
     *
     * @return the limit
     */
    public int max() {
      return max;
    }

    /**
     * Returns the problem of a value beyond a limit.
     *
     * @param pointer where
     * @param limit the limit that was exceeded
     * @return {@code json.limit_exceeded}, naming this limit
     */
    public Problem at(String pointer, int limit) {
      return JsonProblemCode.LIMIT_EXCEEDED.at(pointer, what, limit);
    }

    /**
     * Tells which limit a Jackson {@code StreamConstraintsException}'s message is about (Jackson 2
     * and 3 word them alike).
     *
     * @param message the exception's message
     * @return the limit; {@link #DOCUMENT} when the message names no other
     */
    public static Kind of(String message) {
      String raw = message.toLowerCase(java.util.Locale.ROOT);
      if (raw.contains("nesting depth")) {
        return DEPTH;
      }
      if (raw.contains("number value length")) {
        return NUMBER;
      }
      if (raw.contains("name length")) {
        return NAME;
      }
      if (raw.contains("string value length")) {
        return STRING;
      }
      return DOCUMENT;
    }
  }

  /** The limits of a caller's parser, as its {@code StreamReadConstraints} state them. */
  public static final class Constraints {
    private final long document;
    private final int depth;
    private final int string;
    private final int number;
    private final int name;

    /**
     * Takes the limits.
     *
     * @param document the longest document, in bytes or characters
     * @param depth the deepest nesting
     * @param string the longest string
     * @param number the longest number
     * @param name the longest property name
     */
    public Constraints(long document, int depth, int string, int number, int name) {
      this.document = document;
      this.depth = depth;
      this.string = string;
      this.number = number;
      this.name = name;
    }

    int of(Kind kind) {
      switch (kind) {
        case DEPTH:
          return depth;
        case STRING:
          return string;
        case NUMBER:
          return number;
        case NAME:
          return name;
        default:
          return (int) Math.min(Integer.MAX_VALUE, document);
      }
    }
  }

  /** What a parser refused, as the adapter of each Jackson tells it. */
  public enum Refusal {
    /** A limit of the parser's {@code StreamReadConstraints}. */
    LIMIT,
    /** The input ends inside a value. */
    END_OF_INPUT,
    /** Bytes that are not in the input's encoding. */
    ENCODING,
    /** Anything else: malformed JSON, bad encoding, a duplicate key the parser detects. */
    OTHER
  }

  /**
   * Turns a Jackson parser's refusal of the input inside a module's value into a problem, never
   * passing Jackson's message on: {@code json.limit_exceeded} (with the parser's own limit), {@code
   * json.syntax}, {@code json.invalid_encoding} or {@code json.duplicate_key} (from the user's
   * {@code STRICT_DUPLICATE_DETECTION}).
   *
   * @param refusal what kind of exception
   * @param message the exception's original message
   * @param limits the parser's limits, for the message of {@link Refusal#LIMIT}
   * @param pointer the pointer of the value where the parser stopped, from the parser's root
   * @param outside the pointer of the value read, from the parser's root: the problem's pointer is
   *     relative to it
   * @param name the property name the parser was at, or null
   * @param line the line, from 1; 0 when unknown
   * @param column the column, from 1; 0 when unknown
   * @return the problem
   */
  public static Problem refused(
      Refusal refusal,
      String message,
      Constraints limits,
      String pointer,
      String outside,
      String name,
      long line,
      long column) {
    String raw = String.valueOf(message);
    if (pointer.startsWith(outside)) {
      pointer = pointer.substring(outside.length());
    }
    Problem problem;
    if (refusal == Refusal.LIMIT) {
      Kind kind = Kind.of(raw);
      problem = kind.at(kind == Kind.NAME ? Pointers.parent(pointer) : pointer, limits.of(kind));
    } else if (refusal == Refusal.END_OF_INPUT) {
      problem = JsonProblemCode.SYNTAX.at(pointer, UNEXPECTED_END);
    } else if (raw.startsWith("Duplicate") && name != null) {
      problem = JsonProblemCode.DUPLICATE_KEY.at(pointer, Excerpt.of(name));
    } else if (refusal == Refusal.ENCODING
        || raw.contains("Invalid UTF-8")
        || raw.contains("Invalid UTF8")) {
      problem = JsonProblemCode.INVALID_ENCODING.at(pointer);
    } else {
      problem = JsonProblemCode.SYNTAX.at(pointer, UNEXPECTED_CHARACTER);
    }
    return line > 0 ? problem.atLocation(line, Math.max(1, column)) : problem;
  }

  /**
   * Returns the index of the first unpaired surrogate in a string, which no UTF-8 can carry: what a
   * lenient decoder makes of some ill-formed bytes.
   *
   * @param text the string
   * @return the index, or -1
   */
  public static int firstLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * Checks a string a module's binder takes: its length and that it has no unpaired surrogate.
   *
   * @param text the string
   * @param pointer where it is
   * @param kind {@link Kind#STRING} for a value, {@link Kind#NAME} for a property name (whose
   *     length problem is at its object)
   * @return the problem, or null when the string is good
   */
  public static Problem checkString(String text, String pointer, Kind kind) {
    if (text.length() > kind.max()) {
      return kind.at(kind == Kind.NAME ? Pointers.parent(pointer) : pointer, kind.max());
    }
    if (firstLoneSurrogate(text) >= 0) {
      return JsonProblemCode.INVALID_ENCODING.at(pointer);
    }
    return null;
  }
}
