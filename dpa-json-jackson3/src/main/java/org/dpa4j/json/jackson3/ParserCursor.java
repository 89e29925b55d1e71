package org.dpa4j.json.jackson3;

import org.dpa4j.json.core.internal.JsonCursor;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** The shared binder's view of a Jackson 3 parser. Allocates nothing per token. */
final class ParserCursor implements JsonCursor {
  /** Our token per Jackson token, by ordinal. */
  private static final Token[] TOKENS = new Token[JsonToken.values().length];

  static {
    for (JsonToken token : JsonToken.values()) {
      TOKENS[token.ordinal()] = token(token);
    }
  }

  private final JsonParser parser;

  ParserCursor(JsonParser parser) {
    this.parser = parser;
  }

  private static Token token(JsonToken token) {
    switch (token) {
      case START_OBJECT:
        return Token.START_OBJECT;
      case END_OBJECT:
        return Token.END_OBJECT;
      case START_ARRAY:
        return Token.START_ARRAY;
      case END_ARRAY:
        return Token.END_ARRAY;
      case PROPERTY_NAME:
        return Token.NAME;
      case VALUE_STRING:
        return Token.STRING;
      case VALUE_NUMBER_INT:
        return Token.INTEGER;
      case VALUE_NUMBER_FLOAT:
        return Token.NUMBER;
      case VALUE_TRUE:
        return Token.TRUE;
      case VALUE_FALSE:
        return Token.FALSE;
      case VALUE_NULL:
        return Token.NULL;
      default:
        return Token.OTHER;
    }
  }

  private static Token of(JsonToken token) {
    return token == null ? null : TOKENS[token.ordinal()];
  }

  @Override
  public Token current() {
    return of(parser.currentToken());
  }

  @Override
  public Token next() {
    return of(parser.nextToken());
  }

  @Override
  public String nextName() {
    return parser.nextName();
  }

  @Override
  public void skipChildren() {
    parser.skipChildren();
  }

  @Override
  public String text() {
    return parser.getString();
  }

  @Override
  public boolean isInt() {
    return parser.getNumberType() == JsonParser.NumberType.INT;
  }

  @Override
  public int intValue() {
    return parser.getIntValue();
  }

  @Override
  public int depth() {
    return parser.streamReadContext().getNestingDepth();
  }

  /** The module binds strictly, as dpa-json's Jackson 2 module does: never an extension. */
  @Override
  public String valueAsJson() {
    throw new UnsupportedOperationException("DpaJackson3Module reads strictly");
  }
}
