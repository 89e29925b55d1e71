package org.dpa4j.testkit;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Guards against work that grows faster than its input (a quadratic loop, say) in tests, by the
 * processor time of the thread that does it rather than by wall-clock time: on a loaded build
 * machine wall-clock time can grow tenfold for linear work, processor time hardly. Speed itself is
 * measured with JMH in the benchmarks, never here; a budget is a coarse bound that separates "well
 * under a second" from "minutes".
 */
public final class CpuBudget {
  /** How long the work may take in wall-clock time before it counts as hanging. */
  private static final Duration HANG = Duration.ofMinutes(2);

  private CpuBudget() {}

  /**
   * Runs work on a new thread and returns its result, failing when the thread used more processor
   * time than the budget or did not end within two minutes.
   *
   * @param <T> the result type
   * @param budget the most processor time the work may use
   * @param work the work
   * @return what the work returned
   * @throws AssertionError when the budget is exceeded, the work hangs, or the work threw (then
   *     with that as its cause)
   */
  public static <T> T within(Duration budget, Callable<T> work) {
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(work, "work");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    long[] used = {-1};
    Thread worker =
        new Thread(
            () -> {
              long start = threads.getCurrentThreadCpuTime();
              try {
                result.set(work.call());
              } catch (Throwable e) {
                failure.set(e);
              } finally {
                used[0] = threads.getCurrentThreadCpuTime() - start;
              }
            },
            "cpu-budget");
    worker.setDaemon(true);
    worker.start();
    try {
      worker.join(HANG.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
    if (worker.isAlive()) {
      worker.interrupt();
      throw new AssertionError("the work did not end within " + HANG);
    }
    if (failure.get() != null) {
      throw new AssertionError("the work failed", failure.get());
    }
    // Where the JVM cannot measure a thread's processor time both readings are -1: the hang bound
    // holds alone.
    if (used[0] > budget.toNanos()) {
      throw new AssertionError(
          "the work used "
              + Duration.ofNanos(used[0]).toMillis()
              + " ms of processor time, more than its budget of "
              + budget.toMillis()
              + " ms");
    }
    return result.get();
  }
}
