package org.dpa4j.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dpa4j.json.core.JsonProblemCode;
import org.dpa4j.json.core.internal.Pointers;
import org.dpa4j.model.Problem;

/**
 * Finds the line and column of the values that problems point at, by reading the document once
 * more. Only runs when a document has problems, so reading a good document pays nothing for it.
 *
 * <p>The cost is linear in the document: the pointers wanted are put in a tree of their segments
 * once, and the scan walks that tree along with the parser, one map look-up per value, instead of
 * making a JSON Pointer per token (which cost time in the depth times the length of the names: 3
 * minutes for a 4 MiB document 60 levels deep). The scan stops as soon as every wanted pointer is
 * found. A problem that has a location already (such as a duplicate key, located at the repeated
 * name when it was found) keeps it.
 */
public final class Locator {
  private static final String DUPLICATE_KEY = JsonProblemCode.DUPLICATE_KEY.getCode();

  private Locator() {}

  /** One segment of the wanted pointers; a node per distinct prefix. */
  private static final class Node {
    Map<String, Node> children;
    boolean wanted;
    JsonLocation found;
    // For a duplicate key: the location of the name's second occurrence in its object.
    boolean repeatedKeyWanted;
    int keysSeen;
    JsonLocation repeatedKey;

    Node child(String segment) {
      if (children == null) {
        children = new HashMap<>();
      }
      return children.computeIfAbsent(segment, s -> new Node());
    }
  }

  /** The wanted pointers as a tree, with a count of those not found yet. */
  private static final class Wanted {
    final Node root = new Node();
    int missing;

    Node add(String pointer) {
      Node node = node(pointer);
      if (!node.wanted) {
        node.wanted = true;
        missing++;
      }
      return node;
    }

    Node addRepeatedKey(String pointer) {
      Node node = node(pointer);
      if (!node.repeatedKeyWanted && !pointer.isEmpty()) {
        node.repeatedKeyWanted = true;
        missing++;
      }
      return node;
    }

    private Node node(String pointer) {
      Node node = root;
      if (!pointer.isEmpty()) {
        // "/a/b" -> "a", "b": a pointer is "" or begins with a slash.
        int start = 1;
        while (true) {
          int slash = pointer.indexOf('/', start);
          String raw = slash < 0 ? pointer.substring(start) : pointer.substring(start, slash);
          node = node.child(unescape(raw));
          if (slash < 0) {
            break;
          }
          start = slash + 1;
        }
      }
      return node;
    }
  }

