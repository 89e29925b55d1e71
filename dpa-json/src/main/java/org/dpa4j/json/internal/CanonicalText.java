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

  /**
   * Returns the length in UTF-8 bytes of a tree written in this form at a depth, as part of a
   * larger document, without writing it; {@link TreeWriter#length} adds up the rest. Mirrors {@link
   * #write(JsonNode)}, and tests hold the two to the same result.
   *
   * @param node the tree
   * @param depth the nesting depth it is written at
   * @return the number of bytes
   */
  public long length(JsonNode node, int depth) {
    if (node.isObject() || node.isArray()) {
      if (node.isEmpty()) {
        return 2;
      }
      // The brackets, the commas between members, and a newline with indentation before each
      // member and before the closing bracket.
      long n =
          2 + (node.size() - 1) + newlineLength(depth + 1) * node.size() + newlineLength(depth);
      if (node.isObject()) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          n +=
              stringLength(field.getKey())
                  + separatorLength()
                  + length(field.getValue(), depth + 1);
        }
      } else {
        for (JsonNode element : node) {
          n += length(element, depth + 1);
        }
      }
      return n;
    }
    if (node.isTextual()) {
      return stringLength(node.textValue());
    }
    if (node.isBigDecimal()) {
      return node.decimalValue().toString().length();
    }
    return node.asText().length();
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
