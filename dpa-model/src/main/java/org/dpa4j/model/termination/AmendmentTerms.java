package org.dpa4j.model.termination;

import java.util.Optional;
import org.dpa4j.model.Coverage;
import org.dpa4j.model.Term;
import org.dpa4j.model.value.TimeLimit;
import org.immutables.value.Value;

/** How the agreement may be amended. */
@Value.Immutable
public abstract class AmendmentTerms extends Term implements WithAmendmentTerms {

  AmendmentTerms() {}

  /**
   * Returns who the text lets amend the agreement and how: both parties in writing, both parties,
   * the processor with notice and a right for the controller to terminate, or the processor alone.
   *
   * @return the value; {@code not_stated} unless set
   */
  @Value.Default
  public AmendmentMode getMode() {
    return AmendmentMode.NOT_STATED;
  }

  /**
   * Returns how long before it takes effect the text requires an amendment to be announced, as
   * written, such as {@code P1M}.
   *
   * @return the value, or empty
   */
  public abstract Optional<TimeLimit> getNotice();

  /**
   * Returns the notice period of the controller's termination after an amendment, as written, such
   * as {@code P1D} for "mag dagelijks opzeggen".
   *
   * @return the value, or empty
   */
  public abstract Optional<TimeLimit> getControllerExitNotice();

  /**
   * Returns the period within which the controller may terminate after an amendment is announced,
   * as written.
   *
   * @return the value, or empty
   */
  public abstract Optional<TimeLimit> getControllerExitPeriod();

  /**
   * Returns whether the text makes an amendment take effect unless the controller objects in time:
   * true when it says so, false when it does not say so.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isDeemedConsentUnlessObjection() {
    return false;
  }

  /**
   * Returns how long the controller has to object to an announced amendment, as written.
   *
   * @return the window, or empty
   */
  public abstract Optional<TimeLimit> getObjectionWindow();

  /**
   * Returns whether the text keeps incorporated standard clauses unchanged ("the Clauses are not
   * modified"), whatever else may be amended (clause 2 of 2021/915): true when it says so, false
   * when it does not say so.
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
