package org.dpa4j.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The root of every exception dpa4j throws on purpose.
 *
 * <p>It is unchecked and carries the full list of {@link Problem problems} found, so that a caller
 * sees every problem at once rather than only the first. Each module has its own subclass.
 */
public class DpaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The problems; a {@code List.copyOf} copy, which is serializable. */
  @SuppressWarnings("serial")
  private final List<Problem> problems;

  /**
   * Creates an exception from its problems.
   *
   * @param problems the problems; at least one
   * @throws IllegalArgumentException when {@code problems} is empty
   */
  public DpaException(List<Problem> problems) {
    super(render(problems));
    this.problems = List.copyOf(problems);
  }

  private static String render(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an exception needs at least one problem");
    }
    return problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
  }

  /**
   * Returns every problem found, in the order found.
   *
   * @return the problems; never empty
   */
  public List<Problem> getProblems() {
    return problems;
  }
}
