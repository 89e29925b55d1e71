package org.dpa4j.json.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dpa4j.model.DpaModelException;

/**
 * Builds one instance of each model type, so that the schema can state the model's defaults as the
 * model computes them: every default is a constant of its type, whichever instance is asked.
 */
final class SampleValues {
  private final Map<ObjectType, Object> samples = new HashMap<>();

  /**
   * Returns an instance of a type, built with sample values for its required attributes (and, when
   * its invariants ask for more, for its optional ones too), or null when none could be built.
   *
   * @param type the type
   * @return an instance, or null
   */
  Object of(ObjectType type) {
    if (samples.containsKey(type)) {
      return samples.get(type);
    }
    samples.put(type, null);
    Object built = null;
    Attribute firstCode =
        type.getRequiredAttributes().stream()
            .filter(a -> a.getValueType().getKind() == ValueType.Kind.CODE)
            .findFirst()
            .orElse(null);
    List<Object> choices =
        firstCode == null
            ? java.util.Collections.singletonList(null)
            : List.copyOf(firstCode.getValueType().getCodes().values());
    for (boolean optional : new boolean[] {false, true}) {
      for (Object choice : choices) {
        built = tryBuild(type, firstCode, choice, optional);
        if (built != null) {
          samples.put(type, built);
          return built;
        }
      }
    }
    return null;
  }

  private Object tryBuild(ObjectType type, Attribute chosen, Object choice, boolean optional) {
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
        Object value = attribute == chosen ? choice : sample(attribute.getValueType());
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
        return "x";
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