  /**
   * Adds line and column to problems. A pointer to a missing property gets the location of the
   * nearest value that exists above it. A duplicate key ({@code json.duplicate_key}) gets the
   * location of the repeated name, not of the first occurrence its pointer leads to. Problems that
   * have a location keep it.
   *
   * @param factory the factory that parsed the document
   * @param source the document, as {@code byte[]} or {@code String}
   * @param problems the problems
   * @return the problems with locations
   */
  public static List<Problem> locate(JsonFactory factory, Object source, List<Problem> problems) {
    Wanted wanted = new Wanted();
    List<List<Node>> chains = new ArrayList<>(problems.size());
    List<Node> repeated = new ArrayList<>(problems.size());
    for (Problem problem : problems) {
      if (problem.getLine().isPresent()) {
        chains.add(null);
        repeated.add(null);
        continue;
      }
      repeated.add(
          DUPLICATE_KEY.equals(problem.getCode())
              ? wanted.addRepeatedKey(problem.getPointer())
              : null);
      // The pointer and each of its parents, nearest first.
      List<Node> chain = new ArrayList<>();
      for (String p = problem.getPointer(); ; p = Pointers.parent(p)) {
        chain.add(wanted.add(p));
        if (p.isEmpty()) {
          break;
        }
      }
      chains.add(chain);
    }
    if (wanted.missing > 0) {
      scan(factory, source, wanted);
    }
    JsonLocation[] locations = new JsonLocation[problems.size()];
    for (int i = 0; i < problems.size(); i++) {
      JsonLocation location = repeated.get(i) == null ? null : repeated.get(i).repeatedKey;
      if (location == null && chains.get(i) != null) {
        for (Node node : chains.get(i)) {
          if (node.found != null) {
            location = node.found;
            break;
          }
        }
      }
      locations[i] = location;
    }
    // Lines and columns in code points, from the parser's offsets, in one pass over the source.
    Integer[] order = new Integer[problems.size()];
    int count = 0;
    for (int i = 0; i < locations.length; i++) {
      if (locations[i] != null && TextInput.offset(source, locations[i]) >= 0) {
        order[count++] = i;
      }
    }
    Arrays.sort(
        order, 0, count, Comparator.comparingLong(i -> TextInput.offset(source, locations[i])));
    long[] offsets = new long[count];
    for (int k = 0; k < count; k++) {
      offsets[k] = TextInput.offset(source, locations[order[k]]);
    }
    long[][] positions = TextInput.positions(source, offsets);
    long[][] byProblem = new long[problems.size()][];
    for (int k = 0; k < count; k++) {
      byProblem[order[k]] = positions[k];
    }
    List<Problem> located = new ArrayList<>(problems.size());
    for (int i = 0; i < problems.size(); i++) {
      Problem problem = problems.get(i);
      if (byProblem[i] != null) {
        located.add(problem.atLocation(byProblem[i][0], byProblem[i][1]));
      } else if (locations[i] != null) {
        located.add(
            problem.atLocation(
                Math.max(1, locations[i].getLineNr()), Math.max(1, locations[i].getColumnNr())));
      } else {
        located.add(problem);
      }
    }
    return located;
  }

  /**
   * Reads the document's first value, following the tree of wanted pointers with a stack of nodes
   * (null where the path has left the tree), and records the first location of each wanted one.
   */
  private static void scan(JsonFactory factory, Object source, Wanted wanted) {
    Node[] stack = new Node[16];
    int depth = 0;
    try (JsonParser parser =
        source instanceof byte[]
            ? factory.createParser((byte[]) source)
            : factory.createParser((String) source)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.FIELD_NAME) {
          Node parent = stack[depth - 1];
          Node key =
              parent == null || parent.children == null
                  ? null
                  : parent.children.get(parser.currentName());
          if (key != null
              && key.repeatedKeyWanted
              && key.repeatedKey == null
              && ++key.keysSeen == 2) {
            key.repeatedKey = parser.currentTokenLocation();
            if (--wanted.missing == 0) {
              return;
            }
          }
          continue;
        }
        if (token.isStructEnd()) {
          depth--;
          if (depth == 0) {
            return;
          }
          continue;
        }
        Node node;
        if (depth == 0) {
          node = wanted.root;
        } else {
          Node parent = stack[depth - 1];
          node =
              parent == null || parent.children == null
                  ? null
                  : parent.children.get(segment(parser, token));
        }
        if (node != null && node.wanted && node.found == null) {
          node.found = parser.currentTokenLocation();
          if (--wanted.missing == 0) {
            return;
          }
        }
        if (token.isStructStart()) {
          if (depth == stack.length) {
            stack = Arrays.copyOf(stack, depth * 2);
          }
          stack[depth++] = node;
        } else if (depth == 0) {
          return;
        }
      }
    } catch (IOException | RuntimeException e) {
      // The document was parsed once already; what was found before a failure is still useful.
    }
  }

  /** The name or index of the current value within its parent: one segment of its pointer. */
  private static String segment(JsonParser parser, JsonToken token) {
    // At a scalar the context is the parent's; at the start of an object or array it is the
    // value's own, whose parent holds the name or index.
    JsonStreamContext holder = parser.getParsingContext();
    if (token.isStructStart()) {
      holder = holder.getParent();
    }
    return holder.inObject() ? holder.getCurrentName() : Integer.toString(holder.getCurrentIndex());
  }

  private static String unescape(String segment) {
    if (segment.indexOf('~') < 0) {
      return segment;
    }
    return segment.replace("~1", "/").replace("~0", "~");
  }
}
