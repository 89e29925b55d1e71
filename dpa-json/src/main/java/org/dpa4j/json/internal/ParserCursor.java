package org.dpa4j.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.CharConversionException;
import java.io.IOException;
import org.dpa4j.json.core.internal.JsonCursor;
import org.dpa4j.json.core.internal.ReadLimits;
import org.dpa4j.model.Problem;

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

  /** The context that holds the value read, for pointers relative to it; null unless located. */
  private final JsonStreamContext outside;

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
   * @param parser the parser, at the first token of the value to read
   * @param located true for a caller's own mapper: problems take the parser's line and column
   *     (Jackson's: characters for text input, bytes for byte input), and the parser's refusals of
   *     the input become problems ({@link #refused})
   */
  public ParserCursor(JsonParser parser, boolean located) {
    this.parser = parser;
    this.located = located;
    JsonStreamContext context = located ? parser.getParsingContext() : null;
    this.outside =
        context != null
                && (parser.isExpectedStartObjectToken() || parser.isExpectedStartArrayToken())
            ? context.getParent()
            : context;
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

  @Override
  public Problem refused(Exception thrown) {
    ReadLimits.Refusal refusal;
    if (!located) {
      return null;
    } else if (thrown instanceof StreamConstraintsException) {
      refusal = ReadLimits.Refusal.LIMIT;
    } else if (thrown instanceof JsonEOFException) {
      refusal = ReadLimits.Refusal.END_OF_INPUT;
    } else if (thrown instanceof CharConversionException) {
      refusal = ReadLimits.Refusal.ENCODING;
    } else if (thrown instanceof StreamReadException) {
      refusal = ReadLimits.Refusal.OTHER;
    } else {
      return null;
    }
    JsonLocation at =
        thrown instanceof JsonProcessingException
            ? ((JsonProcessingException) thrown).getLocation()
            : null;
    if (at == null || at.getLineNr() < 1) {
      at = parser.currentLocation();
    }
    JsonStreamContext context = parser.getParsingContext();
    com.fasterxml.jackson.core.StreamReadConstraints limits = parser.streamReadConstraints();
    return ReadLimits.refused(
        refusal,
        thrown instanceof JsonProcessingException
            ? ((JsonProcessingException) thrown).getOriginalMessage()
            : thrown.getMessage(),
        new ReadLimits.Constraints(
            limits.getMaxDocumentLength(),
            limits.getMaxNestingDepth(),
            limits.getMaxStringLength(),
            limits.getMaxNumberLength(),
            limits.getMaxNameLength()),
        context.pathAsPointer().toString(),
        outside == null ? "" : outside.pathAsPointer().toString(),
        context.getCurrentName(),
        at.getLineNr(),
        at.getColumnNr());
  }
}
