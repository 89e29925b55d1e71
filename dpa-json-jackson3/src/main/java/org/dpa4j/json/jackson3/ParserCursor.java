package org.dpa4j.json.jackson3;

import java.io.CharConversionException;
import org.dpa4j.json.core.internal.JsonCursor;
import org.dpa4j.json.core.internal.ReadLimits;
import org.dpa4j.model.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * The shared binder's view of a Jackson 3 parser. Allocates nothing per token. Problems take the
 * parser's line and column (Jackson's: characters for text input, bytes for byte input), and the
 * parser's refusals of the input become problems ({@link #refused}).
 */
final class ParserCursor implements JsonCursor {
  /** Our token per Jackson token, by ordinal. */
  private static final Token[] TOKENS = new Token[JsonToken.values().length];

  static {
    for (JsonToken token : JsonToken.values()) {
      TOKENS[token.ordinal()] = Token.ofJackson(token.name());
    }
  }

  private final JsonParser parser;

  /** The context that holds the value read, for pointers relative to it. */
  private final TokenStreamContext outside;

  /**
   * Creates the view.
   *
   * @param parser the parser, at the first token of the value to read
   */
  ParserCursor(JsonParser parser) {
    this.parser = parser;
    TokenStreamContext context = parser.streamReadContext();
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

  @Override
  public Problem refused(Exception thrown) {
    ReadLimits.Refusal refusal;
    if (thrown instanceof StreamConstraintsException) {
      refusal = ReadLimits.Refusal.LIMIT;
    } else if (thrown instanceof UnexpectedEndOfInputException) {
      refusal = ReadLimits.Refusal.END_OF_INPUT;
    } else if (thrown instanceof JacksonIOException
        && thrown.getCause() instanceof CharConversionException) {
      refusal = ReadLimits.Refusal.ENCODING;
    } else if (thrown instanceof StreamReadException) {
      refusal = ReadLimits.Refusal.OTHER;
    } else {
      return null;
    }
    TokenStreamLocation at = ((JacksonException) thrown).getLocation();
    if (at == null || at.getLineNr() < 1) {
      at = parser.currentLocation();
    }
    TokenStreamContext context = parser.streamReadContext();
    tools.jackson.core.StreamReadConstraints limits = parser.streamReadConstraints();
    return ReadLimits.refused(
        refusal,
        ((JacksonException) thrown).getOriginalMessage(),
        new ReadLimits.Constraints(
            limits.getMaxDocumentLength(),
            limits.getMaxNestingDepth(),
            limits.getMaxStringLength(),
            limits.getMaxNumberLength(),
            limits.getMaxNameLength()),
        context.pathAsPointer().toString(),
        outside == null ? "" : outside.pathAsPointer().toString(),
        context.currentName(),
        at.getLineNr(),
        at.getColumnNr());
  }
}
