package org.dpa4j.model.internal;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaConversionException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Calls a public method of the model's classes (an accessor, a builder's setter or factory, a
 * {@code parse} method) by reflection, cheaply both in a fresh JVM and in a hot loop.
 *
 * <p>A call starts out through {@link Method#invoke}, which costs nothing to set up on JDK 17 (a
 * {@link MethodHandle} for each method cost a third of a fresh JVM's first document read, made for
 * every type's factory, build and extensions methods and for every attribute read). After {@value
 * #CALLS_BEFORE_COMPILING} calls the method gets a small class of its own, made by the JDK's {@link
 * LambdaMetafactory}, and every later call is an ordinary interface call that the JIT compiles into
 * the model's own code. Making that class costs a third of a millisecond, and the model has some
 * thousand such methods: made for all of them up front, they were a third of a second of a fresh
 * JVM's first report, although a document touches only some of them, a few times each. The switch
 * comes before JDK 17's reflection would make a class of its own for the method (after 15 calls).
 *
 * <p>The model's methods throw only unchecked exceptions, which pass through unchanged; a checked
 * one would be wrapped in an {@link IllegalStateException}. A receiver or argument of another type
 * than the method declares is a {@link ClassCastException} and null for a primitive parameter a
 * {@link NullPointerException}, before and after the switch; before it, reflection also widens a
 * boxed primitive (an {@code Integer} for a {@code long} parameter), so pass the declared type. A
 * method that this class may not call (not public, or of a class that is not) fails at each call
 * with an {@link IllegalArgumentException}. Instances are safe for use by several threads: a race
 * at the switch makes two equal classes, and either serves.
 */
public final class ModelCalls {
  /** The calls by reflection before a method gets a class of its own. */
  public static final int CALLS_BEFORE_COMPILING = 15;

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
    return new Nullary(checked(method, 0));
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
    return new Unary(checked(method, 1));
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
    return new Binary(checked(method, 2));
  }

  /** A call of a method without arguments. */
  public static final class Nullary {
    private final Method method;
    private Supplier<Object> compiled;
    private int calls;

    private Nullary(Method method) {
      this.method = method;
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
        Supplier<Object> fast = (Supplier<Object>) compile(Supplier.class, "get", method);
        compiled = fast;
        return fast.get();
      }
      return invoke(method, null);
    }
  }

  /** A call of a method with one argument (or receiver). */
  public static final class Unary {
    private final Method method;
    private Function<Object, Object> compiled;
    private int calls;

    private Unary(Method method) {
      this.method = method;
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
            (Function<Object, Object>) compile(Function.class, "apply", method);
        compiled = fast;
        return fast.apply(argument);
      }
      return Modifier.isStatic(method.getModifiers())
          ? invoke(method, null, argument)
          : invoke(method, argument);
    }
  }

  /** A call of a method with two arguments (receiver and argument). */
  public static final class Binary {
    private final Method method;
    private BiFunction<Object, Object, Object> compiled;
    private int calls;

    private Binary(Method method) {
      this.method = method;
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
            (BiFunction<Object, Object, Object>) compile(BiFunction.class, "apply", method);
        compiled = fast;
        return fast.apply(receiver, argument);
      }
      return Modifier.isStatic(method.getModifiers())
          ? invoke(method, null, receiver, argument)
          : invoke(method, receiver, argument);
    }
  }

  /** The method, when it returns a value and takes {@code arity} arguments, receiver included. */
  private static Method checked(Method method, int arity) {
    int arguments = method.getParameterCount() + (Modifier.isStatic(method.getModifiers()) ? 0 : 1);
    if (method.getReturnType() == void.class || arguments != arity) {
      throw new IllegalArgumentException(
          "not a method of " + arity + " arguments that returns a value: " + method);
    }
    return method;
  }

  private static Object invoke(Method method, Object receiver, Object... arguments) {
    try {
      return method.invoke(receiver, arguments);
    } catch (InvocationTargetException e) {
      throw unchecked(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalArgumentException("not accessible: " + method, e);
    } catch (IllegalArgumentException e) {
      // Reflection's own complaint (the method's are wrapped above), reported as a compiled call
      // reports it: null for a primitive parameter, or a receiver or argument of another type.
      Class<?>[] types = method.getParameterTypes();
      for (int i = 0; i < arguments.length; i++) {
        if (arguments[i] == null && types[i].isPrimitive()) {
          throw new NullPointerException(method + ": null for a primitive parameter");
        }
      }
      // Only the classes: an argument's value may be personal data.
      StringBuilder classes = new StringBuilder();
      if (receiver != null) {
        classes.append(receiver.getClass().getName());
      }
      for (Object argument : arguments) {
        classes.append(classes.length() == 0 ? "" : ", ");
        classes.append(argument == null ? "null" : argument.getClass().getName());
      }
      ClassCastException cast =
          new ClassCastException(method + " cannot be called with (" + classes + ")");
      cast.initCause(e);
      throw cast;
    }
  }

  private static Object compile(Class<?> functional, String name, Method method) {
    MethodHandle direct;
    try {
      direct = LOOKUP.unreflect(method);
    } catch (IllegalAccessException e) {
      throw new IllegalArgumentException("not accessible: " + method, e);
    }
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
