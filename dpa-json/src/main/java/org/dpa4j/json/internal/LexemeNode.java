package org.dpa4j.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.NumericNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A JSON number that keeps its text as written (its lexeme, already checked by the parser against
 * the JSON grammar): {@code -0.0}, {@code 1e2} and {@code 1.50} stay as they are, where Jackson's
 * own number nodes would print {@code 0.0}, {@code 1E+2} or drop the zero. It prints and serializes
 * as its lexeme, also through a caller's own mapper.
 *
 * <p>The value is worked out only when asked for, from the lexeme: an integer is {@code INT},
 * {@code LONG} or {@code BIG_INTEGER} by its size, as a parser reports it; any other number is
 * {@code BIG_DECIMAL}. A number whose exponent is beyond {@code BigDecimal}'s range (such as {@code
 * 1e9999999999}) is kept and written back, but its value accessors throw {@link
 * NumberFormatException}. Two nodes are equal when their lexemes are: {@code 1e2} is not {@code
 * 100}. Immutable; the value is cached racily, as {@code String.hashCode} is.
 */
final class LexemeNode extends NumericNode {
  private static final long serialVersionUID = 1L;

  private final String lexeme;
  private final boolean integral;
  private transient Number value;

  private LexemeNode(String lexeme, boolean integral) {
    this.lexeme = lexeme;
    this.integral = integral;
  }

  /**
   * Returns the node of the number a parser is at.
   *
   * @param parser a parser at a {@code VALUE_NUMBER_INT} or {@code VALUE_NUMBER_FLOAT}
   * @return the node, with the parser's text of the number
   * @throws IOException when the parser fails
   */
  static LexemeNode of(JsonParser parser) throws IOException {
    return new LexemeNode(parser.getText(), parser.currentToken() == JsonToken.VALUE_NUMBER_INT);
  }

  /**
   * Returns the number as written.
   *
   * @return the lexeme
   */
  String lexeme() {
    return lexeme;
  }

  @Override
  public Number numberValue() {
    Number number = value;
    if (number == null) {
      if (integral) {
        BigInteger big = new BigInteger(lexeme);
        number =
            big.bitLength() < Integer.SIZE
                ? (Number) big.intValue()
                : big.bitLength() < Long.SIZE ? (Number) big.longValue() : big;
      } else {
        number = new BigDecimal(lexeme);
      }
      value = number;
    }
    return number;
  }

  @Override
  public JsonParser.NumberType numberType() {
    Number number = numberValue();
    return number instanceof Integer
        ? JsonParser.NumberType.INT
        : number instanceof Long
            ? JsonParser.NumberType.LONG
            : integral ? JsonParser.NumberType.BIG_INTEGER : JsonParser.NumberType.BIG_DECIMAL;
  }

  @Override
  public JsonToken asToken() {
    return integral ? JsonToken.VALUE_NUMBER_INT : JsonToken.VALUE_NUMBER_FLOAT;
  }

  @Override
  public boolean isIntegralNumber() {
    return integral;
  }

  @Override
  public boolean isFloatingPointNumber() {
    return !integral;
  }

  @Override
  public boolean isInt() {
    return numberType() == JsonParser.NumberType.INT;
  }

  @Override
  public boolean isLong() {
    return numberType() == JsonParser.NumberType.LONG;
  }

  @Override
  public boolean isBigInteger() {
    return numberType() == JsonParser.NumberType.BIG_INTEGER;
  }

  @Override
  public boolean isBigDecimal() {
    return !integral;
  }

  @Override
  public boolean canConvertToInt() {
    return integral ? isInt() : fits(BigDecimal.valueOf(Integer.MIN_VALUE), Integer.MAX_VALUE);
  }

  @Override
  public boolean canConvertToLong() {
    return integral
        ? numberType() != JsonParser.NumberType.BIG_INTEGER
        : fits(BigDecimal.valueOf(Long.MIN_VALUE), Long.MAX_VALUE);
  }

  private boolean fits(BigDecimal min, long max) {
    BigDecimal decimal = decimalValue();
    return decimal.compareTo(min) >= 0 && decimal.compareTo(BigDecimal.valueOf(max)) <= 0;
  }

  @Override
  public short shortValue() {
    return numberValue().shortValue();
  }

  @Override
  public int intValue() {
    return numberValue().intValue();
  }

  @Override
  public long longValue() {
    return numberValue().longValue();
  }

  @Override
  public float floatValue() {
    return numberValue().floatValue();
  }

  @Override
  public double doubleValue() {
    return numberValue().doubleValue();
  }

  @Override
  public BigDecimal decimalValue() {
    Number number = numberValue();
    return number instanceof BigDecimal ? (BigDecimal) number : new BigDecimal(lexeme);
  }

  @Override
  public BigInteger bigIntegerValue() {
    Number number = numberValue();
    return number instanceof BigInteger ? (BigInteger) number : decimalValue().toBigInteger();
  }

  @Override
  public String asText() {
    return lexeme;
  }

  @Override
  public String toString() {
    return lexeme;
  }

  @Override
  public void serialize(JsonGenerator generator, SerializerProvider provider) throws IOException {
    generator.writeNumber(lexeme);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LexemeNode && ((LexemeNode) other).lexeme.equals(lexeme);
  }

  @Override
  public int hashCode() {
    return lexeme.hashCode();
  }
}
