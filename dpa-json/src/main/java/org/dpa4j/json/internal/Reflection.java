package org.dpa4j.json.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/** Reflective calls with the cause of a failure unwrapped. */
final class Reflection {
  private Reflection() {}

  static Object invoke(Method method, Object target, Object... arguments) {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      throw unchecked(e);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(method.toString(), e);
    }
  }

  static RuntimeException unchecked(InvocationTargetException e) {
    Throwable cause = e.getCause();
    if (cause instanceof RuntimeException) {
      return (RuntimeException) cause;
    }
    if (cause instanceof Error) {
      throw (Error) cause;
    }
    return new IllegalStateException(cause);
  }
}
