package org.dpa4j.json.core.internal;

import org.dpa4j.json.core.internal.JsonCursor.Token;
import org.dpa4j.model.LocalizedText;

/**
 * Names of JSON types in messages, in English and Dutch: what a problem says it expected and what
 * it found. The one list for every reader of dpa4j (agreements, policies).
 */
public final class JsonTypes {
  /** A JSON object. */
  public static final LocalizedText OBJECT = LocalizedText.of("an object", "een object");

  /** A JSON array. */
  public static final LocalizedText ARRAY = LocalizedText.of("an array", "een lijst");

  /** A JSON string. */
  public static final LocalizedText STRING = LocalizedText.of("a string", "een tekst");

  /** A JSON number without fraction or exponent. */
  public static final LocalizedText INTEGER = LocalizedText.of("an integer", "een geheel getal");

  /** Any other JSON number. */
  public static final LocalizedText NUMBER = LocalizedText.of("a number", "een getal");

  /** {@code true} or {@code false}. */
  public static final LocalizedText BOOLEAN = LocalizedText.of("true or false", "true of false");

  /** {@code null}. */
  public static final LocalizedText NULL = LocalizedText.of("null", "null");

  private JsonTypes() {}

  /**
   * Names the JSON type of a token.
   *
   * @param token a value's first token, or null
   * @return the name; {@link #NULL} for null
   */
  public static LocalizedText of(Token token) {
    if (token == null) {
      return NULL;
    }
    switch (token) {
      case START_OBJECT:
        return OBJECT;
      case START_ARRAY:
        return ARRAY;
      case STRING:
        return STRING;
      case INTEGER:
        return INTEGER;
      case NUMBER:
        return NUMBER;
      case TRUE:
      case FALSE:
        return BOOLEAN;
      default:
        return NULL;
    }
  }

  static LocalizedText expected(ValueType type) {
    switch (type.getKind()) {
      case BOOLEAN:
        return BOOLEAN;
      case INTEGER:
        return INTEGER;
      case OBJECT:
        return OBJECT;
      default:
        return STRING;
    }
  }
}
