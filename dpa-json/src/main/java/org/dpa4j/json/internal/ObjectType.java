package org.dpa4j.json.internal;

import java.lang.reflect.Method;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A model object type as JSON sees it: its attributes by name, in canonical order. */
public final class ObjectType {
  private final Class<?> type;
  private final List<Attribute> attributes;
  private final List<Attribute> required;
  private final Map<String, Attribute> byName;
  private final Method builderFactory;
  private final Method build;
  private final Method putAllExtensions;
  private final Method getExtensions;

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
    this.builderFactory = builderFactory;
    this.build = build;
    this.putAllExtensions = putAllExtensions;
    this.getExtensions = getExtensions;
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

  Attribute attribute(String name) {
    return byName.get(name);
  }

  Object newBuilder() {
    return Reflection.invoke(builderFactory, null);
  }

  Object build(Object builder) {
    return Reflection.invoke(build, builder);
  }

  void putExtensions(Object builder, Map<String, ?> extensions) {
    Reflection.invoke(putAllExtensions, builder, extensions);
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> extensions(Object value) {
    return (Map<String, Object>) Reflection.invoke(getExtensions, value);
  }

  @Override
  public String toString() {
    return getName();
  }
}
