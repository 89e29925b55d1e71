package org.dpa4j.json.core.internal;

import java.io.IOException;
import java.util.Map;

/**
 * The layer an agreement's tokens pass through until its {@code schemaVersion} is known: it hands
 * each token on to the binder and keeps it in a {@link JsonTree}, so that a version 1 document can
 * be upgraded without reading its input twice. The binder steps past it ({@link #unwrap}) once the
 * version is read: in a canonical document, where {@code schemaVersion} comes first, that is after
 * the root's first two tokens, and the rest of a version 2 document is read straight from the
 * parser.
 */
final class RootRecorder implements JsonCursor {
  private final JsonCursor parser;
  private final JsonTree.Builder tree = new JsonTree.Builder();

  /**
   * Starts recording at the root's first token.
   *
   * @param parser the cursor, at the root's first token
   * @throws IOException when the cursor fails
   */
  RootRecorder(JsonCursor parser) throws IOException {
    this.parser = parser;
    if (parser.location() != null) {
      // A module's cursor: problems of a version 1 document are placed by these.
      tree.locate();
    }
    tree.add(parser);
  }

  /**
   * Returns where each value recorded starts, for a cursor that places tokens.
   *
   * @return {@code {line, column}} by pointer in the document as written; empty for a cursor that
   *     does not place tokens
   */
  java.util.Map<String, long[]> locations() {
    return tree.locations();
  }

  /**
   * Returns the cursor under a recorder, or the cursor itself.
   *
   * @param cursor a cursor
   * @return the cursor the recorder reads from
   */
  static JsonCursor unwrap(JsonCursor cursor) {
    return cursor instanceof RootRecorder ? ((RootRecorder) cursor).parser : cursor;
  }

  /**
   * Reads the rest of the root object from the parser and returns it whole, the tokens recorded so
   * far included.
   *
   * @return the root object
   * @throws IOException when the input is malformed
   * @throws JsonTree.DuplicateKey when a key occurs twice in an object of the document
   */
  @SuppressWarnings("unchecked")
  Map<String, Object> rest() throws IOException {
    while (!tree.isDone()) {
      if (parser.next() == null) {
        throw new IOException("unexpected end of input");
      }
      tree.add(parser);
    }
    return (Map<String, Object>) tree.build();
  }

  @Override
  public Token current() {
    return parser.current();
  }

  @Override
  public Token next() throws IOException {
    Token token = parser.next();
    tree.add(parser);
    return token;
  }

  @Override
  public String nextName() throws IOException {
    return next() == Token.NAME ? parser.text() : null;
  }

  @Override
  public void skipChildren() throws IOException {
    Token token = parser.current();
    if (token == Token.START_OBJECT || token == Token.START_ARRAY) {
      int outside = parser.depth() - 1;
      while (parser.depth() != outside) {
        if (next() == null) {
          throw new IOException("unexpected end of input");
        }
      }
    }
  }

  @Override
  public String text() throws IOException {
    return parser.text();
  }

  @Override
  public boolean isInt() throws IOException {
    return parser.isInt();
  }

  @Override
  public int intValue() throws IOException {
    return parser.intValue();
  }

  @Override
  public int depth() {
    return parser.depth();
  }

  @Override
  public long[] location() {
    return parser.location();
  }
}
