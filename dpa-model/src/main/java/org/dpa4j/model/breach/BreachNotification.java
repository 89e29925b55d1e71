package org.dpa4j.model.breach;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dpa4j.model.Coverage;
import org.dpa4j.model.Provision;
import org.dpa4j.model.Term;
import org.dpa4j.model.value.Deadline;
import org.immutables.value.Value;

/** Notification of personal data breaches to the controller (art. 33(2) and (3) GDPR). */
@Value.Immutable
public abstract class BreachNotification extends Term {

  BreachNotification() {}

  /**
   * Returns whether the processor must notify the controller.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isProcessorNotifies() {
    return false;
  }

  /**
   * Returns when it must notify.
   *
   * @return the value, or empty
   */
  public abstract Optional<@Valid Deadline> getDeadline();

  /**
   * Returns whether suspected breaches are notified too.
   *
   * @return the value; {@code not_stated} unless set
   */
  @Value.Default
  public SuspectedBreaches getSuspectedBreaches() {
    return SuspectedBreaches.NOT_STATED;
  }

  /**
   * Returns what a notification contains.
   *
   * @return the values, in declaration order; empty for none
   */
  public abstract Set<BreachContent> getContent();

  /**
   * Returns whether information may be given in phases.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isPhased() {
    return false;
  }

  /**
   * Returns the controller's own duties the text restates, such as notifying the authority.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@Valid Provision> getControllerDuties();

  /**
   * Returns whether the processor must contain, investigate and remedy a breach, or help the
   * controller do so.
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isRemediation() {
    return false;
  }

  /**
   * Returns whether a notification is no admission of fault or liability by the processor.
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isNoAdmissionOfFault() {
    return false;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableBreachNotification.Builder builder() {
    return ImmutableBreachNotification.builder();
  }

  /**
   * Returns the value for an agreement that says nothing on this subject.
   *
   * @return the value, with {@link Coverage#notStated()}
   */
  public static BreachNotification notStated() {
    return builder().coverage(Coverage.notStated()).build();
  }
}
