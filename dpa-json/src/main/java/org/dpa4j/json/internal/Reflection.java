package org.dpa4j.json.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;

/**
 * Calls into the model's classes through method handles, made once per method when the mapping is
 * built. A handle takes and returns {@code Object}s, so a call needs no argument array, no access
 * check and no wrapping of what the method throws.
 */
final class Reflection {
  private Reflection() {}

  /**
   * Returns a handle of type {@code (Object...)Object} with one parameter per receiver and
   * argument; a {@code void} method returns {@code null}.
   */
  static MethodHandle handle(Method method) {
    try {
      MethodHandle handle = MethodHandles.lookup().unreflect(method);
      return handle.asType(MethodType.genericMethodType(handle.type().parameterCount()));
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(method.toString(), e);
    }
  }

  /** Rethrows what a method threw: unchecked as it is, checked wrapped. */
  static RuntimeException unchecked(Throwable thrown) {
    if (thrown instanceof RuntimeException) {
      return (RuntimeException) thrown;
    }
    if (thrown instanceof Error) {
      throw (Error) thrown;
    }
    return new IllegalStateException(thrown);
  }
}
