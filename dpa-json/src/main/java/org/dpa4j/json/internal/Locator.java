package org.dpa4j.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dpa4j.model.Problem;

/**
 * Finds the line and column of the values that problems point at, by reading the document once
 * more. Only runs when a document has problems, so reading a good document pays nothing for it.
 */
public final class Locator {
  private Locator() {}

  /**
   * Adds line and column to problems. A pointer to a missing property gets the location of the
   * nearest value that exists above it.
   *
   * @param factory the factory that parsed the document
   * @param source the document, as {@code byte[]} or {@code String}
   * @param problems the problems
   * @return the problems with locations
   */
  public static List<Problem> locate(JsonFactory factory, Object source, List<Problem> problems) {
    Set<String> wanted = new HashSet<>();
    for (Problem problem : problems) {
      for (String p = problem.getPointer(); ; p = Pointers.parent(p)) {
        wanted.add(p);
        if (p.isEmpty()) {
          break;
        }
      }
    }
    Map<String, JsonLocation> found = scan(factory, source, wanted);
    List<Problem> located = new ArrayList<>(problems.size());
    for (Problem problem : problems) {
      JsonLocation location = null;
      for (String p = problem.getPointer(); location == null; p = Pointers.parent(p)) {
        location = found.get(p);
        if (p.isEmpty()) {
          break;
        }
      }
      located.add(
          location == null
              ? problem
              : problem.atLocation(location.getLineNr(), location.getColumnNr()));
    }
    return located;
  }

  private static Map<String, JsonLocation> scan(
      JsonFactory factory, Object source, Set<String> wanted) {
    Map<String, JsonLocation> found = new HashMap<>();
    try (JsonParser parser =
        source instanceof byte[]
            ? factory.createParser((byte[]) source)
            : factory.createParser((String) source)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
          continue;
        }
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        if (wanted.contains(pointer)) {
          found.putIfAbsent(pointer, parser.currentTokenLocation());
        }
      }
    } catch (IOException | RuntimeException e) {
      // The document was parsed once already; what was found before a failure is still useful.
    }
    return found;
  }
}
