package org.dpa4j.json.jackson3;

import java.io.Closeable;
import java.util.List;
import org.dpa4j.json.core.internal.ProblemsException;
import org.dpa4j.model.Problem;
import tools.jackson.databind.DatabindException;

/**
 * What {@link DpaJackson3Module} throws in a user's own mapper: a Jackson 3 {@link
 * DatabindException} (so code that handles Jackson's exceptions handles it, and Jackson adds the
 * path from the root of the value being read), carrying the same {@link Problem problems} that
 * dpa-json reports for the same value: stable codes, JSON Pointers relative to the value, English
 * and Dutch messages. Its cause is a {@link org.dpa4j.model.DpaException} with the same problems.
 */
public final class DpaJackson3MappingException extends DatabindException {
  private static final long serialVersionUID = 1L;

  /** The problems; a {@code List.copyOf} copy, which is serializable. */
  @SuppressWarnings("serial")
  private final List<Problem> problems;

  DpaJackson3MappingException(Closeable processor, ProblemsException cause) {
    super(processor, cause.getMessage(), cause);
    this.problems = cause.getProblems();
  }

  /**
   * Returns every problem found, in the order found, each with a stable code, a JSON Pointer
   * relative to the value the module read or wrote, and an English and Dutch message; a problem of
   * reading also has the line and column in the input (Jackson's: characters for text input, bytes
   * for byte input).
   *
   * @return the problems; never empty
   */
  public List<Problem> getProblems() {
    return problems;
  }
}
