package org.dpa4j.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.dpa4j.json.core.internal.JsonCursor;

/** The shared binder's view of a Jackson 2 parser. Allocates nothing per token. */
public final class ParserCursor implements JsonCursor {
  /** Our token per Jackson token, by ordinal. */
  private static final Token[] TOKENS = new Token[JsonToken.values().length];

  static {
    for (JsonToken token : JsonToken.values()) {
      TOKENS[token.ordinal()] = token(token);
    }
  }

  private final JsonParser parser;

  /**
   * Creates the view.
   *
   * @param parser the parser
   */
  public ParserCursor(JsonParser parser) {
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
      case FIELD_NAME:
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
  public Token next() throws IOException {
    return of(parser.nextToken());
  }

  @Override
  public String nextName() throws IOException {
    return parser.nextFieldName();
  }

  @Override
  public void skipChildren() throws IOException {
    parser.skipChildren();
  }

  @Override
  public String text() throws IOException {
    return parser.getText();
  }

  @Override
  public boolean isInt() throws IOException {
    return parser.getNumberType() == JsonParser.NumberType.INT;
  }

  @Override
  public int intValue() throws IOException {
    return parser.getIntValue();
  }

  @Override
  public int depth() {
    return parser.getParsingContext().getNestingDepth();
  }

  @Override
  public String valueAsJson() throws IOException {
    return CanonicalText.compact().write(TreeReader.read(parser));
  }
}
