package org.dpa4j.model.processing;

import org.dpa4j.model.Coverage;
import org.dpa4j.model.Term;
import org.dpa4j.model.value.Deadline;
import org.immutables.value.Value;

/** Assistance with requests of data subjects (art. 28(3)(e) GDPR). */
@Value.Immutable
public abstract class DataSubjectRequests extends Term {

  DataSubjectRequests() {}

  /**
   * Returns how requests are handled.
   *
   * @return the value; {@code absent} unless set
   */
  @Value.Default
  public DataSubjectRequestMode getMode() {
    return DataSubjectRequestMode.ABSENT;
  }

  /**
   * Returns whether the processor may tell the data subject it forwarded the request.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isProcessorMayInformSubject() {
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
   * Returns the rights of data subjects the text names.
   *
   * @return the rights, in declaration order; empty when it names none
   */
  public abstract java.util.Set<DataSubjectRight> getRights();

  /**
   * Returns whether the processor must pass on requests it receives to the controller, besides what
   * {@link #getMode()} says.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isForwardsRequests() {
    return false;
  }

  /**
   * Returns how soon the processor forwards a request or assists.
   *
   * @return the deadline, or empty
   */
  public abstract java.util.Optional<@jakarta.validation.Valid Deadline> getDeadline();

  /**
   * Returns whether the processor does not answer a data subject's request itself, unless the
   * controller instructs it or the law requires it.
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isRespondsOnlyOnInstruction() {
    return false;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableDataSubjectRequests.Builder builder() {
    return ImmutableDataSubjectRequests.builder();
  }

  /**
   * Returns the value for an agreement that says nothing on this subject.
   *
   * @return the value, with {@link Coverage#notStated()}
   */
  public static DataSubjectRequests notStated() {
    return builder().coverage(Coverage.notStated()).build();
  }
}
