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
  private static final Map<String, Optional<Method>> ACCESSORS = new ConcurrentHashMap<>();

  private Pointers() {}

  /**
   * Returns the longest prefix of a pointer that names a value present in the agreement's JSON.
   *
   * @param root the agreement
   * @param pointer an RFC 6901 pointer in terms of the model's attribute names
   * @return the pointer itself when it resolves, else its nearest resolving ancestor
   */
  public static String nearestPresent(Object root, String pointer) {
    if (pointer.isEmpty()) {
      return pointer;
    }
    StringBuilder resolved = new StringBuilder();
    Object current = root;
    for (String segment : pointer.substring(1).split("/", -1)) {
      Object next = step(current, segment.replace("~1", "/").replace("~0", "~"));
      if (next == null) {
        break;
      }
      resolved.append('/').append(segment);
      current = next;
    }
    return resolved.toString();
  }

  /** Returns the value one step down, or null when the JSON form would not have it. */
  private static Object step(Object current, String segment) {
    Object value;
    if (current instanceof List) {
      List<?> list = (List<?>) current;
      if (!segment.matches("\\d{1,9}") || Integer.parseInt(segment) >= list.size()) {
        return null;
      }
      value = list.get(Integer.parseInt(segment));
    } else {
      Optional<Method> accessor =
          ACCESSORS.computeIfAbsent(
              current.getClass().getName() + "#" + segment,
              k -> accessor(current.getClass(), segment));
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
    if (value instanceof Collection && ((Collection<?>) value).isEmpty()) {
      return null;
    }
    if (value instanceof Collection && !(value instanceof List)) {
      return List.copyOf((Collection<?>) value);
    }
    return value;
  }

  private static Optional<Method> accessor(Class<?> type, String attribute) {
    if (attribute.isEmpty()) {
      return Optional.empty();
    }
    String capitalised =
        attribute.substring(0, 1).toUpperCase(Locale.ROOT) + attribute.substring(1);
    for (String name : List.of("get" + capitalised, "is" + capitalised)) {
      try {
        Method method = type.getMethod(name);
        if (method.getParameterCount() == 0) {
          return Optional.of(method);
        }
      } catch (NoSuchMethodException e) {
        // try the next form
      }
    }
    return Optional.empty();
  }
}
