package org.dpa4j.model.internal;

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
 * Calls a public method of the model's classes (an accessor, a builder's setter or factory, a
 * {@code parse} method) by reflection, cheaply both in a fresh JVM and in a hot loop.
 *
 * <p>A call starts out through a {@link MethodHandle}, which costs some microseconds to make. After
 * {@value #CALLS_BEFORE_COMPILING} calls the method gets a small class of its own, made by the
 * JDK's {@link LambdaMetafactory}, and every later call is an ordinary interface call that the JIT
 * compiles into the model's own code (a handle held in a field is no compile-time constant, so a
 * call through it keeps going through the handle's adapters, which cost a fifth of a document
 * read). Making that class costs a third of a millisecond, and the model has some thousand such
 * methods: made for all of them up front, they were a third of a second of a fresh JVM's first
 * report, although a document touches only some of them, a few times each.
 *
 * <p>The model's methods throw only unchecked exceptions, which pass through unchanged; a checked
 * one would be wrapped in an {@link IllegalStateException}. Instances are safe for use by several
 * threads: a race at the switch makes two equal classes, and either serves.
 */
public final class ModelCalls {
  /** The calls through a method handle before a method gets a class of its own. */
  public static final int CALLS_BEFORE_COMPILING = 64;

  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

  private ModelCalls() {}

  /**
   * Returns a call of a static method without parameters, such as a {@code builder()} factory.
   *
   * @param method a public static method that returns a value
   * @return the call
   * @throws IllegalArgumentException when the method returns nothing or takes parameters
   */
  public static Nullary nullary(Method method) {
    return new Nullary(handle(method, 0));
  }

  /**
   * Returns a call of an instance method without parameters (receiver to result), or of a static
   * method with one (argument to result).
   *
   * @param method a public method that returns a value
   * @return the call; primitives are boxed
   * @throws IllegalArgumentException when the method returns nothing or has another arity
   */
  public static Unary unary(Method method) {
    return new Unary(handle(method, 1));
  }

  /**
   * Returns a call of an instance method with one parameter (receiver and argument to result), such
   * as a builder's setter.
   *
   * @param method a public method that returns a value
   * @return the call; primitive parameters are unboxed, a primitive result boxed
   * @throws IllegalArgumentException when the method returns nothing or has another arity
   */
  public static Binary binary(Method method) {
    return new Binary(handle(method, 2));
  }

  /** A call of a method without arguments. */
  public static final class Nullary {
    private final MethodHandle direct;
    private final MethodHandle generic;
    private Supplier<Object> compiled;
    private int calls;

    private Nullary(MethodHandle direct) {
      this.direct = direct;
      this.generic = generic(direct);
    }

    /**
     * Calls the method.
     *
     * @return its result
     */
    public Object call() {
      Supplier<Object> fast = compiled;
      return fast != null ? fast.get() : callSlowly();
    }

    @SuppressWarnings("unchecked")
    private Object callSlowly() {
      if (++calls >= CALLS_BEFORE_COMPILING) {
        Supplier<Object> fast = (Supplier<Object>) compile(Supplier.class, "get", direct);
        compiled = fast;
        return fast.get();
      }
      try {
        return generic.invokeExact();
      } catch (Throwable thrown) {
        throw unchecked(thrown);
      }
    }
  }

  /** A call of a method with one argument (or receiver). */
  public static final class Unary {
    private final MethodHandle direct;
    private final MethodHandle generic;
    private Function<Object, Object> compiled;
    private int calls;

    private Unary(MethodHandle direct) {
      this.direct = direct;
      this.generic = generic(direct);
    }

    /**
     * Calls the method.
     *
     * @param argument the receiver of an instance method, or the argument of a static one
     * @return its result
     */
    public Object call(Object argument) {
      Function<Object, Object> fast = compiled;
      return fast != null ? fast.apply(argument) : callSlowly(argument);
    }

    @SuppressWarnings("unchecked")
    private Object callSlowly(Object argument) {
      if (++calls >= CALLS_BEFORE_COMPILING) {
        Function<Object, Object> fast =
            (Function<Object, Object>) compile(Function.class, "apply", direct);
        compiled = fast;
        return fast.apply(argument);
      }
      try {
        return generic.invokeExact(argument);
      } catch (Throwable thrown) {
        throw unchecked(thrown);
      }
    }
  }

  /** A call of a method with two arguments (receiver and argument). */
  public static final class Binary {
    private final MethodHandle direct;
    private final MethodHandle generic;
    private BiFunction<Object, Object, Object> compiled;
    private int calls;

    private Binary(MethodHandle direct) {
      this.direct = direct;
      this.generic = generic(direct);
    }

    /**
     * Calls the method.
     *
     * @param receiver the receiver, such as a builder
     * @param argument the argument
     * @return its result
     */
    public Object call(Object receiver, Object argument) {
      BiFunction<Object, Object, Object> fast = compiled;
      return fast != null ? fast.apply(receiver, argument) : callSlowly(receiver, argument);
    }

    @SuppressWarnings("unchecked")
    private Object callSlowly(Object receiver, Object argument) {
      if (++calls >= CALLS_BEFORE_COMPILING) {
        BiFunction<Object, Object, Object> fast =
            (BiFunction<Object, Object, Object>) compile(BiFunction.class, "apply", direct);
        compiled = fast;
        return fast.apply(receiver, argument);
      }
      try {
        return generic.invokeExact(receiver, argument);
      } catch (Throwable thrown) {
        throw unchecked(thrown);
      }
    }
  }

  /** The method's direct handle, checked to take {@code arity} arguments and return a value. */
  private static MethodHandle handle(Method method, int arity) {
    MethodHandle target;
    try {
      target = LOOKUP.unreflect(method);
    } catch (IllegalAccessException e) {
      throw new IllegalArgumentException("not accessible: " + method, e);
    }
    if (target.type().returnType() == void.class || target.type().parameterCount() != arity) {
      throw new IllegalArgumentException(
          "not a method of " + arity + " arguments that returns a value: " + method);
    }
    return target;
  }

  /** The direct handle typed with Object for every parameter and the result, for invokeExact. */
  private static MethodHandle generic(MethodHandle direct) {
    // Object to the declared types: casts, and unboxing for primitive parameters.
    return direct.asType(MethodType.genericMethodType(direct.type().parameterCount()));
  }

  /** A class of the method's own implementing a functional interface, made by the JDK. */
  private static Object compile(Class<?> functional, String name, MethodHandle direct) {
    try {
      CallSite site =
          LambdaMetafactory.metafactory(
              LOOKUP,
              name,
              MethodType.methodType(functional),
              MethodType.genericMethodType(direct.type().parameterCount()),
              direct,
              direct.type().wrap());
      return site.getTarget().invoke();
    } catch (LambdaConversionException e) {
      throw new IllegalStateException(direct.toString(), e);
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
