package org.dpa4j.json.core.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dpa4j.json.core.JsonProblemCode;
import org.dpa4j.json.core.internal.JsonCursor.Token;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.DpaModelException;
import org.dpa4j.model.Excerpt;
import org.dpa4j.model.ExtensionValue;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.Problem;

/**
 * Binds model objects straight from a token stream, collecting every problem of the document with
 * its pointer rather than stopping at the first. The one place of the format's binding rules: both
 * Jackson modules read through it, each from a {@link JsonCursor} over its own parser.
 *
 * <p>No tree is built and no pointer is made for a good value: the binder keeps the path to the
 * current value as a stack of names and indices and turns it into a JSON Pointer only when it
 * reports a problem. Values go into the model's builders as they are read. One binder serves one
 * document; it is not thread-safe.
 */
public final class Binder {
  /** The name of the root property that carries the format version. */
  public static final String SCHEMA_VERSION = "schemaVersion";

  /** The earlier schema version that {@link SchemaUpgrade} turns into the current one. */
  public static final String VERSION_1 = "1";

  /** The most problems reported for one document, unless the options say otherwise. */
  public static final int DEFAULT_MAX_PROBLEMS = 100;

  private static final LocalizedText INTEGER_RANGE =
      LocalizedText.of(
          "an integer outside the range -2147483648 to 2147483647",
          "een geheel getal buiten het bereik -2147483648 tot 2147483647");
  private static final LocalizedText DUPLICATE_ENTRY =
      LocalizedText.of(
          "the same entry occurs twice in a set", "dezelfde waarde komt twee keer voor");

