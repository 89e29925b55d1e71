package org.dpa4j.model;

import java.util.List;
import java.util.Optional;

/**
 * A term that carries where in the agreement it comes from, so that a finding can cite "art. 7.1 of
 * the agreement".
 */
public interface Sourced {

  /**
   * Returns the clauses of the agreement this term was taken from, in the order given.
   *
   * @return the clause references; empty when the text has no number for it
   */
  List<ClauseRef> getClauses();

  /**
   * Returns the verbatim text this term was taken from, when recorded.
   *
   * @return the quote, or empty
   */
  Optional<String> getQuote();
}
