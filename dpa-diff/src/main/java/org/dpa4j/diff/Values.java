package org.dpa4j.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dpa4j.model.CodedEnum;

/** How values of the model are shown in messages, and the keys by which list elements match. */
final class Values {
  /** Shown instead of personal data, as the model's {@code toString()} does. */
  static final String REDACTED = "<redacted>";

  private Values() {}

  /**
   * Renders a value as its JSON text form: a string in quotes, a code, a value type's text; a model
   * object as its type and identity (leaving out identity attributes that are personal data).
   */
  static String render(Object value) {
    if (value instanceof String) {
      return "\"" + value + "\"";
    }
    if (value instanceof CodedEnum) {
      return ((CodedEnum) value).getCode();
    }
    ModelTypes.ObjectType type = ModelTypes.get().typeOf(value);
    if (type == null) {
      return String.valueOf(value);
    }
    List<String> identity = DiffTable.get().identities().getOrDefault(type.name(), List.of());
    if (identity.isEmpty()) {
      return type.name() + summary(type, value);
    }
    List<String> parts = new ArrayList<>();
    for (String name : identity) {
      ModelTypes.Attr attr = type.attribute(name).orElseThrow();
      if (DiffTable.get().rule(attr).personal) {
        continue;
      }
      Object part = unwrap(attr.get(value));
      if (part != null) {
        parts.add(render(part));
      }
    }
    return parts.isEmpty() ? type.name() : type.name() + " " + String.join(" ", parts);
  }

  /**
   * Summarises a model object without identity (a deadline, a removed section) by its first few
   * terms that bear on the processor and are plain values: {@code {limit PT72H, trigger
   * awareness}}; wording, clauses, personal data and nested objects are left out.
   */
  private static String summary(ModelTypes.ObjectType type, Object value) {
    List<String> parts = new ArrayList<>();
    int more = 0;
    for (ModelTypes.Attr attr : type.attributes) {
      DiffTable.Rule rule = DiffTable.get().rule(attr);
      Object part = unwrap(attr.get(value));
      if (rule.personal
          || rule.kind == DiffTable.Kind.NEUTRAL
          || part == null
          || attr.isMany()
          || attr.objectType() != null) {
        continue;
      }
      if (parts.size() < SUMMARY_TERMS) {
        parts.add(attr.name + " " + render(part));
      } else {
        more++;
      }
    }
    if (more > 0) {
      parts.add("+" + more);
    }
    return parts.isEmpty() ? "" : " {" + String.join(", ", parts) + "}";
  }

  /** How many terms {@link #summary} shows. */
  private static final int SUMMARY_TERMS = 4;

  /** Returns the value of an optional, or null when empty; any other value as it is. */
  static Object unwrap(Object value) {
    if (value instanceof Optional) {
      return ((Optional<?>) value).orElse(null);
    }
    return value;
  }

  /**
   * Returns the key by which an element of a list is matched with an element of the other version:
   * the values of its identity attributes, or the element itself when it has none.
   */
  static Object identityKey(ModelTypes.ObjectType type, Object element) {
    if (type == null) {
      return element;
    }
    List<String> identity = DiffTable.get().identity(type);
    if (identity.isEmpty()) {
      return element;
    }
    List<Object> key = new ArrayList<>(identity.size());
    for (String name : identity) {
      key.add(type.attribute(name).orElseThrow().get(element));
    }
    return key;
  }
}