  /** Thrown to stop binding once the problem limit is reached. */
  private static final class ProblemLimitReached extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ProblemLimitReached() {
      super(null, null, false, false);
    }
  }

  /**
   * Thrown when the root says it is of an earlier schema version that {@link SchemaUpgrade} turns
   * into the current one: {@link UpgradingBinder} reads the rest of the document as a tree and
   * binds it upgraded.
   */
  public static final class EarlierVersion extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The tokens of the root so far; not serialized with the exception. */
    private final transient RootRecorder recorder;

    EarlierVersion(RootRecorder recorder) {
      super(null, null, false, false);
      this.recorder = recorder;
    }

    /**
     * Reads the rest of the document and returns it whole, as it is written.
     *
     * @return the root object
     * @throws IOException when the input is malformed
     * @throws JsonTree.DuplicateKey when a key occurs twice in an object of the document
     */
    Map<String, Object> document() throws IOException {
      return recorder.rest();
    }

    /**
     * Returns where each value of the document starts, once {@link #document()} has read it, when
     * the cursor places tokens (a module's).
     *
     * @return {@code {line, column}} by pointer in the document as written; may be empty
     */
    Map<String, long[]> locations() {
      return recorder.locations();
    }
  }

  /** The versions a reader accepts, for messages: the current one, then those it upgrades. */
  public static final String SUPPORTED_VERSIONS =
      DataProcessingAgreement.SCHEMA_VERSION + ", " + VERSION_1;

  private final boolean lenient;
  private boolean upgraded;
  private final boolean guarded;
  private final int maxProblems;

  /** The cursor that places problems (a module's), or null. */
  private JsonCursor located;

  /** The cursor's depth outside the value bound. */
  private int outside;

  private final List<Problem> problems = new ArrayList<>();
  private final PathStack path = new PathStack();

  /**
   * Creates a binder.
   *
   * @param lenient keep unknown properties as extensions instead of reporting them
   * @param maxProblems the most problems to collect
   */
  public Binder(boolean lenient, int maxProblems) {
    this(lenient, maxProblems, false, false);
  }

  /**
   * Creates a binder for a document that has already been upgraded to the current version.
   *
   * @param lenient keep unknown properties as extensions instead of reporting them
   * @param maxProblems the most problems to collect
   * @param upgraded true when the document comes from {@code SchemaUpgrade}, so that it is not
   *     upgraded twice
   * @param guarded true for a Jackson module, whose parser is the caller's: problems take the
   *     cursor's line and column when it has them, and what is beyond {@link ReadLimits} or holds
   *     an unpaired surrogate is refused, as {@code DpaJson}'s own parser and input check refuse it
   */
  public Binder(boolean lenient, int maxProblems, boolean upgraded, boolean guarded) {
    this.upgraded = upgraded;
    this.guarded = guarded;
    this.lenient = lenient;
    this.maxProblems = maxProblems;
  }

  /**
   * Binds a whole document: an agreement object with the current schema version.
   *
   * @param parser the parser, at the document's first token; afterwards at the value's last
   * @return the agreement, or {@code null} when there were problems (see {@link #problems()})
   * @throws IOException when the document is not well-formed JSON
   * @throws EarlierVersion when the document is of an earlier version that can be upgraded
   */
  public Object bindDocument(JsonCursor parser) throws IOException {
    return bind(ModelMapping.get().root(), parser);
  }

  /**
   * Binds one value of a model type, such as for a Jackson deserializer; pointers are relative to
   * it. For the agreement type the schema version is checked as for a document.
   *
   * @param type the model type
   * @param parser the parser, at the value's first token; afterwards at its last
   * @return the model object, or {@code null} when there were problems
   * @throws IOException when the input is not well-formed JSON
   */
  public Object bind(ObjectType type, JsonCursor parser) throws IOException {
    if (parser.current() != Token.START_OBJECT) {
      report(JsonProblemCode.WRONG_TYPE.at("", JsonTypes.OBJECT, JsonTypes.of(parser.current())));
      parser.skipChildren();
      return null;
    }
    int outside = parser.depth() - 1;
    this.outside = outside;
    if (guarded) {
      located = parser;
    }
    boolean root = type == ModelMapping.get().root();
    try {
      // Until the version is read, an agreement's tokens are kept for the upgrade of version 1.
      return bindObject(type, root && !upgraded ? new RootRecorder(parser) : parser, root);
    } catch (ProblemLimitReached e) {
      // Read on to the end of the value, so that a syntax error later on is still reported.
      while (parser.depth() != outside && parser.next() != null) {
        // skip
      }
      return null;
    }
  }

  /**
   * Reads a value written as a JSON string (a code, a time limit, a country...) from a caller's
   * parser, as a Jackson deserializer does: a string only, never a number or other type.
   *
   * @param type the value type
   * @param parser the parser, at the value
   * @return the value
   * @throws ProblemsException with one problem at pointer {@code ""}, located when the cursor
   *     places problems; also for what the cursor's parser refuses ({@link JsonCursor#refused})
   * @throws IOException when the input is not well-formed JSON
   */
  public static Object readText(ValueType type, JsonCursor parser) throws IOException {
    try {
      return readTextValue(type, parser);
    } catch (IOException | RuntimeException e) {
      Problem refused = parser.refused(e);
      if (refused == null) {
        throw e;
      }
      throw new ProblemsException(List.of(refused));
    }
  }

  private static Object readTextValue(ValueType type, JsonCursor parser) throws IOException {
    Token token = parser.current();
    List<Problem> problems;
    if (token != Token.STRING) {
      problems =
          List.of(
              token == Token.NULL
                  ? JsonProblemCode.NULL_VALUE.at("", JsonTypes.STRING)
                  : JsonProblemCode.WRONG_TYPE.at("", JsonTypes.STRING, JsonTypes.of(token)));
    } else {
      // Only the modules read through here: their parser is the caller's.
      Problem refused = ReadLimits.checkString(parser.text(), "", ReadLimits.Kind.STRING);
      if (refused != null) {
        problems = List.of(refused);
      } else {
        try {
          return type.read(parser.text());
        } catch (ProblemsException e) {
          problems = e.getProblems();
        }
      }
    }
    long[] at = parser.location();
    parser.skipChildren();
    List<Problem> located = new ArrayList<>(problems.size());
    for (Problem problem : problems) {
      located.add(at == null ? problem : problem.atLocation(at[0], at[1]));
    }
    throw new ProblemsException(located);
  }

  /**
   * Returns the problems found, in document order; a missing property is reported at the end of its
   * object.
   *
   * @return the problems; when the limit was reached the last one says so
   */
  public List<Problem> problems() {
    return problems;
  }

  /** Reports a problem at the cursor's current token (when the cursor places problems). */
  private void report(Problem problem) {
    report(problem, located == null ? null : located.location());
  }

  /** Reports a problem at a location: {@code {line, column}}, or null when it has none. */
  private void report(Problem problem, long[] at) {
    if (problems.size() >= maxProblems) {
      problems.add(JsonProblemCode.TOO_MANY_PROBLEMS.at("", maxProblems));
      throw new ProblemLimitReached();
    }
    problems.add(
        at == null || problem.getLine().isPresent() ? problem : problem.atLocation(at[0], at[1]));
  }

  private String pointer() {
    return path.pointer();
  }

  private String pointer(String child) {
    return path.pointer(child);
  }

  /** Binds the object at the parser's START_OBJECT; returns null when it has problems. */
  private Object bindObject(ObjectType type, JsonCursor parser, boolean root) throws IOException {
    int before = problems.size();
    // Problems of the object as a whole (a missing property, a rule of the model) are placed at
    // its start, as DpaJson places them; only a module's cursor gives a location here.
    long[] start = located == null ? null : located.location();
    Object builder = type.newBuilder();
    // The attributes given so far, one bit each (a model type has fewer than 64).
    long seen = 0;
    Map<String, ExtensionValue> extensions = null;
    Set<String> unknown = null;
    int last = -1;
    String name;
    while ((name = parser.nextName()) != null) {
      path.push(name);
      Attribute attribute = type.attribute(name, last);
      boolean duplicate;
      if (attribute == null) {
        // Names without an attribute (the schema version, unknown properties) are remembered
        // for duplicates; attributes have their bits.
        if (unknown == null) {
          unknown = new HashSet<>();
        }
        duplicate = !unknown.add(name);
      } else {
        last = attribute.getIndex();
        duplicate = (seen & (1L << attribute.getIndex())) != 0;
        seen |= 1L << attribute.getIndex();
      }
      if (duplicate) {
        // At the repeated name, not at the first occurrence (as the Locator places it).
        long[] at = located == null ? null : located.location();
        parser.next();
        report(JsonProblemCode.DUPLICATE_KEY.at(pointer(), Excerpt.of(name)), at);
        parser.skipChildren();
        path.pop();
        continue;
      }
      Token token = parser.next();
      if (attribute == null) {
        if (root && name.equals(SCHEMA_VERSION)) {
          checkVersion(parser, token);
          // A version 2 document is read on straight from the parser.
          parser = RootRecorder.unwrap(parser);
        } else if (lenient) {
          if (extensions == null) {
            extensions = new LinkedHashMap<>();
          }
          Problem refused =
              guarded ? ReadLimits.checkString(name, pointer(), ReadLimits.Kind.NAME) : null;
          if (refused != null) {
            report(refused);
            parser.skipChildren();
            path.pop();
            continue;
          }
          String json = extensionJson(parser);
          if (json != null) {
            extensions.put(name, ExtensionValue.ofJson(json));
          }
        } else {
          report(JsonProblemCode.UNKNOWN_PROPERTY.at(pointer(), Excerpt.of(name)));
          parser.skipChildren();
        }
      } else {
        Object value = bindAttribute(attribute, parser, token);
        if (value != null && problems.size() == before) {
          attribute.set(builder, value);
        }
      }
      path.pop();
    }
    if (root && (unknown == null || !unknown.contains(SCHEMA_VERSION))) {
      report(JsonProblemCode.MISSING_PROPERTY.at(pointer(SCHEMA_VERSION), SCHEMA_VERSION), start);
    }
    if (seen == 0
        && unknown == null
        && org.dpa4j.model.Term.class.isAssignableFrom(type.getType())) {
      // "subProcessing": {} would mean "stated, every term at its default" and silence the
      // findings that the section's absence raises, though the text states nothing.
      report(JsonProblemCode.INVALID_VALUE.at(pointer(), EMPTY_SECTION), start);
    }
    for (Attribute attribute : type.getRequiredAttributes()) {
      if ((seen & (1L << attribute.getIndex())) == 0) {
        report(
            JsonProblemCode.MISSING_PROPERTY.at(pointer(attribute.getName()), attribute.getName()),
            start);
      }
    }
    if (problems.size() > before) {
      return null;
    }
    if (extensions != null) {
      type.putExtensions(builder, extensions);
    }
    try {
      Object built = type.build(builder);
      return checkPointers(type, built, start) ? built : null;
    } catch (DpaModelException e) {
      String at = pointer();
      for (Problem problem : e.getProblems()) {
        report(problem.under(at), start);
      }
      return null;
    }
  }

  private static final LocalizedText EMPTY_SECTION =
      LocalizedText.of(
          "an empty section states nothing: leave it out, or give its coverage",
          "een lege sectie bepaalt niets: laat haar weg, of geef haar dekking (coverage)");

  /** Reports the pointers a value carries that name no term of the model (blanks, duties). */
  private boolean checkPointers(ObjectType type, Object built, long[] start) {
    List<Problem> wrong = TermPointers.of(type, built, this::pointer);
    for (Problem problem : wrong) {
      report(problem, start);
    }
    return wrong.isEmpty();
  }

  private void checkVersion(JsonCursor parser, Token token) throws IOException {
    if (token == Token.NULL) {
      // As for every other null: the version is a required string.
      report(JsonProblemCode.NULL_VALUE.at(pointer(), JsonTypes.STRING));
    } else if (token != Token.STRING) {
      // As for every other value of the wrong JSON type: 2 is not "2", and no version at all.
      report(JsonProblemCode.WRONG_TYPE.at(pointer(), JsonTypes.STRING, JsonTypes.of(token)));
      parser.skipChildren();
    } else if (!upgraded && VERSION_1.equals(parser.text())) {
      throw new EarlierVersion((RootRecorder) parser);
    } else if (!DataProcessingAgreement.SCHEMA_VERSION.equals(parser.text())) {
      report(
          JsonProblemCode.SCHEMA_VERSION.at(
              pointer(), Excerpt.of(parser.text()), SUPPORTED_VERSIONS));
    }
  }

  /**
   * Reads an extension value as compact JSON, each number as written; a key given twice at any
   * depth in it is reported at its pointer, and null returned.
   */
  private String extensionJson(JsonCursor parser) throws IOException {
    if (!guarded) {
      try {
        return parser.valueAsJson();
      } catch (JsonTree.DuplicateKey e) {
        report(UpgradingBinder.duplicateKey(pointer(), e));
        return null;
      }
    }
    Token first = parser.current();
    int around =
        first == Token.START_OBJECT || first == Token.START_ARRAY ? parser.depth() - 1 : -1;
    try {
      return JsonTree.compact(JsonTree.read(parser, outside));
    } catch (JsonTree.DuplicateKey e) {
      report(UpgradingBinder.duplicateKey(pointer(), e));
      return null;
    } catch (JsonTree.Refused e) {
      // Read on to the end of the value, so that the binder goes on with the next property.
      while (around >= 0 && parser.depth() != around && parser.next() != null) {
        // skip
      }
      report(e.problem().under(pointer()));
      return null;
    }
  }

  /** Returns the value to give the builder, or null when absent (JSON null) or wrong. */
  private Object bindAttribute(Attribute attribute, JsonCursor parser, Token token)
      throws IOException {
    ValueType type = attribute.getValueType();
    if (token == Token.NULL) {
      // No nulls, not even for optional values: leave the property out instead.
      report(
          JsonProblemCode.NULL_VALUE.at(
              pointer(), attribute.isMany() ? JsonTypes.ARRAY : JsonTypes.expected(type)));
      return null;
    }
    if (!attribute.isMany()) {
      return bindValue(type, parser, token);
    }
    if (token != Token.START_ARRAY) {
      report(JsonProblemCode.WRONG_TYPE.at(pointer(), JsonTypes.ARRAY, JsonTypes.of(token)));
      parser.skipChildren();
      return null;
    }
    List<Object> elements = new ArrayList<>();
    Set<Object> distinct =
        attribute.getCardinality() == Attribute.Cardinality.SET ? new HashSet<>() : null;
    boolean ok = true;
    Token element;
    for (int i = 0; (element = parser.next()) != Token.END_ARRAY; i++) {
      path.push(i);
      if (element == Token.NULL) {
        report(JsonProblemCode.NULL_VALUE.at(pointer(), JsonTypes.expected(type)));
        ok = false;
      } else {
        Object value = bindValue(type, parser, element);
        if (value == null) {
          ok = false;
        } else if (distinct != null && !distinct.add(value)) {
          report(JsonProblemCode.INVALID_VALUE.at(pointer(), DUPLICATE_ENTRY));
          ok = false;
        } else {
          elements.add(value);
        }
      }
      path.pop();
    }
    return ok ? elements : null;
  }

  private Object bindValue(ValueType type, JsonCursor parser, Token token) throws IOException {
    switch (type.getKind()) {
      case OBJECT:
        if (token == Token.START_OBJECT) {
          return bindObject(type.getObjectType(), parser, false);
        }
        break;
      case BOOLEAN:
        if (token == Token.TRUE || token == Token.FALSE) {
          return token == Token.TRUE;
        }
        break;
      case INTEGER:
        if (token == Token.INTEGER) {
          if (parser.isInt()) {
            return parser.intValue();
          }
          // The right type, out of range: not "expected an integer but found an integer".
          report(JsonProblemCode.INVALID_VALUE.at(pointer(), INTEGER_RANGE));
          return null;
        }
        break;
      default:
        if (token == Token.STRING) {
          String text = parser.text();
          Problem refused =
              guarded ? ReadLimits.checkString(text, pointer(), ReadLimits.Kind.STRING) : null;
          if (refused != null) {
            report(refused);
            return null;
          }
          return bindText(type, text);
        }
    }
    report(JsonProblemCode.WRONG_TYPE.at(pointer(), JsonTypes.expected(type), JsonTypes.of(token)));
    parser.skipChildren();
    return null;
  }

  private Object bindText(ValueType type, String text) {
    try {
      return type.read(text);
    } catch (ProblemsException e) {
      report(e.getProblems().get(0).under(pointer()));
      return null;
    }
  }
}
