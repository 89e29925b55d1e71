package org.dpa4j.benchmarks;

/** A JVM that only starts: the floor of {@link ColdStart}. */
public final class EmptyMain {
  private EmptyMain() {}

  /**
   * Does nothing.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println("started");
  }
}
