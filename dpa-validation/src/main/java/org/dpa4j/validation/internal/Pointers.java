package org.dpa4j.validation.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps finding pointers inside the agreement's JSON form. The JSON form leaves out empty optional
 * values and empty lists, so a rule that points at a missing term (an absent deadline, say) is
 * pointed at the nearest enclosing value that the document does have.
 */
public final class Pointers {
  /** Accessors by attribute name, per class. */
  private static final ClassValue<Map<String, Optional<Method>>> ACCESSORS =
      new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
          return new ConcurrentHashMap<>();
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
      String segment = pointer.substring(end + 1, next);
      current = step(current, segment.replace("~1", "/").replace("~0", "~"));
      if (current == null) {
        break;
      }
      end = next;
    }
    return end == pointer.length() ? pointer : pointer.substring(0, end);
  }

  /** Returns the value one step down, or null when the JSON form would not have it. */
  private static Object step(Object current, String segment) {
    Object value;
    if (current instanceof List) {
      List<?> list = (List<?>) current;
      int index = index(segment);
      if (index < 0 || index >= list.size()) {
        return null;
      }
      value = list.get(index);
    } else if (!isModelObject(current.getClass())) {
      // A value (a string, a code, a time limit, an amount, a map of extensions): a string or a
      // number in the JSON form, so the pointer goes no deeper into it.
      return null;
    } else {
      // Only accessors that exist are kept: a rule's pointers cannot grow the cache.
      Map<String, Optional<Method>> known = ACCESSORS.get(current.getClass());
      Optional<Method> accessor = known.get(segment);
      if (accessor == null) {
        accessor = accessor(current.getClass(), segment);
        if (accessor.isPresent()) {
          known.put(segment, accessor);
        }
      }
      if (accessor.isEmpty()) {
        return null;
      }
      try {
        value = accessor.get().invoke(current);
      } catch (IllegalAccessException | InvocationTargetException e) {
        return null;
      }
    }
    if (value instanceof Optional) {
      return ((Optional<?>) value).orElse(null);
    }
    if (value instanceof Map) {
      // Extensions: in the JSON form they sit among their object's properties, not below a name.
      return null;
    }
    if (value instanceof Collection && ((Collection<?>) value).isEmpty()) {
      return null;
    }
    if (value instanceof Collection && !(value instanceof List)) {
      return List.copyOf((Collection<?>) value);
    }
    return value;
  }

  /**
   * Returns the array index a segment names (RFC 6901: 0, or 1 to 9 digits without a leading 0), or
   * -1.
   */
  private static int index(String segment) {
    if (segment.isEmpty()
        || segment.length() > 9
        || (segment.length() > 1 && segment.charAt(0) == '0')) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
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
    return MODEL_OBJECT.get(type);
  }

  /** Per class, as {@link #isModelObject}: asked at every step of every finding's pointer. */
  private static final ClassValue<Boolean> MODEL_OBJECT =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
          return isModel(type) && type.getSimpleName().startsWith("Immutable");
        }
      };

  /** Tells whether a class is the model's: its pointers may step through its accessors. */
  private static boolean isModel(Class<?> type) {
    String name = type.getPackageName();
    return name.equals(MODEL_PACKAGE) || name.startsWith(MODEL_PACKAGE + ".");
  }

  /**
   * Returns the model's accessor of an attribute: a public, non-static, parameterless getter
   * declared by a model type. A pointer from a custom rule is input too: {@code
   * /class/classLoader/parent} must not reach {@code getClass()}, nor any method outside the model.
   */
  private static Optional<Method> accessor(Class<?> type, String attribute) {
    // Attribute names start with a lower-case letter, as the JSON form writes them.
    if (attribute.isEmpty() || !Character.isLowerCase(attribute.charAt(0))) {
      return Optional.empty();
    }
    String capitalised =
        attribute.substring(0, 1).toUpperCase(Locale.ROOT) + attribute.substring(1);
    for (String name : List.of("get" + capitalised, "is" + capitalised)) {
      try {
        Method method = type.getMethod(name);
        if (method.getParameterCount() == 0
            && !java.lang.reflect.Modifier.isStatic(method.getModifiers())
            && isModel(method.getDeclaringClass())) {
          // A public method of an exported model package: no access check per call is needed,
          // and with one, each call from here to a new class took the slow path.
          method.trySetAccessible();
          return Optional.of(method);
        }
      } catch (NoSuchMethodException e) {
        // try the next form
      }
    }
    return Optional.empty();
  }
}
