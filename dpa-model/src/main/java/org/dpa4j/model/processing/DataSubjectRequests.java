package org.dpa4j.model.processing;

import org.dpa4j.model.Coverage;
import org.dpa4j.model.Term;
import org.dpa4j.model.value.Deadline;
import org.immutables.value.Value;

/** Assistance with requests of data subjects (art. 28(3)(e) GDPR). */
@Value.Immutable
public abstract class DataSubjectRequests extends Term implements WithDataSubjectRequests {

  DataSubjectRequests() {}

  /**
   * Returns how the text makes the processor deal with requests of data subjects exercising their
   * rights (art. 28(3)(e) GDPR; clause 8(b) of 2021/915): it assists the controller, the parties
   * handle them together, or it only forwards them.
   *
   * @return the value; {@code absent} unless set
   */
  @Value.Default
  public DataSubjectRequestMode getMode() {
    return DataSubjectRequestMode.ABSENT;
  }

  /**
   * Returns whether the text lets the processor tell the data subject that it forwarded the
   * request: true when it says so, false when it does not say so.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isProcessorMayInformSubject() {
    return false;
  }

  /**
   * Returns whether the text lets the processor charge the controller for its help with requests of
   * data subjects: true when it says so, false when it does not say so.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isCostsToController() {
    return false;
  }

  /**
   * Returns the rights of data subjects (chapter III GDPR) the text names, one entry per right.
   *
   * @return the rights, in declaration order; empty when it names none
   */
  public abstract java.util.Set<DataSubjectRight> getRights();

  /**
   * Returns whether the processor must pass on to the controller the requests it receives (clause
   * 8(a) of 2021/915), besides what {@link #getMode()} says: true when the text says so, false when
   * it does not say so.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isForwardsRequests() {
    return false;
  }

  /**
   * Returns how soon the text makes the processor forward a request or assist, such as "promptly"
   * or {@code P5BD}.
   *
   * @return the deadline, or empty
   */
  public abstract java.util.Optional<@jakarta.validation.Valid Deadline> getDeadline();

  /**
   * Returns whether the processor does not answer a data subject's request itself, unless the
   * controller instructs it or the law requires it (clause 8(a) of 2021/915): true when the text
   * says so, false when it does not say so.
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
