package org.dpa4j.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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

  static LocalizedText of(JsonParser parser) {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return NULL;
    }
    switch (token) {
      case START_OBJECT:
        return OBJECT;
      case START_ARRAY:
        return ARRAY;
      case VALUE_STRING:
        return STRING;
      case VALUE_NUMBER_INT:
        return INTEGER;
      case VALUE_NUMBER_FLOAT:
        return NUMBER;
      case VALUE_TRUE:
      case VALUE_FALSE:
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
