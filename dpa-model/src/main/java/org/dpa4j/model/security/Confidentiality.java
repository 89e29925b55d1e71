package org.dpa4j.model.security;

import org.dpa4j.model.Coverage;
import org.dpa4j.model.Term;
import org.immutables.value.Value;

/** Confidentiality of the persons who process the data (art. 28(3)(b) GDPR). */
@Value.Immutable
public abstract class Confidentiality extends Term {

  Confidentiality() {}

  /**
   * Returns how strongly the processor binds its personnel.
   *
   * @return the value; {@code absent} unless set
   */
  @Value.Default
  public ObligationStrength getPersonnel() {
    return ObligationStrength.ABSENT;
  }

  /**
   * Returns whether disclosure required by law is allowed.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isLegalObligationException() {
    return false;
  }

  /**
   * Returns whether disclosure the processor deems necessary is allowed ("logischerwijs
   * noodzakelijk").
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isDiscretionaryDisclosureException() {
    return false;
  }

  /**
   * Returns whether the parties keep each other's business information and the agreement itself
   * confidential.
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isMutualBusinessConfidentiality() {
    return false;
  }

  /**
   * Returns whether the processor answers for the acts of its personnel (and its sub-processors'
   * personnel) as for its own.
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isProcessorResponsibleForPersonnel() {
    return false;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableConfidentiality.Builder builder() {
    return ImmutableConfidentiality.builder();
  }

  /**
   * Returns the value for an agreement that says nothing on this subject.
   *
   * @return the value, with {@link Coverage#notStated()}
   */
  public static Confidentiality notStated() {
    return builder().coverage(Coverage.notStated()).build();
  }
}
