package org.dpa4j.diff;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dpa4j.model.DataProcessingAgreement;

/**
 * The model's object types and their attributes as the JSON form has them: an attribute is a {@code
 * get*}/{@code is*} accessor that the generated immutable class implements, named as JSON names it,
 * in canonical (sorted) order; extensions are left out.
 *
 * <p>dpa-json holds the same description ({@code ModelMapping}) in a package it does not export and
 * with Jackson on its class path, so this module derives the small part it needs itself, once.
 */
final class ModelTypes {

  /** How many values an attribute holds. */
  enum Cardinality {
    ONE,
    OPTIONAL,
    LIST,
    SET
  }

  /** One attribute of an object type. */
  static final class Attr {
    final ObjectType owner;
    final String name;
    final Cardinality cardinality;
    final Class<?> valueClass;
    final Method getter;

    Attr(ObjectType owner, String name, Cardinality cardinality, Class<?> valueClass, Method get) {
      this.owner = owner;
      this.name = name;
      this.cardinality = cardinality;
      this.valueClass = valueClass;
      this.getter = get;
    }

    /** The key of this attribute in the classification table: {@code Type.attribute}. */
    String key() {
      return owner.name() + "." + name;
    }

    boolean isMany() {
      return cardinality == Cardinality.LIST || cardinality == Cardinality.SET;
    }

    /** The object type of a value, or null when values are not model objects. */
    ObjectType objectType() {
      return INSTANCE.types.get(valueClass);
    }

    Object get(Object target) {
      try {
        return getter.invoke(target);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException(key(), e);
      }
    }

    @Override
    public String toString() {
      return key();
    }
  }

  /** A model object type. */
  static final class ObjectType {
    final Class<?> type;
    final List<Attr> attributes = new ArrayList<>();

    ObjectType(Class<?> type) {
      this.type = type;
    }

    String name() {
      return type.getSimpleName();
    }

    /**
     * The value of this type that a document which leaves the term out has (the type's static
     * {@code notStated()}), or empty when the type has none.
     */
    Optional<Object> notStated() {
      try {
        Method method = type.getMethod("notStated");
        if (Modifier.isStatic(method.getModifiers()) && method.getReturnType() == type) {
          return Optional.of(method.invoke(null));
        }
      } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
        // No such value: the term cannot be left out.
      }
      return Optional.empty();
    }

    Optional<Attr> attribute(String name) {
      return attributes.stream().filter(a -> a.name.equals(name)).findFirst();
    }

