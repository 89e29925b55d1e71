package org.dpa4j.json.core.internal;

import java.lang.reflect.Method;
import org.dpa4j.model.internal.ModelCalls;

/** One attribute of a model object type: its JSON name, cardinality, value type and accessors. */
public final class Attribute {

  /** How many values an attribute holds, and whether JSON must give it. */
  public enum Cardinality {
    /** Exactly one value; the property is required. */
    REQUIRED,
    /** Exactly one value with a default; the property may be left out. */
    DEFAULTED,
    /** Zero or one value ({@code Optional}); left out when empty. */
    OPTIONAL,
    /** An ordered list; left out when empty. */
    LIST,
    /** A set without duplicates, in declaration order for enums; left out when empty. */
    SET
  }

  private final String name;
  private final Cardinality cardinality;
  private final ValueType valueType;
  private final Method getter;
  private final Method setter;
  private final int index;
  // Made on first use: most attributes are never read or written in a given process, and making
  // one costs a class.
  private ModelCalls.Unary get;
  private ModelCalls.Binary set;

  Attribute(
      String name,
      Cardinality cardinality,
      ValueType valueType,
      Method getter,
      Method setter,
      int index) {
    this.name = name;
    this.cardinality = cardinality;
    this.valueType = valueType;
    this.getter = getter;
    this.setter = setter;
    this.index = index;
  }

  Attribute withIndex(int position) {
    return new Attribute(name, cardinality, valueType, getter, setter, position);
  }

  /**
   * Returns the position of this attribute in its type's canonical order.
   *
   * @return the index into {@link ObjectType#getAttributes()}
   */
  public int getIndex() {
    return index;
  }

  /**
   * Returns the JSON property name, the same as the Java attribute name.
   *
   * @return the name
   */
  public String getName() {
    return name;
  }

  /**
   * Returns the cardinality.
   *
   * @return the cardinality
   */
  public Cardinality getCardinality() {
    return cardinality;
  }

  /**
   * Returns the type of a value (of an element, for lists and sets).
   *
   * @return the value type
   */
  public ValueType getValueType() {
    return valueType;
  }

  /**
   * Returns the attribute's value.
   *
   * @param target a model object
   * @return the value: an {@code Optional}, a collection, or the value itself
   */
  public Object get(Object target) {
    ModelCalls.Unary call = get;
    if (call == null) {
      // A race makes two equal calls; either serves.
      call = ModelCalls.unary(getter);
      get = call;
    }
    return call.call(target);
  }

  /**
   * Sets the attribute on a builder.
   *
   * @param builder a builder of the attribute's type
   * @param value the value: the element for an optional, a collection for a list or set
   */
  public void set(Object builder, Object value) {
    ModelCalls.Binary call = set;
    if (call == null) {
      call = ModelCalls.binary(setter);
      set = call;
    }
    call.call(builder, value);
  }

  /**
   * Returns the model's accessor.
   *
   * @return the accessor
   */
  public Method getGetter() {
    return getter;
  }

  /**
   * Tells whether the attribute holds a list or set.
   *
   * @return true for a list or set
   */
  public boolean isMany() {
    return cardinality == Cardinality.LIST || cardinality == Cardinality.SET;
  }
}
