package org.dpa4j.json.core.internal;

import org.dpa4j.json.core.internal.JsonCursor.Token;
import org.dpa4j.model.LocalizedText;

/** Names of JSON types in messages, in English and Dutch. */
final class JsonTypes {
  static final LocalizedText OBJECT = LocalizedText.of("an object", "een object");
  static final LocalizedText ARRAY = LocalizedText.of("an array", "een lijst");
  static final LocalizedText STRING = LocalizedText.of("a string", "een tekst");
  static final LocalizedText INTEGER = LocalizedText.of("an integer", "een geheel getal");
  static final LocalizedText NUMBER = LocalizedText.of("a number", "een getal");
  static final LocalizedText BOOLEAN = LocalizedText.of("true or false", "true of false");
  static final LocalizedText NULL = LocalizedText.of("null", "null");

  private JsonTypes() {}

  static LocalizedText of(Token token) {
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
