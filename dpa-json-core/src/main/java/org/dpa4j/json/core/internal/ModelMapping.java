package org.dpa4j.json.core.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.DataProcessingAgreement;

/**
 * The mapping between the model and JSON, derived once from the model's classes.
 *
 * <p>An attribute is an accessor ({@code getX}/{@code isX}) that the generated immutable class
 * implements; its JSON name is the attribute name. Abstract accessors of single values are
 * required; accessors with a body have a default; {@code Optional}, {@code List} and {@code Set}
 * accessors may be left out. Types with a static {@code parse(CharSequence)} are written in their
 * text form, enums as their codes. The mapping is immutable and shared.
 */
public final class ModelMapping {
  private static final String EXTENSIONS = "getExtensions";

  private final Map<Class<?>, ObjectType> objectTypes;
  private final Map<Class<?>, ValueType> leafTypes;
  private final ObjectType root;

  private ModelMapping() {
    Map<Class<?>, ObjectType> objects = new LinkedHashMap<>();
    Map<Class<?>, ValueType> leaves = new LinkedHashMap<>();
    List<ValueType> pending = new ArrayList<>();
    this.root = describe(DataProcessingAgreement.class, objects, leaves, pending);
    for (ValueType reference : pending) {
      reference.resolve(objects.get(reference.getJavaType()));
    }
    this.objectTypes = Collections.unmodifiableMap(objects);
    this.leafTypes = Collections.unmodifiableMap(leaves);
  }

  private static final class Holder {
    static final ModelMapping INSTANCE = new ModelMapping();
  }

  /**
   * Returns the mapping, built on first use.
   *
   * @return the mapping
   */
  public static ModelMapping get() {
    return Holder.INSTANCE;
  }

  /**
   * Returns the type of the root, {@link DataProcessingAgreement}.
   *
   * @return the root type
   */
  public ObjectType root() {
    return root;
  }

  /**
   * Returns every object type reachable from the root, root first.
   *
   * @return the object types
   */
  public Collection<ObjectType> objectTypes() {
    return objectTypes.values();
  }

  /**
   * Returns the object type of a model class.
   *
   * @param type the model class
   * @return the object type, or empty when the class is not a model object type
   */
  public Optional<ObjectType> objectType(Class<?> type) {
    return Optional.ofNullable(objectTypes.get(type));
  }

  /**
   * Returns every enum and text value type used by the model.
   *
   * @return the leaf value types
   */
  public Collection<ValueType> leafTypes() {
    return leafTypes.values();
  }

  private static ObjectType describe(
      Class<?> type,
      Map<Class<?>, ObjectType> objects,
      Map<Class<?>, ValueType> leaves,
      List<ValueType> pending) {
    Class<?> immutable = immutableClass(type);
    Method builderFactory = method(immutable, "builder");
    Class<?> builderClass = builderFactory.getReturnType();
    Map<String, Attribute> byName = new java.util.HashMap<>();
    // Reserve the slot before descending, so that types referring back are not described twice.
    objects.put(type, null);
    // The accessors the generated class implements with no parameters: the attributes.
    Set<String> implemented = new HashSet<>();
    for (Method method : immutable.getDeclaredMethods()) {
      if (method.getParameterCount() == 0) {
        implemented.add(method.getName());
      }
    }
    for (Method getter : type.getMethods()) {
      if (!isAttribute(getter, implemented)) {
        continue;
      }
      String name = attributeName(getter);
      Attribute.Cardinality cardinality = cardinality(getter);
      Type valueJavaType = elementType(getter, cardinality);
      ValueType valueType = valueType(rawClass(valueJavaType), objects, leaves, pending);
      Method setter = setter(builderClass, name, cardinality);
      // Public members of exported packages: skipping the per-call access check is allowed and
      // measurably cheaper on the read path.
      getter.setAccessible(true);
      setter.setAccessible(true);
      byName.put(name, new Attribute(name, cardinality, valueType, getter, setter, -1));
    }
    if (byName.size() > Long.SIZE) {
      // The binder keeps the attributes it has seen as bits of a long.
      throw new IllegalStateException(type.getName() + " has more than 64 attributes");
    }
    List<Attribute> attributes = new ArrayList<>(byName.values());
    attributes.sort(Comparator.comparing(Attribute::getName));
    for (int i = 0; i < attributes.size(); i++) {
      Attribute indexed = attributes.get(i).withIndex(i);
      attributes.set(i, indexed);
      byName.put(indexed.getName(), indexed);
    }
    Method build = method(builderClass, "build");
    Method putAllExtensions = methodWithParameter(builderClass, "putAllExtensions", Map.class);
    Method getExtensions = method(type, EXTENSIONS);
    for (Method m : new Method[] {builderFactory, build, putAllExtensions, getExtensions}) {
      m.setAccessible(true);
    }
    ObjectType objectType =
        new ObjectType(
            type, attributes, byName, builderFactory, build, putAllExtensions, getExtensions);
    objects.put(type, objectType);
    return objectType;
  }

