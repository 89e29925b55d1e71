package org.dpa4j.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;

/**
 * Text from a document (or a file name) made safe to show, the same way in every report format:
 * control characters (C0, DEL, C1: escape sequences, carriage returns, line feeds that would forge
 * lines), invisible formatting characters (Unicode category Cf: bidi controls, which reorder what
 * follows, zero-width characters, the byte order mark, tag characters), the line and paragraph
 * separators and halves of a surrogate pair standing alone become the six characters {@code
 * \\uXXXX}, as JSON writes them; everything else, other scripts included, is kept. A JSON or SARIF
 * viewer, a CI server's test page and a terminal then all show {@code \\u202e}, never text that a
 * bidi control has reordered.
 */
public final class Printable {
  private Printable() {}

  /**
   * Returns text safe to show.
   *
   * @param text the text
   * @return the text, each unsafe UTF-16 unit as {@code \\uXXXX} (lower-case hex)
   */
  public static String text(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int units = Character.charCount(c);
      if (unsafe(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        for (int k = 0; k < units; k++) {
          out.append(String.format(Locale.ROOT, "\\u%04x", (int) text.charAt(i + k)));
        }
      } else if (out != null) {
        out.append(text, i, i + units);
      }
      i += units;
    }
    return out == null ? text : out.toString();
  }

  /**
   * Tells whether a code point is shown as {@code \\uXXXX}.
   *
   * @param c a code point (or a lone surrogate)
   * @return true for controls, format characters, line and paragraph separators, lone surrogates
   */
  public static boolean unsafe(int c) {
    return Character.isISOControl(c)
        || Character.getType(c) == Character.FORMAT
        || Character.getType(c) == Character.SURROGATE
        || c == '\u2028'
        || c == '\u2029';
  }

  /**
   * Writes a JSON report with every string and property name made {@link #text safe}.
   *
   * @param report the report's tree
   * @param pretty whether to indent (SARIF) or write one line (the JSON reports)
   * @return the JSON text, ending with a line feed
   */
  public static String json(JsonNode report, boolean pretty) {
    JsonNode safe = safe(report);
    return (pretty ? safe.toPrettyString() : safe.toString()) + "\n";
  }

  private static JsonNode safe(JsonNode node) {
    if (node.isTextual()) {
      String text = node.textValue();
      String shown = text(text);
      return shown.equals(text) ? node : JsonNodeFactory.instance.textNode(shown);
    }
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        copy.set(text(field.getKey()), safe(field.getValue()));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode(node.size());
      for (JsonNode element : node) {
        copy.add(safe(element));
      }
      return copy;
    }
    return node;
  }
}
