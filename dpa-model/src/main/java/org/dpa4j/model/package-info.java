/**
 * The typed model of a GDPR art. 28 data processing agreement.
 *
 * <p>{@link org.dpa4j.model.DataProcessingAgreement} is the root. Every term says what the
 * agreement's text says, with the clauses it came from ({@link org.dpa4j.model.Sourced}); the three
 * kinds of silence (not stated, by reference, excluded) are told apart by {@link
 * org.dpa4j.model.Coverage}. Values are immutable, never null, and thread-safe.
 */
@DpaStyle
package org.dpa4j.model;
