package org.dpa4j.json.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** The cursor reads a value as compact JSON with each number as written, as dpa-json's does. */
class ParserCursorTest {
  @Test
  void aValueIsReadAsCompactJsonWithNumbersAsWritten() throws Exception {
    String json =
        "{\"x\": [1, -0.5e1, -0.0, 1E+2, {\"y\": true, \"z\": null}, \"a\\\"b\"], \"after\": 2}";
    try (JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), json)) {
      parser.nextToken();
      parser.nextToken();
      assertThat(parser.nextToken()).isEqualTo(JsonToken.START_ARRAY);
      ParserCursor cursor = new ParserCursor(parser);
      assertThat(cursor.valueAsJson())
          .isEqualTo("[1,-0.5e1,-0.0,1E+2,{\"y\":true,\"z\":null},\"a\\\"b\"]");
      // The parser is left at the value's last token: the next property follows.
      assertThat(parser.nextToken()).isEqualTo(JsonToken.PROPERTY_NAME);
      assertThat(parser.currentName()).isEqualTo("after");
    }
  }

  @Test
  void aScalarIsReadAsItself() throws Exception {
    try (JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), "1.50")) {
      parser.nextToken();
      assertThat(new ParserCursor(parser).valueAsJson()).isEqualTo("1.50");
    }
  }
}
