package org.dpa4j.json.jackson3;

import org.dpa4j.json.core.internal.JsonCursor;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/** The shared binder's view of a Jackson 3 parser. Allocates nothing per token. */
final class ParserCursor implements JsonCursor {
  /** Our token per Jackson token, by ordinal. */
  private static final Token[] TOKENS = new Token[JsonToken.values().length];

  static {
    for (JsonToken token : JsonToken.values()) {
      TOKENS[token.ordinal()] = Token.ofJackson(token.name());
    }
  }

  private final JsonParser parser;

  ParserCursor(JsonParser parser) {
    this.parser = parser;
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

  @Override
  public long[] location() {
    TokenStreamLocation at = parser.currentTokenLocation();
    return new long[] {at.getLineNr(), at.getColumnNr()};
  }
}
