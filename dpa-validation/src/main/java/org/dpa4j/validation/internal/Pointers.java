package org.dpa4j.validation.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dpa4j.model.internal.ModelCalls;

/**
 * Keeps finding pointers inside the agreement's JSON form. The JSON form leaves out empty optional
 * values and empty lists, so a rule that points at a missing term (an absent deadline, say) is
 * pointed at the nearest enclosing value that the document does have.
 */
public final class Pointers {
  /**
   * Per class of the values a pointer meets, their {@link Shape}, found once: a rule's pointers
   * cannot grow this.
   */
  private static final ClassValue<Shape> SHAPES =
      new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
          return Shape.of(type);
        }
      };

  private static final String MODEL_PACKAGE = "org.dpa4j.model";

  private Pointers() {}

  /**
   * Returns the longest prefix of a pointer that names a value present in the agreement's JSON.
   *
   * @param root the agreement
   * @param pointer an RFC 6901 pointer in terms of the model's attribute names
   * @return the pointer itself when it resolves, else its nearest resolving ancestor
   */
  public static String nearestPresent(Object root, String pointer) {
    if (pointer.isEmpty() || pointer.charAt(0) != '/') {
      return "";
    }
    Object current = root;
    int end = 0;
    while (end < pointer.length()) {
      int next = pointer.indexOf('/', end + 1);
      if (next < 0) {
        next = pointer.length();
      }
      current = step(current, pointer, end + 1, next);
      if (current == null) {
        break;
      }
      end = next;
    }
    return end == pointer.length() ? pointer : pointer.substring(0, end);
  }

  /**
   * Returns the value one step down, along the segment {@code pointer[start, end)}, or null when
   * the JSON form would not have it.
   */
  private static Object step(Object current, String pointer, int start, int end) {
    Shape shape = SHAPES.get(current.getClass());
    Object value;
    if (shape.kind == Kind.LIST || shape.kind == Kind.COLLECTION) {
      Collection<?> collection = (Collection<?>) current;
      int index = index(pointer, start, end);
      if (index < 0 || index >= collection.size()) {
        return null;
      }
      value = shape.kind == Kind.LIST ? ((List<?>) collection).get(index) : nth(collection, index);
    } else {
      // A value (a string, a code, a time limit, an amount) has no accessors: a string or a number
      // in the JSON form, so the pointer goes no deeper into it.
      if (shape.isEmpty()) {
        return null;
      }
      int tilde = pointer.indexOf('~', start);
      ModelCalls.Unary accessor;
      if (tilde >= 0 && tilde < end) {
        String segment = pointer.substring(start, end).replace("~1", "/").replace("~0", "~");
        accessor = shape.find(segment, 0, segment.length());
      } else {
        accessor = shape.find(pointer, start, end);
      }
      if (accessor == null) {
        return null;
      }
      value = accessor.call(current);
    }
    if (value == null) {
      return null;
    }
    switch (SHAPES.get(value.getClass()).kind) {
      case OPTIONAL:
        return ((Optional<?>) value).orElse(null);
      case MAP:
        // Extensions: in the JSON form they sit among their object's properties, not below a name.
        return null;
      case LIST:
      case COLLECTION:
        return ((Collection<?>) value).isEmpty() ? null : value;
      default:
        return value;
    }
  }

  /** Returns a set's element at an index in its order, which is the JSON form's. */
  private static Object nth(Collection<?> collection, int index) {
    Iterator<?> elements = collection.iterator();
    for (int i = 0; i < index; i++) {
      elements.next();
    }
    return elements.next();
  }

  /**
   * Returns the array index a segment names (RFC 6901: 0, or 1 to 9 digits without a leading 0), or
   * -1.
   */
  private static int index(String pointer, int start, int end) {
    int length = end - start;
    if (length == 0 || length > 9 || (length > 1 && pointer.charAt(start) == '0')) {
      return -1;
    }
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = pointer.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * Tells whether a value is an object of the JSON form: an immutable model object (generated as
   * {@code ImmutableX}), not a value type such as a time limit or an amount, which JSON writes as a
   * string.
   */
  private static boolean isModelObject(Class<?> type) {
    return isModel(type) && type.getSimpleName().startsWith("Immutable");
  }

  /** Tells whether a class is the model's: its pointers may step through its accessors. */
  private static boolean isModel(Class<?> type) {
    String name = type.getPackageName();
    return name.equals(MODEL_PACKAGE) || name.startsWith(MODEL_PACKAGE + ".");
  }

  /**
   * Returns a model object's accessors: its public, non-static, parameterless getters ({@code
   * getX}, {@code isX}) declared by a model type, by attribute name. A pointer from a custom rule
   * is input too: {@code /class/classLoader/parent} must not reach {@code getClass()}, nor any
   * method outside the model.
   */
  private static Map<String, ModelCalls.Unary> accessors(Class<?> type) {
    Map<String, ModelCalls.Unary> found = new HashMap<>();
    // getX before isX, as a pointer names the attribute the JSON form writes; getMethods() has no
    // order of its own.
    List<Method> methods = new ArrayList<>(List.of(type.getMethods()));
    methods.sort(Comparator.comparing((Method m) -> !m.getName().startsWith("get")));
    for (Method method : methods) {
      String attribute = attribute(method.getName());
      if (attribute != null
          && method.getParameterCount() == 0
          && !Modifier.isStatic(method.getModifiers())
          && !method.isBridge()
          && method.getReturnType() != void.class
          && isModel(method.getDeclaringClass())
          && !found.containsKey(attribute)) {
        found.put(attribute, ModelCalls.unary(method));
      }
    }
    return Map.copyOf(found);
  }

  /** What the JSON form makes of a value of a class, as a step of a pointer meets it. */
  private enum Kind {
    /** An {@link Optional}: its content, or nothing. */
    OPTIONAL,
    /** A map (of extensions): in the JSON form not a value of its own. */
    MAP,
    /** A list: an array, indexed. */
    LIST,
    /** Another collection (a set): an array in its order, indexed. */
    COLLECTION,
    /** Anything else: a model object with its accessors, or a value without any. */
    OTHER
  }

  /**
   * The shape of a class of values: its {@link Kind}, told once per class rather than with {@code
   * instanceof} against interfaces at every step (for a model object, which implements none of
   * them, each such test searched its class's interfaces: half the walk of a pointer), and a model
   * object's accessors by attribute name. A segment is compared with the names where it stands in
   * the pointer: copying each one out to look it up in a map was a third of the walk. A type has
   * some tens of attributes, of few equal lengths. Each accessor is a {@link ModelCalls.Unary}:
   * through {@link Method#invoke} every step of every finding's pointer cost a reflective call.
   */
  static final class Shape {
    private final Kind kind;
    private final String[] names;
    private final ModelCalls.Unary[] calls;

    static Shape of(Class<?> type) {
      Kind kind;
      if (type == Optional.class) {
        kind = Kind.OPTIONAL;
      } else if (Map.class.isAssignableFrom(type)) {
        kind = Kind.MAP;
      } else if (List.class.isAssignableFrom(type)) {
        kind = Kind.LIST;
      } else if (Collection.class.isAssignableFrom(type)) {
        kind = Kind.COLLECTION;
      } else {
        kind = Kind.OTHER;
      }
      return new Shape(
          kind, kind == Kind.OTHER && isModelObject(type) ? accessors(type) : Map.of());
    }

    private Shape(Kind kind, Map<String, ModelCalls.Unary> byName) {
      this.kind = kind;
      this.names = byName.keySet().toArray(new String[0]);
      this.calls = new ModelCalls.Unary[names.length];
      for (int i = 0; i < names.length; i++) {
        calls[i] = byName.get(names[i]);
      }
    }

    boolean isEmpty() {
      return names.length == 0;
    }

    /** Returns the accessor of the attribute named {@code text[start, end)}, or null. */
    ModelCalls.Unary find(String text, int start, int end) {
      int length = end - start;
      for (int i = 0; i < names.length; i++) {
        if (names[i].length() == length && text.regionMatches(start, names[i], 0, length)) {
          return calls[i];
        }
      }
      return null;
    }
  }

  /** The attribute a getter name reads ({@code getLegalName} → {@code legalName}), or null. */
  private static String attribute(String method) {
    int prefix = method.startsWith("get") ? 3 : method.startsWith("is") ? 2 : 0;
    if (prefix == 0 || method.length() == prefix || !Character.isUpperCase(method.charAt(prefix))) {
      return null;
    }
    return method.substring(prefix, prefix + 1).toLowerCase(Locale.ROOT)
        + method.substring(prefix + 1);
  }
}
