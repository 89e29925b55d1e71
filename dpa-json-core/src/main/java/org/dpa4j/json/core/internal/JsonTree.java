package org.dpa4j.json.core.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dpa4j.json.core.internal.JsonCursor.Token;

/**
 * A JSON value as plain Java objects, with no Jackson in it: the one tree both Jackson modules make
 * (extension values in lenient mode, documents of an earlier schema version on their way to the
 * current one).
 *
 * <p>An object is a {@code LinkedHashMap<String, Object>} in document order, an array an {@code
 * ArrayList<Object>}, a string a {@code String}, {@code true} and {@code false} {@code Boolean}s,
 * {@code null} the constant {@link #NULL}, and a number a {@link Number} that keeps its text as
 * written ({@code -0.0}, {@code 1e2} and {@code 1.50} stay so). Reading and writing are iterative,
 * so a value nested as deep as a parser allows cannot overflow the thread's stack. A key given
 * twice in one object is a {@link DuplicateKey}.
 */
public final class JsonTree {
  /** JSON {@code null} in a tree. */
  public static final Object NULL =
      new Object() {
        @Override
        public String toString() {
          return "null";
        }
      };

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonTree() {}

  /** A JSON number as written. */
  public static final class Number {
    private final String lexeme;
    private final boolean integer;

    Number(String lexeme, boolean integer) {
      this.lexeme = lexeme;
      this.integer = integer;
    }

    /**
     * Returns the number as written in its source.
     *
     * @return the text
     */
    public String lexeme() {
      return lexeme;
    }

    /**
     * Tells whether the number has neither fraction nor exponent.
     *
     * @return true for an integer
     */
    public boolean isInteger() {
      return integer;
    }

    /**
     * Tells whether the number is an integer that fits an {@code int}.
     *
     * @return true when it does
     */
    public boolean isInt() {
      if (!integer || lexeme.length() > 11) {
        return false;
      }
      long value = Long.parseLong(lexeme);
      return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Number && lexeme.equals(((Number) other).lexeme);
    }

    @Override
    public int hashCode() {
      return lexeme.hashCode();
    }

    @Override
    public String toString() {
      return lexeme;
    }
  }

  /**
   * A key occurs twice in one object. Carries the pointer of the repeated key relative to the value
   * read, and where the cursor placed its second occurrence when it knows that.
   */
  public static final class DuplicateKey extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The pointer of the repeated key, relative to the value read. */
    private final String pointer;

    /** The repeated key. */
    private final String name;

    /** Line and column of the repeated name, or null. */
    @SuppressWarnings("serial")
    private final long[] location;

    DuplicateKey(String pointer, String name, long[] location) {
      super(null, null, false, false);
      this.pointer = pointer;
      this.name = name;
      this.location = location;
    }

    /**
     * Returns the pointer of the repeated key, relative to the value read.
     *
     * @return the pointer
     */
    public String pointer() {
      return pointer;
    }

    /**
     * Returns the repeated key.
     *
     * @return the key
     */
    public String name() {
      return name;
    }

