package org.dpa4j.testkit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;

/** Walks a model value by its attributes, as JSON would: every value with its JSON Pointer. */
final class ModelTree {
  private ModelTree() {}

  static void walk(Object value, BiConsumer<String, Object> visitor) {
    walk("", value, visitor);
  }

  private static void walk(String pointer, Object value, BiConsumer<String, Object> visitor) {
    visitor.accept(pointer, value);
    if (value instanceof Optional) {
      ((Optional<?>) value).ifPresent(v -> walk(pointer, v, visitor));
    } else if (value instanceof Collection) {
      int i = 0;
      for (Object element : (Collection<?>) value) {
        walk(pointer + "/" + i++, element, visitor);
      }
    } else if (value.getClass().getSimpleName().startsWith("Immutable")) {
      Method[] accessors =
          Arrays.stream(value.getClass().getMethods())
              .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()))
              .filter(
                  m -> m.getName().matches("(get|is)[A-Z].*") && !m.getName().equals("getClass"))
              .sorted(Comparator.comparing(Method::getName))
              .toArray(Method[]::new);
      for (Method accessor : accessors) {
        walk(pointer + "/" + attributeName(accessor), invoke(accessor, value), visitor);
      }
    }
  }

  static String attributeName(Method accessor) {
    String name = accessor.getName().replaceFirst("^(get|is)", "");
    return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
  }

  private static Object invoke(Method accessor, Object target) {
    try {
      return accessor.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(accessor.toString(), e);
    }
  }
}
