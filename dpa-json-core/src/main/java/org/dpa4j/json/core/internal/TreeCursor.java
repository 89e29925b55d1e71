package org.dpa4j.json.core.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A {@link JsonCursor} over a {@link JsonTree}, so that the binder reads a tree as it reads a
 * parser: the upgraded form of a document of an earlier schema version. Numbers give their text as
 * written.
 */
public final class TreeCursor implements JsonCursor {
  /** The open objects' and arrays' members still to come, innermost first. */
  private final Deque<Iterator<?>> open = new ArrayDeque<>();

  private Object pending;
  private boolean started;
  private Token current;
  private Object value;
  private String name;

  /**
   * Creates a cursor before the tree's first token.
   *
   * @param tree the tree
   */
  public TreeCursor(Object tree) {
    this.pending = tree;
  }

  @Override
  public Token current() {
    return current;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Token next() {
    if (!started) {
      started = true;
      return enter(pending);
    }
    if (current == Token.NAME) {
      return enter(value);
    }
    if (open.isEmpty()) {
      current = null;
      return null;
    }
    Iterator<?> top = open.peek();
    if (!top.hasNext()) {
      open.pop();
      current = top instanceof ObjectMembers ? Token.END_OBJECT : Token.END_ARRAY;
      return current;
    }
    Object next = top.next();
    if (next instanceof Map.Entry) {
      Map.Entry<String, Object> entry = (Map.Entry<String, Object>) next;
      name = entry.getKey();
      value = entry.getValue();
      current = Token.NAME;
      return current;
    }
    return enter(next);
  }

  /** Moves onto a value: the start of an object or array, or a scalar. */
  @SuppressWarnings("unchecked")
  private Token enter(Object node) {
    value = node;
    if (node instanceof Map) {
      open.push(new ObjectMembers(((Map<String, Object>) node).entrySet().iterator()));
      current = Token.START_OBJECT;
    } else if (node instanceof List) {
      open.push(((List<Object>) node).iterator());
      current = Token.START_ARRAY;
    } else if (node instanceof String) {
      current = Token.STRING;
    } else if (node instanceof JsonTree.Number) {
      current = ((JsonTree.Number) node).isInteger() ? Token.INTEGER : Token.NUMBER;
    } else if (node instanceof Boolean) {
      current = (Boolean) node ? Token.TRUE : Token.FALSE;
    } else {
      current = Token.NULL;
    }
    return current;
  }

  @Override
  public String nextName() {
    return next() == Token.NAME ? name : null;
  }

  @Override
  public void skipChildren() {
    if (current == Token.START_OBJECT || current == Token.START_ARRAY) {
      int depth = open.size() - 1;
      while (open.size() != depth) {
        next();
      }
    }
  }

  @Override
  public String text() {
    if (current == Token.NAME) {
      return name;
    }
    return value instanceof String ? (String) value : String.valueOf(value);
  }

  @Override
  public boolean isInt() {
    return value instanceof JsonTree.Number && ((JsonTree.Number) value).isInt();
  }

  @Override
  public int intValue() {
    return Integer.parseInt(((JsonTree.Number) value).lexeme());
  }

  @Override
  public int depth() {
    return open.size();
  }

  /** The members of an object, told apart from an array's elements when the object ends. */
  private static final class ObjectMembers implements Iterator<Map.Entry<String, Object>> {
    private final Iterator<Map.Entry<String, Object>> members;

    ObjectMembers(Iterator<Map.Entry<String, Object>> members) {
      this.members = members;
    }

    @Override
    public boolean hasNext() {
      return members.hasNext();
    }

    @Override
    public Map.Entry<String, Object> next() {
      return members.next();
    }
  }
}
