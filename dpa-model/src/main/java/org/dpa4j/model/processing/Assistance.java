package org.dpa4j.model.processing;

import org.dpa4j.model.Coverage;
import org.dpa4j.model.Term;
import org.immutables.value.Value;

/** Assistance with the controller's duties of art. 32 to 36 GDPR (art. 28(3)(f)). */
@Value.Immutable
public abstract class Assistance extends Term {

  Assistance() {}

  /**
   * Returns assistance with security (art. 32).
   *
   * @return the value; {@code absent} unless set
   */
  @Value.Default
  public AssistanceLevel getSecurity() {
    return AssistanceLevel.ABSENT;
  }

  /**
   * Returns assistance with data protection impact assessments (art. 35).
   *
   * @return the value; {@code absent} unless set
   */
  @Value.Default
  public AssistanceLevel getDpia() {
    return AssistanceLevel.ABSENT;
  }

  /**
   * Returns assistance with prior consultation of the authority (art. 36).
   *
   * @return the value; {@code absent} unless set
   */
  @Value.Default
  public AssistanceLevel getPriorConsultation() {
    return AssistanceLevel.ABSENT;
  }

  /**
   * Returns assistance with notifying breaches to the authority and to data subjects (art. 33 and
   * 34), beyond notifying the controller.
   *
   * @return the level; {@link AssistanceLevel#ABSENT} unless set
   */
  @Value.Default
  public AssistanceLevel getBreachNotification() {
    return AssistanceLevel.ABSENT;
  }

  /**
   * Returns whether the processor must inform the controller when it finds the data inaccurate or
   * outdated (clause 8(c)(3) of 2021/915).
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isInaccurateDataNotice() {
    return false;
  }

  /**
   * Returns whether the processor may charge its costs.
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
