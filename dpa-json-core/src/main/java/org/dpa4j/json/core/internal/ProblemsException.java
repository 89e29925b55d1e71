package org.dpa4j.json.core.internal;

import java.util.List;
import org.dpa4j.model.DpaException;
import org.dpa4j.model.Problem;

/**
 * Problems found by the shared mapping (a value its type does not accept, a model object that
 * cannot be written), which each Jackson module turns into its own public exception: {@code
 * DpaJsonException} and {@code DpaJsonMappingException} for Jackson 2; for Jackson 3 it is the
 * cause of {@code DpaJackson3MappingException}.
 */
public final class ProblemsException extends DpaException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param problems the problems; at least one
   */
  public ProblemsException(List<Problem> problems) {
    super(problems);
  }
}
