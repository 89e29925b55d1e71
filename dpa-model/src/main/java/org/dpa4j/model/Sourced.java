package org.dpa4j.model;

import java.util.List;
import java.util.Optional;

/**
 * A term that carries where in the agreement it comes from, so that a finding can cite "art. 7.1 of
 * the agreement".
 */
public interface Sourced {

  /**
   * Returns the clauses of the agreement this term was taken from, as the document numbers or heads
   * them, such as {@code "7.1"}, {@code "Clause 9(a)"}, {@code "Annex II"} or {@code "Cover page"}.
   *
   * <p class="nl">De artikelen van de overeenkomst waaruit dit onderdeel is overgenomen, zoals het
   * document ze nummert of benoemt, zoals "7.1", "Clause 9(a)", "Bijlage II" of "Voorblad".
   *
   * @return the clause references, in the order given; empty when the text has no number for it
   */
  List<ClauseRef> getClauses();

  /**
   * Returns the text's own words where they decide the meaning of this term, at most a sentence;
   * everything else in the model is in our own words.
   *
   * <p class="nl">De eigen woorden van de tekst waar die de betekenis van dit onderdeel bepalen,
   * ten hoogste één zin; al het andere in het model staat in onze eigen woorden.
   *
   * @return the quote, or empty
   */
  Optional<String> getQuote();
}
