package org.dpa4j.model.internal;

import java.util.function.Supplier;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.ModelProblemCode;

/**
 * Runs dpa4j's one-time initialisation on a thread with a known, adequate stack, so that the
 * caller's stack size cannot matter.
 *
 * <p>Loading and initialising classes (Jackson's, Hibernate Validator's, the model's) takes far
 * more stack than using them: on a thread of 96-144 KiB the first use overflowed inside a class
 * initialiser, the JVM marked the class as erroneous, and every later use in that JVM failed with
 * {@code NoClassDefFoundError}, whatever its thread. Here the work runs on a short-lived thread
 * named {@value #THREAD_NAME} with a {@link #STACK_BYTES} stack that the caller waits for. A
 * failure is a typed {@code model.initialisation_failed} problem; nothing is remembered, so a later
 * call tries again. Callers keep no static initialiser that could fail on a small stack: they hold
 * the result in a volatile field set only on success.
 */
public final class LargeStack {
  /** The stack of the initialising thread: 2 MiB, twice the JVM's usual default. */
  public static final long STACK_BYTES = 2L * 1024 * 1024;

  /** The name of the initialising thread. */
  public static final String THREAD_NAME = "dpa4j-init";

  private LargeStack() {}

  /**
   * Runs a task on a new thread with a {@link #STACK_BYTES} stack and waits for it.
   *
   * @param <T> the result type
   * @param what what is initialised, for the message (such as "the JSON reader")
   * @param task the task
   * @return the task's result
   * @throws org.dpa4j.model.DpaModelException with one problem {@code model.initialisation_failed}
   *     when the task fails or the thread cannot be run; the cause is attached
   */
  public static <T> T call(LocalizedText what, Supplier<T> task) {
    return start(what, task).get();
  }

  /**
   * Starts a task on a new thread with a {@link #STACK_BYTES} stack without waiting for it, so that
   * the caller can go on with other work (on a second processor) until it needs the result.
   *
   * @param <T> the result type
   * @param what what is initialised, for the message (such as "the JSON reader")
   * @param task the task
   * @return the running task
   */
  public static <T> Pending<T> start(LocalizedText what, Supplier<T> task) {
    return new Pending<>(what, task);
  }

  /**
   * A task started by {@link #start}: its result, once the thread has ended.
   *
   * @param <T> the result type
   */
  public static final class Pending<T> {
    private final LocalizedText what;
    private final Object[] result = new Object[1];
    private final Throwable[] failure = new Throwable[1];
    private Thread thread;

    Pending(LocalizedText what, Supplier<T> task) {
      this.what = what;
      try {
        thread =
            new Thread(
                null,
                () -> {
                  try {
                    result[0] = task.get();
                  } catch (Throwable t) {
                    failure[0] = t;
                  }
                },
                THREAD_NAME,
                STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
      } catch (StackOverflowError | OutOfMemoryError e) {
        // Even starting a thread needs some stack and memory.
        failure[0] = e;
        thread = null;
      }
    }

    /**
     * Waits for the task and returns its result. An interrupt does not stop the wait (the work is
     * short and must finish); the caller's interrupt status is kept.
     *
     * @return the task's result
     * @throws org.dpa4j.model.DpaModelException with one problem {@code
     *     model.initialisation_failed} when the task failed or its thread could not be run; the
     *     cause is attached
     */
    public T get() {
      if (thread != null) {
        boolean interrupted = false;
        while (true) {
          try {
            // join() makes the thread's writes to result and failure visible here.
            thread.join();
            break;
          } catch (InterruptedException e) {
            interrupted = true;
          }
        }
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
      if (failure[0] != null) {
        RuntimeException typed =
            ModelProblemCode.INITIALISATION_FAILED.exception(
                "", what, failure[0].getClass().getName());
        typed.initCause(failure[0]);
        throw typed;
      }
      @SuppressWarnings("unchecked")
      T done = (T) result[0];
      return done;
    }
  }
}
