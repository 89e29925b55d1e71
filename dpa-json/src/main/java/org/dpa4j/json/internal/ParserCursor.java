package org.dpa4j.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
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
      TOKENS[token.ordinal()] = Token.ofJackson(token.name());
    }
  }

  private final JsonParser parser;
  private final boolean located;

  /**
   * Creates the view for {@code DpaJson}, whose problems are located afterwards, in code points.
   *
   * @param parser the parser
   */
  public ParserCursor(JsonParser parser) {
    this(parser, false);
  }

  /**
   * Creates the view.
   *
   * @param parser the parser
   * @param located true when problems found while reading take the parser's line and column (a
   *     caller's own mapper)
   */
  public ParserCursor(JsonParser parser, boolean located) {
    this.parser = parser;
    this.located = located;
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
  public long[] location() {
    if (!located) {
      return null;
    }
    JsonLocation at = parser.currentTokenLocation();
    return new long[] {at.getLineNr(), at.getColumnNr()};
  }
}
