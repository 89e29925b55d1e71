package org.dpa4j.model.termination;

import java.util.Optional;
import org.dpa4j.model.Coverage;
import org.dpa4j.model.Term;
import org.dpa4j.model.value.TimeLimit;
import org.immutables.value.Value;

/** How the agreement may be amended. */
@Value.Immutable
public abstract class AmendmentTerms extends Term {

  AmendmentTerms() {}

  /**
   * Returns who may amend and how.
   *
   * @return the value; {@code not_stated} unless set
   */
  @Value.Default
  public AmendmentMode getMode() {
    return AmendmentMode.NOT_STATED;
  }

  /**
   * Returns how long before it takes effect an amendment is announced.
   *
   * @return the value, or empty
   */
  public abstract Optional<TimeLimit> getNotice();

  /**
   * Returns the notice period of the controller's termination after an amendment, such as {@code
   * P1D} for "mag dagelijks opzeggen".
   *
   * @return the value, or empty
   */
  public abstract Optional<TimeLimit> getControllerExitNotice();

  /**
   * Returns the period within which the controller may terminate after an amendment is announced.
   *
   * @return the value, or empty
   */
  public abstract Optional<TimeLimit> getControllerExitPeriod();

  /**
   * Returns whether an amendment counts as accepted when the controller does not object in time.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isDeemedConsentUnlessObjection() {
    return false;
  }

  /**
   * Returns how long the controller has to object to an announced amendment.
   *
   * @return the window, or empty
   */
  public abstract Optional<TimeLimit> getObjectionWindow();

  /**
   * Returns whether the text keeps incorporated standard clauses unchanged ("the Clauses are not
   * modified"), whatever else may be amended.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isStandardClausesInvariable() {
    return false;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableAmendmentTerms.Builder builder() {
    return ImmutableAmendmentTerms.builder();
  }

  /**
   * Returns the value for an agreement that says nothing on this subject.
   *
   * @return the value, with {@link Coverage#notStated()}
   */
  public static AmendmentTerms notStated() {
    return builder().coverage(Coverage.notStated()).build();
  }
}
