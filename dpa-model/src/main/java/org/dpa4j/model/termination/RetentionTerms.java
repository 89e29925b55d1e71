package org.dpa4j.model.termination;

import java.util.List;
import java.util.Optional;
import org.dpa4j.model.Coverage;
import org.dpa4j.model.Term;
import org.dpa4j.model.value.TimeLimit;
import org.immutables.value.Value;

/** Retention of personal data during and after the term. */
@Value.Immutable
public abstract class RetentionTerms extends Term {

  RetentionTerms() {}

  /**
   * Returns how retention during the term is settled.
   *
   * @return the value; {@code absent} unless set
   */
  @Value.Default
  public RetentionDuringTerm getDuringTerm() {
    return RetentionDuringTerm.ABSENT;
  }

  /**
   * Returns how long data is kept after the term, as written.
   *
   * @return the value, or empty
   */
  public abstract Optional<TimeLimit> getPostTermRetention();

  /**
   * Returns retention periods per category of data, as a table.
   *
   * @return the rows, in the order of the text; empty for none
   */
  public abstract List<@jakarta.validation.Valid RetentionPeriod> getPerCategory();

  /**
   * Returns whether deletion on request during the term may be charged.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isDeletionOnRequestCharged() {
    return false;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableRetentionTerms.Builder builder() {
    return ImmutableRetentionTerms.builder();
  }

  /**
   * Returns the value for an agreement that says nothing on this subject.
   *
   * @return the value, with {@link Coverage#notStated()}
   */
  public static RetentionTerms notStated() {
    return builder().coverage(Coverage.notStated()).build();
  }
}
