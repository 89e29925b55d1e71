package org.dpa4j.json;

import java.util.List;
import org.dpa4j.model.DpaException;
import org.dpa4j.model.Problem;

/**
 * Thrown when a JSON document cannot be read as an agreement, or an agreement cannot be written.
 *
 * <p>It lists every problem found in the document, each with a stable code, an RFC 6901 pointer,
 * the line and column, and a message in English and Dutch. Messages never contain more than a short
 * excerpt of the input.
 */
public class DpaJsonException extends DpaException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception from its problems.
   *
   * @param problems the problems; at least one
   */
  public DpaJsonException(List<Problem> problems) {
    super(problems);
  }
}
