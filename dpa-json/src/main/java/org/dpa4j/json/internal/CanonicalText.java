package org.dpa4j.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import org.dpa4j.json.core.internal.JsonTree;

/**
 * Writes a JSON tree as text, in one of two fixed forms: pretty (two-space indentation, {@code ":
 * "} after names, LF line ends, a final newline) or compact (no white space at all). Strings keep
 * non-ASCII characters as they are and escape only what JSON requires. Thread-safe.
 */
public final class CanonicalText {
  private final boolean pretty;

  private CanonicalText(boolean pretty) {
    this.pretty = pretty;
  }

  /**
   * The pretty form.
   *
   * @return the writer
   */
  public static CanonicalText pretty() {
    return new CanonicalText(true);
  }

  /**
   * The compact form.
   *
   * @return the writer
   */
  public static CanonicalText compact() {
    return new CanonicalText(false);
  }

  /**
   * Writes a tree.
   *
   * @param node the tree
   * @return the text; the pretty form ends with a newline
   */
  public String write(JsonNode node) {
    StringBuilder out = new StringBuilder(4096);
    walk(node, 0, new Text(out));
    if (pretty) {
      out.append('\n');
    }
    return out.toString();
  }

  /**
   * Returns the length in UTF-8 bytes of a tree written in this form at a depth, as part of a
   * larger document, without writing it; {@link TreeWriter#length} adds up the rest. Goes through
   * the same walk as {@link #write(JsonNode)}, counting instead of writing.
   *
   * @param node the tree
   * @param depth the nesting depth it is written at
   * @return the number of bytes
   */
  public long length(JsonNode node, int depth) {
    Length length = new Length();
    walk(node, depth, length);
    return length.bytes;
  }

  /** Where a walk puts its text: a buffer, or a count of UTF-8 bytes. */
  private interface Sink {
    /** Text that is written as it is: ASCII punctuation, white space, numbers and literals. */
    void raw(String text);

    /** A string value or property name, to be quoted and escaped. */
    void string(String value);
  }

  private static final class Text implements Sink {
    private final StringBuilder out;

    Text(StringBuilder out) {
      this.out = out;
    }

    @Override
    public void raw(String text) {
      out.append(text);
    }

    @Override
    public void string(String value) {
      JsonTree.string(value, out);
    }
  }

  private static final class Length implements Sink {
    private long bytes;

    @Override
    public void raw(String text) {
      bytes += text.length();
    }

    @Override
    public void string(String value) {
      bytes += stringLength(value);
    }
  }

  /** An object or array being written: its members still to come. */
  private static final class Open {
    private final Iterator<Map.Entry<String, JsonNode>> properties;
    private final Iterator<JsonNode> elements;
    private final int depth;
    private boolean first = true;

    Open(JsonNode node, int depth) {
      this.properties = node.isObject() ? node.properties().iterator() : null;
      this.elements = node.isObject() ? null : node.elements();
      this.depth = depth;
    }

    boolean hasNext() {
      return properties != null ? properties.hasNext() : elements.hasNext();
    }
  }

  /**
   * Writes a tree into a sink, without recursion: a value may nest as deep as the parser's limit
   * allows, deeper than a thread's stack would hold.
   */
  private void walk(JsonNode root, int depth, Sink out) {
    Deque<Open> open = new ArrayDeque<>();
    value(root, depth, out, open);
    while (!open.isEmpty()) {
      Open top = open.peek();
      if (!top.hasNext()) {
        open.pop();
        newline(out, top.depth);
        out.raw(top.properties != null ? "}" : "]");
        continue;
      }
      if (!top.first) {
        out.raw(",");
      }
      top.first = false;
      newline(out, top.depth + 1);
      JsonNode member;
      if (top.properties != null) {
        Map.Entry<String, JsonNode> property = top.properties.next();
        out.string(property.getKey());
        out.raw(pretty ? ": " : ":");
        member = property.getValue();
      } else {
        member = top.elements.next();
      }
      value(member, top.depth + 1, out, open);
    }
  }

  /** Writes a scalar, or opens an object or array (left on {@code open} for its members). */
  private static void value(JsonNode node, int depth, Sink out, Deque<Open> open) {
    if (node.isContainerNode()) {
      if (node.isEmpty()) {
        out.raw(node.isObject() ? "{}" : "[]");
      } else {
        out.raw(node.isObject() ? "{" : "[");
        open.push(new Open(node, depth));
      }
    } else if (node.isTextual()) {
      out.string(node.textValue());
    } else {
      out.raw(literal(node));
    }
  }

  /**
   * The one place a number, boolean or null is printed. A number read by dpa-json is a {@link
   * LexemeNode} and prints as written in its source ({@code -0.0}, {@code 1e2}, {@code 1.50} stay
   * so); the integers of the model print as Java does. JSON grammar holds for both.
   */
  private static String literal(JsonNode node) {
    return node.asText();
  }

  /**
   * Returns the length of what follows a property name: {@code ": "} or {@code ":"}.
   *
   * @return the number of bytes
   */
  long separatorLength() {
    return pretty ? 2 : 1;
  }

  /**
   * Returns the length of a newline with the indentation of a depth: nothing in the compact form.
   *
   * @param depth the depth
   * @return the number of bytes
   */
  long newlineLength(int depth) {
    return pretty ? 1 + 2L * depth : 0;
  }

  /**
   * Returns the length in UTF-8 bytes of a string as this form writes it, quotes included.
   *
   * @param value the string
   * @return the number of bytes
   */
  static long stringLength(String value) {
    long n = 2;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t' || c == '\b' || c == '\f') {
        n += 2;
      } else if (c < 0x20) {
        n += 6;
      } else if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        n += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        n += 6;
      } else {
        n += 3;
      }
    }
    return n;
  }

  private void newline(Sink out, int depth) {
    if (pretty) {
      out.raw(INDENTS.length > depth ? INDENTS[depth] : "\n" + "  ".repeat(depth));
    }
  }

  /** A newline with the indentation of each depth up to the default nesting limit. */
  private static final String[] INDENTS = new String[65];

  static {
    for (int i = 0; i < INDENTS.length; i++) {
      INDENTS[i] = "\n" + "  ".repeat(i);
    }
  }
}
