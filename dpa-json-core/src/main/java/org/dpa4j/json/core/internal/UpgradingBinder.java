package org.dpa4j.json.core.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dpa4j.json.core.JsonProblemCode;
import org.dpa4j.model.Excerpt;
import org.dpa4j.model.Problem;

/**
 * Binds a value as {@link Binder} does and reads an agreement of schema version 1 through {@link
 * SchemaUpgrade}: the one way {@code DpaJson} and both Jackson modules read, so that they upgrade
 * alike. A version 2 document is bound straight from the cursor; only a version 1 document is kept
 * as a {@link JsonTree}, upgraded and bound from that. Problems in a version 1 document point at
 * the version 2 form. One instance serves one value; not thread-safe.
 */
public final class UpgradingBinder {
  private final boolean lenient;
  private final int maxProblems;
  private final boolean guarded;
  private List<Problem> problems = List.of();

  /**
   * Creates a binder for {@code DpaJson}, whose parser and input check enforce the limits.
   *
   * @param lenient keep unknown properties as extensions instead of reporting them
   * @param maxProblems the most problems to collect
   */
  public UpgradingBinder(boolean lenient, int maxProblems) {
    this(lenient, maxProblems, false);
  }

  private UpgradingBinder(boolean lenient, int maxProblems, boolean guarded) {
    this.lenient = lenient;
    this.maxProblems = maxProblems;
    this.guarded = guarded;
  }

  /**
   * Binds one value of a model type; an agreement of schema version 1 is upgraded first.
   *
   * @param type the model type
   * @param cursor the cursor, at the value's first token; afterwards at its last
   * @return the model object, or {@code null} when there were problems (see {@link #problems()})
   * @throws IOException when the input is not well-formed JSON
   */
  public Object bind(ObjectType type, JsonCursor cursor) throws IOException {
    try {
      return bindUpgrading(type, cursor);
    } catch (IOException | RuntimeException e) {
      // A module's parser refusing the input (malformed, a limit, bad encoding) is one more
      // problem of the value, as it is for DpaJson; DpaJson's own cursor leaves it to DpaJson.
      Problem refused = cursor.refused(e);
      if (refused == null) {
        throw e;
      }
      List<Problem> all = new ArrayList<>(problems);
      if (all.isEmpty()
          || !JsonProblemCode.TOO_MANY_PROBLEMS
              .getCode()
              .equals(all.get(all.size() - 1).getCode())) {
        all.add(refused);
      }
      problems = all;
      return null;
    }
  }

  private Object bindUpgrading(ObjectType type, JsonCursor cursor) throws IOException {
    Binder binder = new Binder(lenient, maxProblems, false, guarded);
    problems = binder.problems();
    try {
      return binder.bind(type, cursor);
    } catch (Binder.EarlierVersion e) {
      Map<String, Object> document;
      try {
        document = e.document();
      } catch (JsonTree.DuplicateKey duplicate) {
        problems = new ArrayList<>(List.of(duplicateKey("", duplicate)));
        return null;
      }
      Binder upgraded = new Binder(lenient, maxProblems, true, guarded);
      problems = upgraded.problems();
      TreeCursor tree = new TreeCursor(SchemaUpgrade.upgrade(document));
      tree.next();
      Object value = upgraded.bind(type, tree);
      problems = locate(upgraded.problems(), e.locations());
      return value;
    }
  }

  /**
   * Places the problems of an upgraded document in the document as written, as {@code DpaJson}'s
   * Locator does: at the value a pointer names, or else at its nearest ancestor there (a version 2
   * pointer such as {@code /processor/registrations/0/number} is placed at {@code /processor}).
   */
  private static List<Problem> locate(List<Problem> problems, Map<String, long[]> locations) {
    if (locations.isEmpty()) {
      return problems;
    }
    List<Problem> located = new ArrayList<>(problems.size());
    for (Problem problem : problems) {
      long[] at = null;
      for (String pointer = problem.getPointer(); at == null; pointer = Pointers.parent(pointer)) {
        at = locations.get(pointer);
        if (pointer.isEmpty()) {
          break;
        }
      }
      located.add(
          at == null || problem.getLine().isPresent() ? problem : problem.atLocation(at[0], at[1]));
    }
    return located;
  }

  /**
   * Returns the problems of the last value bound, in document order.
   *
   * @return the problems; when the limit was reached the last one says so
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Binds one value of a model type from a caller's parser with the default problem limit, as a
   * Jackson deserializer does: problems take the cursor's line and column, what is beyond {@link
   * ReadLimits} or holds an unpaired surrogate is refused, and the parser's own refusals ({@link
   * JsonCursor#refused}) are problems too. Pointers are relative to the value.
   *
   * @param type the model type
   * @param cursor the cursor, at the value's first token; afterwards at its last
   * @param lenient keep unknown properties as extensions instead of reporting them
   * @return the model object
   * @throws ProblemsException listing every problem of the value
   * @throws IOException when the input is not well-formed JSON
   */
  public static Object bindAll(ObjectType type, JsonCursor cursor, boolean lenient)
      throws IOException {
    UpgradingBinder binder = new UpgradingBinder(lenient, Binder.DEFAULT_MAX_PROBLEMS, true);
    Object value = binder.bind(type, cursor);
    if (!binder.problems().isEmpty()) {
      throw new ProblemsException(binder.problems());
    }
    return value;
  }

  /**
   * The problem of a key given twice, at its pointer under a value's pointer, with the line and
   * column of the repeated name when the cursor placed it.
   *
   * @param at the pointer of the value read
   * @param duplicate the duplicate
   * @return the problem
   */
  static Problem duplicateKey(String at, JsonTree.DuplicateKey duplicate) {
    Problem problem =
        JsonProblemCode.DUPLICATE_KEY.at(at + duplicate.pointer(), Excerpt.of(duplicate.name()));
    long[] location = duplicate.location();
    return location == null ? problem : problem.atLocation(location[0], location[1]);
  }
}
