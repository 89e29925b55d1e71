package org.dpa4j.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Thrown when a model value cannot be created: a required attribute is missing, a text does not
 * parse, or attributes break a structural invariant.
 *
 * <p>Each {@link Problem} points at the offending attribute, relative to the value being built.
 */
public class DpaModelException extends DpaException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception from its problems.
   *
   * @param problems the problems; at least one
   */
  public DpaModelException(List<Problem> problems) {
    super(problems);
  }

  /**
   * Creates an exception for attributes that were not set on a builder. Generated builders call
   * this with every missing attribute at once.
   *
   * @param missingAttributes the names of the missing attributes
   */
  public DpaModelException(String... missingAttributes) {
    super(missing(missingAttributes));
  }

  private static List<Problem> missing(String[] names) {
    List<Problem> problems = new ArrayList<>(names.length);
    for (String name : names) {
      problems.add(ModelProblemCode.MISSING_ATTRIBUTE.at("/" + name, name));
    }
    return problems;
  }
}
