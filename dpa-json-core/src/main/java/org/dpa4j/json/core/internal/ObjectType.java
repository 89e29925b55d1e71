package org.dpa4j.json.core.internal;

import java.lang.reflect.Method;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dpa4j.model.internal.ModelCalls;

/** A model object type as JSON sees it: its attributes by name, in canonical order. */
public final class ObjectType {
  private static final int LOOK_AHEAD = 4;
  private final Class<?> type;
  private final List<Attribute> attributes;
  private final List<Attribute> required;
  private final String[] names;
  private final Map<String, Attribute> byName;
  private final ModelCalls.Nullary builderFactory;
  private final ModelCalls.Unary build;
  private final ModelCalls.Binary putAllExtensions;
  private final ModelCalls.Unary getExtensions;

  ObjectType(
      Class<?> type,
      List<Attribute> attributes,
      Map<String, Attribute> byName,
      Method builderFactory,
      Method build,
      Method putAllExtensions,
      Method getExtensions) {
    this.type = type;
    this.attributes = Collections.unmodifiableList(attributes);
    this.required =
        attributes.stream()
            .filter(a -> a.getCardinality() == Attribute.Cardinality.REQUIRED)
            .collect(Collectors.toUnmodifiableList());
    this.byName = Collections.unmodifiableMap(byName);
    this.names = attributes.stream().map(Attribute::getName).toArray(String[]::new);
    this.builderFactory = ModelCalls.nullary(builderFactory);
    this.build = ModelCalls.unary(build);
    this.putAllExtensions = ModelCalls.binary(putAllExtensions);
    this.getExtensions = ModelCalls.unary(getExtensions);
  }

  /**
   * Returns the model type.
   *
   * @return the abstract model class
   */
  public Class<?> getType() {
    return type;
  }

  /**
   * Returns the name used for this type in the JSON Schema.
   *
   * @return the simple class name
   */
  public String getName() {
    return type.getSimpleName();
  }

  /**
   * Returns the attributes in canonical order: sorted by name.
   *
   * @return the attributes
   */
  public List<Attribute> getAttributes() {
    return attributes;
  }

  /**
   * Returns the attributes that JSON must give, in canonical order.
   *
   * @return the required attributes
   */
  public List<Attribute> getRequiredAttributes() {
    return required;
  }

  /**
   * Finds an attribute by name, trying first the few attributes after the one found last: canonical
   * documents list properties in this order, so most lookups cost one string comparison.
   *
   * @param name the property name
   * @param after the index of the attribute found before in the same object, or -1
   * @return the attribute, or null for an unknown name
   */
  Attribute attribute(String name, int after) {
    // Canonical documents give names in this order, with many attributes left out between two
    // given ones: compare identities up to the end first (the parser's names and ours are
    // interned), then equal text near the last one, then hash.
    for (int i = after + 1; i < names.length; i++) {
      if (names[i] == name) {
        return attributes.get(i);
      }
    }
    int end = Math.min(after + 1 + LOOK_AHEAD, names.length);
    for (int i = after + 1; i < end; i++) {
      if (names[i].equals(name)) {
        return attributes.get(i);
      }
    }
    return byName.get(name);
  }

  /**
   * Tells whether a JSON Pointer, relative to a value of this type, follows the model's attributes:
   * each segment names an attribute, followed by an index into a list, until a value that is not an
   * object. The value named need not be present.
   *
   * @param pointer a pointer such as {@code /breachNotification/deadline} or {@code
   *     /subProcessing/subProcessors/2/country}
   * @return true when it does
   */
  public boolean resolves(String pointer) {
    if (pointer.isEmpty()) {
      return true;
    }
    if (pointer.charAt(0) != '/') {
      return false;
    }
    ObjectType type = this;
    boolean expectIndex = false;
    for (String raw : pointer.substring(1).split("/", -1)) {
      String segment = raw.replace("~1", "/").replace("~0", "~");
      if (expectIndex) {
        expectIndex = false;
        if (!isIndex(segment)) {
          return false;
        }
        continue;
      }
      if (type == null) {
        // Below a value that has no attributes.
        return false;
      }
      Attribute attribute = type.byName.get(segment);
      if (attribute == null) {
        return false;
      }
      ValueType value = attribute.getValueType();
      type = value.getKind() == ValueType.Kind.OBJECT ? value.getObjectType() : null;
      expectIndex = attribute.isMany();
    }
    return true;
  }

  private static boolean isIndex(String segment) {
    if (segment.isEmpty()
        || segment.length() > 9
        || (segment.length() > 1 && segment.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < segment.length(); i++) {
      if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns a new builder of the type.
   *
   * @return the builder
   */
  public Object newBuilder() {
    return builderFactory.call();
  }

  /**
   * Builds the object.
   *
   * @param builder a builder from {@link #newBuilder()}
   * @return the model object
   * @throws org.dpa4j.model.DpaModelException when an invariant is broken
   */
  public Object build(Object builder) {
    return build.call(builder);
  }

  void putExtensions(Object builder, Map<String, ?> extensions) {
    putAllExtensions.call(builder, extensions);
  }

  /**
   * Returns an object's extensions.
   *
   * @param value a model object of this type
   * @return its extensions by name, {@link org.dpa4j.model.ExtensionValue}s; empty for a type
   *     without them
   */
  @SuppressWarnings("unchecked")
  public Map<String, Object> extensions(Object value) {
    return (Map<String, Object>) getExtensions.call(value);
  }

  @Override
  public String toString() {
    return getName();
  }
}