    /**
     * Returns the line and column (from 1) of the repeated name, as the cursor gave them.
     *
     * @return {@code {line, column}}, or null when the cursor does not place tokens
     */
    public long[] location() {
      return location == null ? null : location.clone();
    }
  }

  /**
   * A value that a module must not take: beyond a {@link ReadLimits} limit, or a string with an
   * unpaired surrogate. Carries the problem, its pointer relative to the value read.
   */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The problem. */
    @SuppressWarnings("serial")
    private final org.dpa4j.model.Problem problem;

    Refused(org.dpa4j.model.Problem problem) {
      super(null, null, false, false);
      this.problem = problem;
    }

    /**
     * Returns the problem, with its pointer relative to the value read.
     *
     * @return the problem
     */
    public org.dpa4j.model.Problem problem() {
      return problem;
    }
  }

  /**
   * Builds a tree from tokens fed one at a time; remembers the first duplicate key rather than
   * throwing, so that a caller who only records tokens is not interrupted.
   */
  static final class Builder {
    /** The open objects and arrays, innermost first, with the name each is waiting to fill. */
    private final Deque<Object> open = new ArrayDeque<>();

    private final Deque<String> names = new ArrayDeque<>();
    private Object root;
    private boolean done;
    private DuplicateKey duplicate;

    /** The depth of the cursor outside the value, for {@link ReadLimits}; -1 for no checks. */
    private final int outside;

    /** Where each value starts, by pointer, when the cursor places tokens and it is asked for. */
    private java.util.Map<String, long[]> locations;

    /** Records where each value starts, from here on, when the cursor places tokens. */
    void locate() {
      locations = new java.util.HashMap<>();
    }

    /**
     * Returns where each value recorded starts.
     *
     * @return {@code {line, column}} by pointer; empty unless {@link #locate()} was called and the
     *     cursor places tokens
     */
    java.util.Map<String, long[]> locations() {
      return locations == null ? java.util.Map.of() : locations;
    }

    /** A builder that checks nothing but duplicate keys. */
    Builder() {
      this(-1);
    }

    /**
     * A builder that also refuses what is beyond {@link ReadLimits} and unpaired surrogates.
     *
     * @param outside the cursor's depth outside the value (the limit counts from there); -1 to
     *     check nothing
     */
    Builder(int outside) {
      this.outside = outside;
    }

    /**
     * Adds the cursor's current token.
     *
     * @param cursor the cursor, at the token
     * @throws IOException when the cursor fails
     */
    @SuppressWarnings("unchecked")
    void add(JsonCursor cursor) throws IOException {
      Token token = cursor.current();
      if (token == null || done) {
        return;
      }
      if (outside >= 0) {
        check(cursor, token);
      }
      if (locations != null
          && token != Token.NAME
          && token != Token.END_OBJECT
          && token != Token.END_ARRAY) {
        long[] at = cursor.location();
        if (at != null) {
          locations.put(valuePointer(), at);
        }
      }
      Object value;
      switch (token) {
        case NAME:
          String name = cursor.text();
          if (duplicate == null && ((Map<String, Object>) open.peek()).containsKey(name)) {
            duplicate = new DuplicateKey(pointer(name), name, cursor.location());
          }
          names.pop();
          names.push(name);
          return;
        case END_OBJECT:
        case END_ARRAY:
          open.pop();
          names.pop();
          done = open.isEmpty();
          return;
        case START_OBJECT:
          value = new LinkedHashMap<String, Object>();
          break;
        case START_ARRAY:
          value = new ArrayList<Object>();
          break;
        case STRING:
          value = cursor.text();
          break;
        case INTEGER:
        case NUMBER:
          value = new Number(cursor.text(), token == Token.INTEGER);
          break;
        case TRUE:
          value = Boolean.TRUE;
          break;
        case FALSE:
          value = Boolean.FALSE;
          break;
        default:
          value = NULL;
      }
      Object parent = open.peek();
      if (parent == null) {
        root = value;
      } else if (parent instanceof Map) {
        // A repeated key keeps its first value; the duplicate is reported.
        ((Map<String, Object>) parent).putIfAbsent(names.peek(), value);
      } else {
        ((List<Object>) parent).add(value);
      }
      if (token == Token.START_OBJECT || token == Token.START_ARRAY) {
        open.push(value);
        names.push("");
      } else {
        done = parent == null;
      }
    }

    /** Refuses the current token when it is beyond a limit or holds an unpaired surrogate. */
    @SuppressWarnings("unchecked")
    private void check(JsonCursor cursor, Token token) throws IOException {
      org.dpa4j.model.Problem problem;
      switch (token) {
        case START_OBJECT:
        case START_ARRAY:
          problem =
              cursor.depth() - outside > ReadLimits.MAX_NESTING_DEPTH
                  ? ReadLimits.Kind.DEPTH.at(valuePointer(), ReadLimits.MAX_NESTING_DEPTH)
                  : null;
          break;
        case NAME:
          problem =
              ReadLimits.checkString(cursor.text(), pointer(cursor.text()), ReadLimits.Kind.NAME);
          break;
        case STRING:
          problem = ReadLimits.checkString(cursor.text(), valuePointer(), ReadLimits.Kind.STRING);
          break;
        case INTEGER:
        case NUMBER:
          problem =
              cursor.text().length() > ReadLimits.MAX_NUMBER_LENGTH
                  ? ReadLimits.Kind.NUMBER.at(valuePointer(), ReadLimits.MAX_NUMBER_LENGTH)
                  : null;
          break;
        default:
          problem = null;
      }
      if (problem != null) {
        long[] at = cursor.location();
        throw new Refused(at == null ? problem : problem.atLocation(at[0], at[1]));
      }
    }

    /** The pointer of the value about to be added, relative to the root. */
    @SuppressWarnings("unchecked")
    private String valuePointer() {
      Object parent = open.peek();
      if (parent == null) {
        return "";
      }
      return pointer(
          parent instanceof Map ? names.peek() : String.valueOf(((List<Object>) parent).size()));
    }

    /** Tells whether the value is complete. */
    boolean isDone() {
      return done;
    }

    /** Returns the value read; throws the first duplicate key, if any. */
    Object build() {
      if (duplicate != null) {
        throw duplicate;
      }
      return root;
    }

    @SuppressWarnings("unchecked")
    private String pointer(String child) {
      StringBuilder out = new StringBuilder();
      Iterator<Object> containers = open.descendingIterator();
      Iterator<String> pending = names.descendingIterator();
      while (containers.hasNext()) {
        Object container = containers.next();
        String name = pending.next();
        if (containers.hasNext()) {
          out.append('/');
          out.append(
              container instanceof Map
                  ? escape(name)
                  : String.valueOf(((List<Object>) container).size() - 1));
        }
      }
      return out.append('/').append(escape(child)).toString();
    }
  }

  /**
   * Reads the value a cursor is at.
   *
   * @param cursor the cursor, at the value's first token; afterwards at its last
   * @return the tree
   * @throws IOException when the input is malformed
   * @throws DuplicateKey when a key occurs twice in an object (the whole value is read first)
   */
  public static Object read(JsonCursor cursor) throws IOException {
    return read(cursor, -1);
  }

  /**
   * Reads the value a cursor is at, refusing (for a module) what is beyond {@link ReadLimits} or
   * holds an unpaired surrogate.
   *
   * @param cursor the cursor, at the value's first token; afterwards at its last, unless refused
   * @param outside the cursor's depth outside the value read (the nesting limit counts from there);
   *     -1 to check nothing but duplicate keys
   * @return the tree
   * @throws IOException when the input is malformed
   * @throws DuplicateKey when a key occurs twice in an object (the whole value is read first)
   * @throws Refused at the first token beyond a limit or with an unpaired surrogate; the cursor is
   *     left there
   */
  public static Object read(JsonCursor cursor, int outside) throws IOException {
    Builder builder = new Builder(outside);
    builder.add(cursor);
    while (!builder.isDone()) {
      if (cursor.next() == null) {
        throw new IOException("unexpected end of input");
      }
      builder.add(cursor);
    }
    return builder.build();
  }

  /**
   * Writes a tree as compact JSON: no white space, numbers as written, strings escaped only where
   * JSON requires it (the compact canonical form of extension values).
   *
   * @param tree the tree
   * @return the JSON text
   */
  @SuppressWarnings("unchecked")
  public static String compact(Object tree) {
    StringBuilder out = new StringBuilder();
    // The open objects' and arrays' members still to come, innermost first.
    Deque<Iterator<?>> open = new ArrayDeque<>();
    Deque<Character> closers = new ArrayDeque<>();
    Object value = tree;
    while (true) {
      if (value instanceof Map) {
        out.append('{');
        open.push(((Map<String, Object>) value).entrySet().iterator());
        closers.push('}');
      } else if (value instanceof List) {
        out.append('[');
        open.push(((List<Object>) value).iterator());
        closers.push(']');
      } else if (value instanceof String) {
        string((String) value, out);
      } else {
        out.append(value);
      }
      value = null;
      while (value == null && !open.isEmpty()) {
        Iterator<?> top = open.peek();
        if (!top.hasNext()) {
          open.pop();
          out.append(closers.pop().charValue());
          continue;
        }
        char last = out.charAt(out.length() - 1);
        if (last != '{' && last != '[') {
          out.append(',');
        }
        Object next = top.next();
        if (next instanceof Map.Entry) {
          Map.Entry<String, Object> entry = (Map.Entry<String, Object>) next;
          string(entry.getKey(), out);
          out.append(':');
          value = entry.getValue();
        } else {
          value = next;
        }
      }
      if (value == null) {
        return out.toString();
      }
    }
  }

  /** Escapes a pointer segment (RFC 6901). */
  static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Writes a JSON string: escapes only what JSON requires, keeps other characters as they are; a
   * lone surrogate, which UTF-8 cannot encode, as {@code \\uXXXX}. The one string writer of the
   * canonical form and of extension values.
   *
   * @param value the text
   * @param out where the quoted string goes
   */
  public static void string(String value, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        default:
          if (c < 0x20) {
            out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          } else if (Character.isHighSurrogate(c)
              && i + 1 < value.length()
              && Character.isLowSurrogate(value.charAt(i + 1))) {
            out.append(c).append(value.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            // A lone surrogate cannot be encoded in UTF-8: keep it as an escape.
            out.append("\\u")
                .append(HEX[c >> 12])
                .append(HEX[(c >> 8) & 0xF])
                .append(HEX[(c >> 4) & 0xF])
                .append(HEX[c & 0xF]);
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }
}