  private static boolean isAttribute(Method getter, Set<String> implemented) {
    String name = getter.getName();
    return !Modifier.isStatic(getter.getModifiers())
        && getter.getParameterCount() == 0
        && !name.equals("getClass")
        && !name.equals(EXTENSIONS)
        && prefixLength(name) > 0
        && implemented.contains(name);
  }

  /** Returns 3 for getX, 2 for isX, else 0 (no regular expressions: this runs at start-up). */
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

  private static String attributeName(Method getter) {
    String bare = getter.getName().substring(prefixLength(getter.getName()));
    // Interned, like the names Jackson's parser returns, so that matching them is an identity
    // check.
    return (bare.substring(0, 1).toLowerCase(Locale.ROOT) + bare.substring(1)).intern();
  }

  private static Attribute.Cardinality cardinality(Method getter) {
    Class<?> returned = getter.getReturnType();
    if (returned == Optional.class) {
      return Attribute.Cardinality.OPTIONAL;
    }
    if (returned == List.class) {
      return Attribute.Cardinality.LIST;
    }
    if (returned == Set.class) {
      return Attribute.Cardinality.SET;
    }
    return Modifier.isAbstract(getter.getModifiers())
        ? Attribute.Cardinality.REQUIRED
        : Attribute.Cardinality.DEFAULTED;
  }

  private static Type elementType(Method getter, Attribute.Cardinality cardinality) {
    if (cardinality == Attribute.Cardinality.REQUIRED
        || cardinality == Attribute.Cardinality.DEFAULTED) {
      return getter.getGenericReturnType();
    }
    return ((ParameterizedType) getter.getGenericReturnType()).getActualTypeArguments()[0];
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class) {
      return (Class<?>) type;
    }
    return (Class<?>) ((ParameterizedType) type).getRawType();
  }

  private static ValueType valueType(
      Class<?> type,
      Map<Class<?>, ObjectType> objects,
      Map<Class<?>, ValueType> leaves,
      List<ValueType> pending) {
    if (type == String.class) {
      return ValueType.scalar(ValueType.Kind.STRING, String.class);
    }
    if (type == boolean.class || type == Boolean.class) {
      return ValueType.scalar(ValueType.Kind.BOOLEAN, boolean.class);
    }
    if (type == int.class || type == Integer.class) {
      return ValueType.scalar(ValueType.Kind.INTEGER, int.class);
    }
    if (type.isEnum() && CodedEnum.class.isAssignableFrom(type)) {
      return leaves.computeIfAbsent(type, ValueType::code);
    }
    Optional<Method> parse = parseMethod(type);
    if (parse.isPresent()) {
      return leaves.computeIfAbsent(type, t -> ValueType.text(t, parse.get()));
    }
    if (!objects.containsKey(type)) {
      describe(type, objects, leaves, pending);
    }
    ValueType reference = ValueType.object(type);
    pending.add(reference);
    return reference;
  }

  private static Optional<Method> parseMethod(Class<?> type) {
    try {
      Method parse = type.getMethod("parse", CharSequence.class);
      return Modifier.isStatic(parse.getModifiers()) ? Optional.of(parse) : Optional.empty();
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  private static Method setter(
      Class<?> builderClass, String name, Attribute.Cardinality cardinality) {
    if (cardinality == Attribute.Cardinality.LIST || cardinality == Attribute.Cardinality.SET) {
      String addAll = "addAll" + name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
      return methodWithParameter(builderClass, addAll, Iterable.class);
    }
    for (Method candidate : builderClass.getMethods()) {
      if (candidate.getName().equals(name)
          && candidate.getParameterCount() == 1
          && candidate.getParameterTypes()[0] != Optional.class) {
        return candidate;
      }
    }
    throw new IllegalStateException("no builder method " + builderClass.getName() + "." + name);
  }

  private static Class<?> immutableClass(Class<?> type) {
    String name = type.getPackageName() + ".Immutable" + type.getSimpleName();
    try {
      return Class.forName(name, true, type.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("not a model object type: " + type.getName(), e);
    }
  }

  private static Method method(Class<?> type, String name) {
    try {
      return type.getMethod(name);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type.getName() + "." + name, e);
    }
  }

  private static Method methodWithParameter(Class<?> type, String name, Class<?> parameter) {
    try {
      return type.getMethod(name, parameter);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type.getName() + "." + name, e);
    }
  }
}
