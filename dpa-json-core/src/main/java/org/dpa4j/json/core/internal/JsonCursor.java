package org.dpa4j.json.core.internal;

import java.io.IOException;

/**
 * What the {@link Binder} reads from: a JSON token stream, as each Jackson module's parser gives
 * it. An adapter is a few lines over the parser and allocates nothing per token; every method may
 * throw what the parser throws for malformed input.
 */
public interface JsonCursor {
  /** The kinds of token the binder tells apart. */
  enum Token {
    /** The start of an object. */
    START_OBJECT,
    /** The end of an object. */
    END_OBJECT,
    /** The start of an array. */
    START_ARRAY,
    /** The end of an array. */
    END_ARRAY,
    /** A property name. */
    NAME,
    /** A string value. */
    STRING,
    /** A number without fraction or exponent. */
    INTEGER,
    /** A number with a fraction or an exponent. */
    NUMBER,
    /** {@code true}. */
    TRUE,
    /** {@code false}. */
    FALSE,
    /** {@code null}. */
    NULL,
    /** Anything else the parser may give (an embedded object), never in JSON text. */
    OTHER;

    /**
     * Returns the token for the name of a Jackson 2 or Jackson 3 {@code JsonToken}, for an
     * adapter's table: their names differ only for property names ({@code FIELD_NAME}, {@code
     * PROPERTY_NAME}) and say the rest alike.
     *
     * @param jacksonName the name of the Jackson constant
     * @return the token; {@link #OTHER} for one the binder does not tell apart
     */
    public static Token ofJackson(String jacksonName) {
      switch (jacksonName) {
        case "START_OBJECT":
          return START_OBJECT;
        case "END_OBJECT":
          return END_OBJECT;
        case "START_ARRAY":
          return START_ARRAY;
        case "END_ARRAY":
          return END_ARRAY;
        case "FIELD_NAME":
        case "PROPERTY_NAME":
          return NAME;
        case "VALUE_STRING":
          return STRING;
        case "VALUE_NUMBER_INT":
          return INTEGER;
        case "VALUE_NUMBER_FLOAT":
          return NUMBER;
        case "VALUE_TRUE":
          return TRUE;
        case "VALUE_FALSE":
          return FALSE;
        case "VALUE_NULL":
          return NULL;
        default:
          return OTHER;
      }
    }
  }

  /**
   * Returns the current token.
   *
   * @return the token, or {@code null} before the first and after the last
   */
  Token current();

  /**
   * Moves to the next token.
   *
   * @return the token, or {@code null} at the end of the input
   * @throws IOException when the input is malformed
   */
  Token next() throws IOException;

  /**
   * Moves to the next token and returns it as a property name.
   *
   * @return the name, or {@code null} when the next token is not a name (the end of the object)
   * @throws IOException when the input is malformed
   */
  String nextName() throws IOException;

  /**
   * At the start of an object or array, moves to its end; elsewhere does nothing.
   *
   * @throws IOException when the input is malformed
   */
  void skipChildren() throws IOException;

  /**
   * Returns the current string value, or a number as written.
   *
   * @return the text
   * @throws IOException when the input is malformed
   */
  String text() throws IOException;

  /**
   * Tells whether the current integer fits an {@code int}.
   *
   * @return true when it does
   * @throws IOException when the input is malformed
   */
  boolean isInt() throws IOException;

  /**
   * Returns the current integer, for {@link #isInt()}.
   *
   * @return the value
   * @throws IOException when the input is malformed
   */
  int intValue() throws IOException;

  /**
   * Returns how many objects and arrays enclose the current token (the first token of an object
   * counts its own); 0 at the top level.
   *
   * @return the depth
   */
  int depth();

  /**
   * Reads the current value as compact JSON with every number as written, for an extension value in
   * lenient mode: the same text through every cursor ({@link JsonTree#compact}).
   *
   * @return the JSON text
   * @throws IOException when the input is malformed
   * @throws JsonTree.DuplicateKey when a key occurs twice in an object at any depth; the value has
   *     been read to its last token
   */
  default String valueAsJson() throws IOException {
    return JsonTree.compact(JsonTree.read(this));
  }

  /**
   * Returns the line and column (from 1) of the current token, for problems found in a caller's own
   * parser; a cursor whose problems are located afterwards (as {@code DpaJson}'s are, in code
   * points) returns null. The binder asks only when it reports a problem (and, for a module's
   * cursor, once per object), so reading good input pays nothing for it. Through a Jackson module
   * these are Jackson's line and column: the column counts characters for text input and bytes for
   * byte input.
   *
   * @return {@code {line, column}}, or null
   */
  default long[] location() {
    return null;
  }

  /**
   * Turns what this cursor's parser threw into a problem when it is the parser refusing the input
   * (malformed JSON, bad encoding, a limit of the caller's mapper, a duplicate key the caller's
   * parser detects), for a module's cursor; see {@link ReadLimits#refused}.
   *
   * @param thrown what a method of this cursor threw
   * @return the problem, with a pointer relative to the value read and a location; null when the
   *     exception is not such a refusal or this cursor's caller reports refusals itself (as {@code
   *     DpaJson} does)
   */
  default org.dpa4j.model.Problem refused(Exception thrown) {
    return null;
  }
}
