package org.dpa4j.model.processing;

import org.dpa4j.model.Coverage;
import org.dpa4j.model.Term;
import org.immutables.value.Value;

/** Assistance with the controller's duties of art. 32 to 36 GDPR (art. 28(3)(f)). */
@Value.Immutable
public abstract class Assistance extends Term implements WithAssistance {

  Assistance() {}

  /**
   * Returns how far the processor assists the controller in meeting the controller's own security
   * obligations of art. 32 GDPR (art. 28(3)(f) GDPR; clause 8(c)(4) of 2021/915), apart from the
   * processor's own security duty.
   *
   * @return the value; {@code absent} unless set
   */
  @Value.Default
  public AssistanceLevel getSecurity() {
    return AssistanceLevel.ABSENT;
  }

  /**
   * Returns how far the processor assists the controller with data protection impact assessments
   * (art. 35 and 28(3)(f) GDPR; clause 8(c)(1) of 2021/915).
   *
   * @return the value; {@code absent} unless set
   */
  @Value.Default
  public AssistanceLevel getDpia() {
    return AssistanceLevel.ABSENT;
  }

  /**
   * Returns how far the processor assists the controller with prior consultation of the supervisory
   * authority (art. 36 and 28(3)(f) GDPR; clause 8(c)(2) of 2021/915).
   *
   * @return the value; {@code absent} unless set
   */
  @Value.Default
  public AssistanceLevel getPriorConsultation() {
    return AssistanceLevel.ABSENT;
  }

  /**
   * Returns how far the processor assists the controller in notifying breaches to the supervisory
   * authority and communicating them to data subjects (art. 33, 34 and 28(3)(f) GDPR; clause 9.1 of
   * 2021/915), beyond notifying the controller.
   *
   * @return the level; {@link AssistanceLevel#ABSENT} unless set
   */
  @Value.Default
  public AssistanceLevel getBreachNotification() {
    return AssistanceLevel.ABSENT;
  }

  /**
   * Returns whether the processor must inform the controller when it finds the data inaccurate or
   * outdated (clause 8(c)(3) of 2021/915): true when the text says so, false when it does not say
   * so.
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isInaccurateDataNotice() {
    return false;
  }

  /**
   * Returns whether the text lets the processor charge the controller for its assistance: true when
   * it says so, false when it does not say so.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isCostsToController() {
    return false;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableAssistance.Builder builder() {
    return ImmutableAssistance.builder();
  }

  /**
   * Returns the value for an agreement that says nothing on this subject.
   *
   * @return the value, with {@link Coverage#notStated()}
   */
  public static Assistance notStated() {
    return builder().coverage(Coverage.notStated()).build();
  }
}
