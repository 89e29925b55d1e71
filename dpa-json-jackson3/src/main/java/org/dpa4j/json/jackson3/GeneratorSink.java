package org.dpa4j.json.jackson3;

import java.util.List;
import org.dpa4j.json.core.internal.JsonSink;
import org.dpa4j.json.core.internal.ProblemsException;
import org.dpa4j.json.core.internal.ReadLimits;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/** The shared model writer's view of a Jackson 3 generator. */
final class GeneratorSink implements JsonSink {
  /**
   * Reads extension values: a key given twice is an error, as in dpa-json's trees, and the limits
   * are the format's ({@link ReadLimits}), as dpa-json's writer applies them.
   */
  private static final JsonFactory EXTENSIONS =
      JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(ReadLimits.MAX_NESTING_DEPTH)
                  .maxStringLength(ReadLimits.MAX_STRING_LENGTH)
                  .maxNumberLength(ReadLimits.MAX_NUMBER_LENGTH)
                  .maxNameLength(ReadLimits.MAX_NAME_LENGTH)
                  .build())
          .build();

  private final JsonGenerator gen;

  GeneratorSink(JsonGenerator gen) {
    this.gen = gen;
  }

  @Override
  public void startObject() {
    gen.writeStartObject();
  }

  @Override
  public void name(String name) {
    gen.writeName(name);
  }

  @Override
  public void endObject() {
    gen.writeEndObject();
  }

  @Override
  public void startArray(int size) {
    gen.writeStartArray(null, size);
  }

  @Override
  public void endArray() {
    gen.writeEndArray();
  }

  @Override
  public void string(String value) {
    gen.writeString(value);
  }

  @Override
  public void integer(int value) {
    gen.writeNumber(value);
  }

  @Override
  public void bool(boolean value) {
    gen.writeBoolean(value);
  }

  /**
   * Checks the text is one JSON value within the format's limits (beyond one it is a {@link
   * ProblemsException} naming the limit) before writing anything, then copies it token by token
   * with each number as written ({@code -0.0}, {@code 1e2} stay so).
   */
  @Override
  public void json(String json) {
    try (JsonParser parser = EXTENSIONS.createParser(ObjectReadContext.empty(), json)) {
      if (parser.nextToken() == null) {
        throw new IllegalArgumentException("no JSON value");
      }
      try {
        parser.skipChildren();
      } catch (StreamConstraintsException e) {
        throw new ProblemsException(
            List.of(
                ReadLimits.refused(
                    ReadLimits.Refusal.LIMIT,
                    e.getOriginalMessage(),
                    new ReadLimits.Constraints(
                        ReadLimits.MAX_DOCUMENT_LENGTH,
                        ReadLimits.MAX_NESTING_DEPTH,
                        ReadLimits.MAX_STRING_LENGTH,
                        ReadLimits.MAX_NUMBER_LENGTH,
                        ReadLimits.MAX_NAME_LENGTH),
                    parser.streamReadContext().pathAsPointer().toString(),
                    "",
                    null,
                    0,
                    0)));
      }
      if (parser.nextToken() != null) {
        throw new IllegalArgumentException("more than one JSON value");
      }
    }
    try (JsonParser parser = EXTENSIONS.createParser(ObjectReadContext.empty(), json)) {
      parser.nextToken();
      copyValue(parser, gen);
    }
  }

  /**
   * Copies the value at a parser's current token, token by token, each number as written ({@code
   * -0.0}, {@code 1e2} stay so); leaves the parser at the value's last token.
   *
   * @param parser a parser at the first token of a value
   * @param gen where the value goes
   */
  static void copyValue(JsonParser parser, JsonGenerator gen) {
    int depth = 0;
    JsonToken token = parser.currentToken();
    while (true) {
      switch (token) {
        case START_OBJECT:
          gen.writeStartObject();
          depth++;
          break;
        case END_OBJECT:
          gen.writeEndObject();
          depth--;
          break;
        case START_ARRAY:
          gen.writeStartArray();
          depth++;
          break;
        case END_ARRAY:
          gen.writeEndArray();
          depth--;
          break;
        case PROPERTY_NAME:
          gen.writeName(parser.currentName());
          break;
        case VALUE_STRING:
          gen.writeString(parser.getString());
          break;
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          gen.writeNumber(parser.getString());
          break;
        case VALUE_TRUE:
        case VALUE_FALSE:
          gen.writeBoolean(token == JsonToken.VALUE_TRUE);
          break;
        default:
          gen.writeNull();
      }
      if (depth == 0) {
        return;
      }
      token = parser.nextToken();
    }
  }
}
