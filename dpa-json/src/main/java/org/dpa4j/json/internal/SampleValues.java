package org.dpa4j.json.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dpa4j.json.core.internal.Attribute;
import org.dpa4j.json.core.internal.ObjectType;
import org.dpa4j.json.core.internal.ValueType;
import org.dpa4j.model.DpaModelException;

/**
 * Builds instances of each model type, so that the schema can state the model's defaults as the
 * model computes them: every default is a constant of its type, whichever instance is asked.
 */
final class SampleValues {
  /** A text that is neither blank nor an invalid JSON Pointer. */
  private static final String TEXT = "/x";

  private static final int MAX_COMBINATIONS = 256;

  private final Map<ObjectType, List<Object>> variants = new HashMap<>();

  /**
   * Returns an instance of a type, or null when none could be built.
   *
   * @param type the type
   * @return an instance, or null
   */
  Object of(ObjectType type) {
    List<Object> built = variants(type);
    return built.isEmpty() ? null : built.get(0);
  }

  /**
   * Returns instances of a type built with sample values for its required attributes (and, when its
   * invariants ask for more, for its optional ones too): one for each constant of its first
   * required coded attribute that the type's invariants allow, and each combination of the variants
   * of its required objects, as far as the type's invariants allow.
   */
  private List<Object> variants(ObjectType type) {
    List<Object> known = variants.get(type);
    if (known != null) {
      return known;
    }
    variants.put(type, List.of());
    List<Attribute> varying = new ArrayList<>();
    List<List<Object>> choices = new ArrayList<>();
    for (Attribute attribute : type.getRequiredAttributes()) {
      ValueType value = attribute.getValueType();
      if (value.getKind() == ValueType.Kind.CODE && varying.isEmpty()) {
        varying.add(attribute);
        choices.add(List.copyOf(value.getCodes().values()));
      } else if (value.getKind() == ValueType.Kind.OBJECT) {
        varying.add(attribute);
        choices.add(variants(value.getObjectType()));
      }
    }
    List<Object> built = new ArrayList<>();
    for (boolean optional : new boolean[] {false, true}) {
      for (List<Object> combination : combinations(choices)) {
        Object instance = tryBuild(type, varying, combination, optional);
        if (instance != null) {
          built.add(instance);
        }
      }
      if (!built.isEmpty()) {
        break;
      }
    }
    List<Object> result = Collections.unmodifiableList(built);
    variants.put(type, result);
    return result;
  }

  private static List<List<Object>> combinations(List<List<Object>> choices) {
    List<List<Object>> combinations = new ArrayList<>();
    combinations.add(List.of());
    for (List<Object> options : choices) {
      List<List<Object>> longer = new ArrayList<>();
      for (List<Object> prefix : combinations) {
        for (Object option : options) {
          if (longer.size() < MAX_COMBINATIONS) {
            List<Object> next = new ArrayList<>(prefix);
            next.add(option);
            longer.add(next);
          }
        }
      }
      combinations = longer;
    }
    return combinations;
  }

  private Object tryBuild(
      ObjectType type, List<Attribute> varying, List<Object> values, boolean optional) {
    try {
      Object builder = type.newBuilder();
      for (Attribute attribute : type.getAttributes()) {
        Attribute.Cardinality cardinality = attribute.getCardinality();
        boolean wanted =
            cardinality == Attribute.Cardinality.REQUIRED
                || (optional && cardinality == Attribute.Cardinality.OPTIONAL);
        if (!wanted) {
          continue;
        }
        int chosen = varying.indexOf(attribute);
        Object value = chosen >= 0 ? values.get(chosen) : sample(attribute.getValueType());
        if (value == null) {
          return null;
        }
        attribute.set(builder, value);
      }
      return type.build(builder);
    } catch (DpaModelException | IllegalStateException e) {
      return null;
    }
  }

  private Object sample(ValueType type) {
    switch (type.getKind()) {
      case STRING:
        return TEXT;
      case BOOLEAN:
        return Boolean.FALSE;
      case INTEGER:
        return 1;
      case CODE:
        return type.getCodes().values().iterator().next();
      case TEXT:
        return type.read(SchemaGenerator.examples(type.getJavaType()).get(0));
      default:
        return of(type.getObjectType());
    }
  }
}