    @Override
    public String toString() {
      return name();
    }
  }

  private static final ModelTypes INSTANCE = new ModelTypes();

  private final Map<Class<?>, ObjectType> types = new LinkedHashMap<>();

  private ModelTypes() {
    describe(DataProcessingAgreement.class);
  }

  static ModelTypes get() {
    return INSTANCE;
  }

  ObjectType root() {
    return types.get(DataProcessingAgreement.class);
  }

  /** Returns the object type of a name ({@code SubProcessor}), or null when there is none. */
  ObjectType type(String name) {
    return types.values().stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
  }

  /** Every object type reachable from the root, root first. */
  List<ObjectType> objectTypes() {
    return Collections.unmodifiableList(new ArrayList<>(types.values()));
  }

  /** Returns the object type of a model object, or null for any other value. */
  ObjectType typeOf(Object value) {
    for (Class<?> c = value.getClass(); c != null; c = c.getSuperclass()) {
      ObjectType type = types.get(c);
      if (type != null) {
        return type;
      }
      for (Class<?> i : c.getInterfaces()) {
        if (types.containsKey(i)) {
          return types.get(i);
        }
      }
    }
    return null;
  }

  /**
   * Returns the attribute a JSON Pointer of an agreement names ({@code
   * /breachNotification/deadline/limit}), or for a pointer at a model object ({@code
   * /breachNotification/deadline}) its one single attribute whose values are of the given class
   * (the deadline's {@code limit} for a time limit); empty when there is none or more than one.
   * List indices are skipped.
   */
  Optional<Attr> attributeAt(String pointer, Class<?> valueClass) {
    ObjectType type = root();
    Attr found = null;
    String[] segments = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      if (type == null) {
        return Optional.empty();
      }
      Optional<Attr> attr = type.attribute(segments[i]);
      if (attr.isEmpty()) {
        return Optional.empty();
      }
      found = attr.get();
      if (found.isMany()) {
        i++;
      }
      type = found.objectType();
    }
    if (found == null) {
      return Optional.empty();
    }
    if (type == null) {
      return holds(found, valueClass) ? Optional.of(found) : Optional.empty();
    }
    List<Attr> candidates = new ArrayList<>();
    for (Attr attr : type.attributes) {
      if (!attr.isMany() && holds(attr, valueClass)) {
        candidates.add(attr);
      }
    }
    return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
  }

  private static boolean holds(Attr attr, Class<?> valueClass) {
    Class<?> declared = attr.valueClass == int.class ? Integer.class : attr.valueClass;
    return declared.isAssignableFrom(valueClass);
  }

  private ObjectType describe(Class<?> type) {
    ObjectType described = new ObjectType(type);
    types.put(type, described);
    Class<?> immutable = immutableClass(type);
    Set<String> implemented = new HashSet<>();
    for (Method method : immutable.getDeclaredMethods()) {
      if (method.getParameterCount() == 0) {
        implemented.add(method.getName());
      }
    }
    List<Attr> attributes = new ArrayList<>();
    for (Method getter : type.getMethods()) {
      String name = getter.getName();
      int prefix = prefixLength(name);
      if (Modifier.isStatic(getter.getModifiers())
          || getter.getParameterCount() != 0
          || prefix == 0
          || name.equals("getClass")
          || name.equals("getExtensions")
          || !implemented.contains(name)) {
        continue;
      }
      Cardinality cardinality = cardinality(getter.getReturnType());
      Type valueType =
          cardinality == Cardinality.ONE
              ? getter.getGenericReturnType()
              : ((ParameterizedType) getter.getGenericReturnType()).getActualTypeArguments()[0];
      Class<?> valueClass =
          valueType instanceof Class
              ? (Class<?>) valueType
              : (Class<?>) ((ParameterizedType) valueType).getRawType();
      String attribute =
          name.substring(prefix, prefix + 1).toLowerCase(Locale.ROOT) + name.substring(prefix + 1);
      attributes.add(new Attr(described, attribute, cardinality, valueClass, getter));
    }
    attributes.sort(Comparator.comparing(a -> a.name));
    described.attributes.addAll(attributes);
    for (Attr attr : attributes) {
      if (isObjectType(attr.valueClass) && !types.containsKey(attr.valueClass)) {
        describe(attr.valueClass);
      }
    }
    return described;
  }

  private static boolean isObjectType(Class<?> type) {
    if (!type.getPackageName().startsWith("org.dpa4j.model")) {
      return false;
    }
    try {
      Class.forName(
          type.getPackageName() + ".Immutable" + type.getSimpleName(),
          false,
          type.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static Class<?> immutableClass(Class<?> type) {
    try {
      return Class.forName(
          type.getPackageName() + ".Immutable" + type.getSimpleName(),
          false,
          type.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("not a model object type: " + type.getName(), e);
    }
  }

  private static Cardinality cardinality(Class<?> returned) {
    if (returned == Optional.class) {
      return Cardinality.OPTIONAL;
    }
    if (returned == List.class) {
      return Cardinality.LIST;
    }
    if (returned == Set.class) {
      return Cardinality.SET;
    }
    return Cardinality.ONE;
  }

  private static int prefixLength(String name) {
    for (String prefix : new String[] {"get", "is"}) {
      if (name.length() > prefix.length()
          && name.startsWith(prefix)
          && Character.isUpperCase(name.charAt(prefix.length()))) {
        return prefix.length();
      }
    }
    return 0;
  }
}
