package org.dpa4j.json.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads Jackson 2 trees from a parser, for {@code DpaJson.readTree} (the command's policy files).
 * Extension values read in lenient mode and documents of an earlier schema version are read as
 * dpa-json-core's Jackson-free {@code JsonTree}, as the Jackson 3 module reads them.
 *
 * <p>Numbers keep their text as written: as {@link LexemeNode}s, or as Jackson's {@code IntNode}
 * for an integer in {@code int} range other than {@code -0}, whose text is the same. Reading is
 * iterative, so that a value nested as deep as the parser's limit allows cannot overflow the
 * thread's stack. A key given twice in an object is a {@link DuplicateKey}, thrown at the repeated
 * name.
 */
final class TreeReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private TreeReader() {}

  /** A key occurs twice in one object; the parser is at the repeated name. */
  static final class DuplicateKey extends JsonParseException {
    private static final long serialVersionUID = 1L;

    /** The repeated key. */
    private final String name;

    DuplicateKey(JsonParser parser, String name) {
      super(parser, "duplicate key");
      this.name = name;
    }

    /**
     * Returns the repeated key.
     *
     * @return the key
     */
    String name() {
      return name;
    }
  }

  /**
   * Reads the value the parser is at.
   *
   * @param parser the parser, at the value's first token; afterwards at its last
   * @return the tree
   * @throws IOException when the input is not well-formed JSON, or a key occurs twice ({@link
   *     DuplicateKey})
   */
  static JsonNode read(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == null || !token.isStructStart()) {
      return scalar(parser, token);
    }
    ContainerNode<?> root = container(token);
    Deque<ContainerNode<?>> open = new ArrayDeque<>();
    open.push(root);
    String name = null;
    while (!open.isEmpty()) {
      token = parser.nextToken();
      if (token == null) {
        throw new JsonParseException(parser, "unexpected end of input");
      }
      ContainerNode<?> top = open.peek();
      switch (token) {
        case FIELD_NAME:
          name = parser.currentName();
          if (((ObjectNode) top).has(name)) {
            throw new DuplicateKey(parser, name);
          }
          break;
        case END_OBJECT:
        case END_ARRAY:
          open.pop();
          break;
        default:
          JsonNode node = token.isStructStart() ? container(token) : scalar(parser, token);
          if (top instanceof ObjectNode) {
            ((ObjectNode) top).set(name, node);
          } else {
            ((ArrayNode) top).add(node);
          }
          if (token.isStructStart()) {
            open.push((ContainerNode<?>) node);
          }
      }
    }
    return root;
  }

  private static ContainerNode<?> container(JsonToken token) {
    return token == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
  }

  private static JsonNode scalar(JsonParser parser, JsonToken token) throws IOException {
    if (token != null) {
      switch (token) {
        case VALUE_STRING:
          return TextNode.valueOf(parser.getText());
        case VALUE_NUMBER_INT:
          // An int's lexeme is its Java text (JSON allows no leading zeros or plus signs), except
          // -0: Jackson's node keeps the others exactly and costs nothing for small values.
          if (parser.getNumberType() == JsonParser.NumberType.INT
              && (parser.getIntValue() != 0 || parser.getTextLength() == 1)) {
            return IntNode.valueOf(parser.getIntValue());
          }
          return LexemeNode.of(parser);
        case VALUE_NUMBER_FLOAT:
          return LexemeNode.of(parser);
        case VALUE_TRUE:
          return BooleanNode.TRUE;
        case VALUE_FALSE:
          return BooleanNode.FALSE;
        case VALUE_NULL:
          return NullNode.getInstance();
        default:
          break;
      }
    }
    throw new JsonParseException(parser, "not a JSON value: " + token);
  }
}
