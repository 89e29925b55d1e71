package org.dpa4j.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dpa4j.json.JsonProblemCode;
import org.dpa4j.model.DpaModelException;
import org.dpa4j.model.Excerpt;
import org.dpa4j.model.ExtensionValue;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.Problem;

/**
 * Binds a JSON tree to model objects, collecting every problem of the document with its pointer
 * rather than stopping at the first. One binder serves one document; it is not thread-safe.
 */
public final class Binder {
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

  private final boolean lenient;
  private final int maxProblems;
  private final CanonicalText compact;
  private final List<Problem> problems = new ArrayList<>();

  /**
   * Creates a binder.
   *
   * @param lenient keep unknown properties as extensions instead of reporting them
   * @param maxProblems the most problems to collect
   */
  public Binder(boolean lenient, int maxProblems) {
    this.lenient = lenient;
    this.maxProblems = maxProblems;
    this.compact = CanonicalText.compact();
  }

  /**
   * Binds a JSON object to a model object.
   *
   * @param type the model type expected
   * @param node the JSON value
   * @param pointer where the value is in the document
   * @param skip a property of the object that the caller handles itself, or {@code null}
   * @return the model object, or {@code null} when there were problems (see {@link #problems()})
   */
  public Object bind(ObjectType type, JsonNode node, String pointer, String skip) {
    try {
      return bindObject(type, node, pointer, skip);
    } catch (ProblemLimitReached e) {
      return null;
    }
  }

  /**
   * Returns the problems found, in document order as far as binding goes depth first.
   *
   * @return the problems; when the limit was reached the last one says so
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Records a problem found outside the binder, such as a wrong schema version.
   *
   * @param problem the problem
   */
  public void report(Problem problem) {
    if (problems.size() >= maxProblems) {
      problems.add(JsonProblemCode.TOO_MANY_PROBLEMS.at("", maxProblems));
      throw new ProblemLimitReached();
    }
    problems.add(problem);
  }

  private Object bindObject(ObjectType type, JsonNode node, String pointer, String skip) {
    if (!node.isObject()) {
      report(JsonProblemCode.WRONG_TYPE.at(pointer, JsonTypes.OBJECT, JsonTypes.of(node)));
      return null;
    }
    int before = problems.size();
    Map<Attribute, Object> values = new LinkedHashMap<>();
    Map<String, ExtensionValue> extensions = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String name = field.getKey();
      if (name.equals(skip)) {
        continue;
      }
      String at = Pointers.child(pointer, name);
      Attribute attribute = type.attribute(name);
      if (attribute == null) {
        if (lenient) {
          extensions.put(name, ExtensionValue.ofJson(compact.write(field.getValue())));
        } else {
          report(JsonProblemCode.UNKNOWN_PROPERTY.at(at, Excerpt.of(name)));
        }
        continue;
      }
      Object value = bindAttribute(attribute, field.getValue(), at);
      if (value != null) {
        values.put(attribute, value);
      }
    }
    for (Attribute attribute : type.getAttributes()) {
      if (attribute.getCardinality() == Attribute.Cardinality.REQUIRED
          && !node.has(attribute.getName())) {
        report(
            JsonProblemCode.MISSING_PROPERTY.at(
                Pointers.child(pointer, attribute.getName()), attribute.getName()));
      }
    }
    if (problems.size() > before) {
      return null;
    }
    Object builder = type.newBuilder();
    for (Map.Entry<Attribute, Object> entry : values.entrySet()) {
      entry.getKey().set(builder, entry.getValue());
    }
    if (!extensions.isEmpty()) {
      type.putExtensions(builder, extensions);
    }
    try {
      return type.build(builder);
    } catch (DpaModelException e) {
      for (Problem problem : e.getProblems()) {
        report(problem.under(pointer));
      }
      return null;
    }
  }

  /** Returns the value to give the builder, or null when absent (JSON null) or wrong. */
  private Object bindAttribute(Attribute attribute, JsonNode node, String pointer) {
    ValueType type = attribute.getValueType();
    if (node.isNull()) {
      // No nulls, not even for optional values: leave the property out instead.
      report(
          JsonProblemCode.NULL_VALUE.at(
              pointer, attribute.isMany() ? JsonTypes.ARRAY : JsonTypes.expected(type)));
      return null;
    }
    if (!attribute.isMany()) {
      return bindValue(type, node, pointer);
    }
    if (!node.isArray()) {
      report(JsonProblemCode.WRONG_TYPE.at(pointer, JsonTypes.ARRAY, JsonTypes.of(node)));
      return null;
    }
    List<Object> elements = new ArrayList<>(node.size());
    Set<Object> seen =
        attribute.getCardinality() == Attribute.Cardinality.SET ? new HashSet<>() : null;
    boolean ok = true;
    for (int i = 0; i < node.size(); i++) {
      String at = Pointers.child(pointer, i);
      JsonNode element = node.get(i);
      if (element.isNull()) {
        report(JsonProblemCode.NULL_VALUE.at(at, JsonTypes.expected(type)));
        ok = false;
        continue;
      }
      Object value = bindValue(type, element, at);
      if (value == null) {
        ok = false;
      } else if (seen != null && !seen.add(value)) {
        report(JsonProblemCode.INVALID_VALUE.at(at, DUPLICATE_ENTRY));
        ok = false;
      } else {
        elements.add(value);
      }
    }
    return ok ? elements : null;
  }

  private Object bindValue(ValueType type, JsonNode node, String pointer) {
    switch (type.getKind()) {
      case OBJECT:
        return bindObject(type.getObjectType(), node, pointer, null);
      case BOOLEAN:
        if (node.isBoolean()) {
          return node.booleanValue();
        }
        break;
      case INTEGER:
        if (node.isIntegralNumber() && node.canConvertToInt()) {
          return node.intValue();
        }
        break;
      default:
        if (node.isTextual()) {
          return bindText(type, node.textValue(), pointer);
        }
    }
    report(JsonProblemCode.WRONG_TYPE.at(pointer, JsonTypes.expected(type), JsonTypes.of(node)));
    return null;
  }

  private Object bindText(ValueType type, String text, String pointer) {
    switch (type.getKind()) {
      case STRING:
        return text;
      case CODE:
        Object constant = type.getCodes().get(text);
        if (constant == null) {
          report(
              JsonProblemCode.UNKNOWN_CODE.at(
                  pointer, Excerpt.of(text), String.join(", ", type.getCodes().keySet())));
        }
        return constant;
      default:
        try {
          return type.parse(text);
        } catch (DpaModelException e) {
          Problem cause = e.getProblems().get(0);
          report(
              JsonProblemCode.INVALID_VALUE.at(
                  pointer,
                  LocalizedText.of(
                      cause.getMessage(Locale.ENGLISH), cause.getMessage(LocalizedText.DUTCH))));
          return null;
        }
    }
  }
}
