package org.dpa4j.json.core.internal;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaConversionException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Calls into the model's classes through small classes that the JDK's {@link LambdaMetafactory}
 * makes once per method: a call is an ordinary interface call that the JIT compiles into the
 * model's own code. A {@link MethodHandle} held in a field is no compile-time constant, so each
 * call through it went through the handle's adapters, which cost a fifth of a document read.
 *
 * <p>The model's methods throw only unchecked exceptions, which pass through unchanged.
 */
final class Reflection {
  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

  private Reflection() {}

  /**
   * Returns an instance method without parameters, or a static method with one, as a function.
   *
   * @param method a method that returns a value
   * @return the function: receiver (or argument) to result, primitives boxed
   */
  @SuppressWarnings("unchecked")
  static Function<Object, Object> function(Method method) {
    return (Function<Object, Object>)
        implement(Function.class, "apply", MethodType.genericMethodType(1), method);
  }

  /**
   * Returns an instance method with one parameter as a function of receiver and argument.
   *
   * @param method a method that returns a value, such as a builder's setter
   * @return the function: receiver and argument to result, primitives unboxed and boxed
   */
  @SuppressWarnings("unchecked")
  static BiFunction<Object, Object, Object> biFunction(Method method) {
    return (BiFunction<Object, Object, Object>)
        implement(BiFunction.class, "apply", MethodType.genericMethodType(2), method);
  }

  /**
   * Returns a static method without parameters as a supplier.
   *
   * @param method a static factory
   * @return the supplier
   */
  @SuppressWarnings("unchecked")
  static Supplier<Object> supplier(Method method) {
    return (Supplier<Object>)
        implement(Supplier.class, "get", MethodType.genericMethodType(0), method);
  }

  private static Object implement(
      Class<?> functional, String name, MethodType erased, Method method) {
    try {
      MethodHandle target = LOOKUP.unreflect(method);
      if (target.type().returnType() == void.class) {
        throw new IllegalArgumentException("returns nothing: " + method);
      }
      CallSite site =
          LambdaMetafactory.metafactory(
              LOOKUP,
              name,
              MethodType.methodType(functional),
              erased,
              target,
              // Object to the declared types: casts, and unboxing for primitive parameters.
              target.type().wrap());
      return site.getTarget().invoke();
    } catch (IllegalAccessException | LambdaConversionException e) {
      throw new IllegalStateException(method.toString(), e);
    } catch (Throwable e) {
      throw unchecked(e);
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
