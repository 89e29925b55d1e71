package org.dpa4j.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Writes a JSON tree as text, in one of two fixed forms: pretty (two-space indentation, {@code ":
 * "} after names, LF line ends, a final newline) or compact (no white space at all). Strings keep
 * non-ASCII characters as they are and escape only what JSON requires. Thread-safe.
 */
public final class CanonicalText {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
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
    write(node, out, 0);
    if (pretty) {
      out.append('\n');
    }
    return out.toString();
  }

  private void write(JsonNode node, StringBuilder out, int depth) {
    if (node.isObject()) {
      if (node.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        newline(out, depth + 1);
        string(field.getKey(), out);
        out.append(pretty ? ": " : ":");
        write(field.getValue(), out, depth + 1);
      }
      newline(out, depth);
      out.append('}');
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        newline(out, depth + 1);
        write(node.get(i), out, depth + 1);
        if (i < node.size() - 1) {
          out.append(',');
        }
      }
      newline(out, depth);
      out.append(']');
    } else if (node.isTextual()) {
      string(node.textValue(), out);
    } else if (node.isBigDecimal()) {
      out.append(node.decimalValue().toString());
    } else {
      // booleans, null and integers print as JSON already
      out.append(node.asText());
    }
  }

  private void newline(StringBuilder out, int depth) {
    if (pretty) {
      out.append('\n');
      for (int i = 0; i < depth; i++) {
        out.append("  ");
      }
    }
  }

  private static void string(String value, StringBuilder out) {
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
