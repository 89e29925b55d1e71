package org.dpa4j.model.subprocessing;

import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dpa4j.model.Coverage;
import org.dpa4j.model.DocumentRef;
import org.dpa4j.model.ModelProblemCode;
import org.dpa4j.model.Term;
import org.dpa4j.model.value.TimeLimit;
import org.immutables.value.Value;

/**
 * Sub-processors (art. 28(2) and 28(4) GDPR): authorisation, notice and objection, flow-down and
 * liability.
 */
@Value.Immutable
public abstract class SubProcessingTerms extends Term {

  SubProcessingTerms() {}

  /**
   * Returns how sub-processors are authorised.
   *
   * @return the value; {@code none} unless set
   */
  @Value.Default
  public SubProcessorAuthorisation getAuthorisation() {
    return SubProcessorAuthorisation.NONE;
  }

  /**
   * Returns whether the processor must announce added or replaced sub-processors.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isChangeNoticeRequired() {
    return false;
  }

  /**
   * Returns how long before a change it is announced.
   *
   * @return the value, or empty
   */
  public abstract Optional<TimeLimit> getNoticePeriod();

  /**
   * Returns how long the controller has to object after the notice, where the text sets a window
   * apart from the notice period.
   *
   * @return the window, or empty
   */
  public abstract Optional<TimeLimit> getObjectionWindow();

  /**
   * Returns how changes are announced.
   *
   * @return the channels, in declaration order; empty when not stated
   */
  public abstract Set<NoticeChannel> getNoticeChannels();

  /**
   * Returns whether a change counts as approved when the controller does not object in time.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isDeemedApprovalOnSilence() {
    return false;
  }

  /**
   * Returns what an objection costs or returns: no penalty, refund, fees that remain due.
   *
   * @return the terms, in declaration order; empty when not stated
   */
  public abstract Set<ObjectionFinancialTerm> getObjectionFinancialTerms();

  /**
   * Returns the list of sub-processors kept outside the agreement: its address and date.
   *
   * @return the document, or empty
   */
  public abstract Optional<@Valid DocumentRef> getListDocument();

  /**
   * Returns whether the processor checks a sub-processor's guarantees before engaging it.
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isDueDiligence() {
    return false;
  }

  /**
   * Returns whether the processor notifies the controller when a sub-processor fails to meet its
   * obligations (clause 7.7(d) of 2021/915).
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isFailureNotice() {
    return false;
  }

  /**
   * Returns what a notice of a change of sub-processors contains, in our words.
   *
   * @return the contents, in order; empty when not stated
   */
  public abstract List<@org.dpa4j.model.constraints.NonBlank String> getChangeNoticeContents();

  /**
   * Returns whether a sub-processor may itself engage further sub-processors, on the same terms.
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isSubSubProcessorsAllowed() {
    return false;
  }

  /**
   * Returns whether the controller may object.
   *
   * @return the value; {@code absent} unless set
   */
  @Value.Default
  public ObjectionRight getObjectionRight() {
    return ObjectionRight.ABSENT;
  }

  /**
   * Returns what an objection leads to.
   *
   * @return the value; {@code not_stated} unless set
   */
  @Value.Default
  public ObjectionEffect getObjectionEffect() {
    return ObjectionEffect.NOT_STATED;
  }

  /**
   * Returns the notice period of a termination after an objection.
   *
   * @return the value, or empty
   */
  public abstract Optional<TimeLimit> getObjectionTerminationNotice();

  /**
   * Returns how the list of sub-processors is disclosed.
   *
   * @return the value; {@code none} unless set
   */
  @Value.Default
  public ListDisclosure getListDisclosure() {
    return ListDisclosure.NONE;
  }

  /**
   * Returns whether the processor may add to the list at its own discretion.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isProcessorMayExtendList() {
    return false;
  }

  /**
   * Returns the sub-processors named.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@Valid SubProcessor> getSubProcessors();

  /**
   * Returns the obligations imposed on sub-processors.
   *
   * @return the value; {@code absent} unless set
   */
  @Value.Default
  public FlowDown getFlowDown() {
    return FlowDown.ABSENT;
  }

  /**
   * Returns whether the controller may inspect the contracts with sub-processors.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isControllerMayInspectContracts() {
    return false;
  }

  /**
   * Returns how far the processor answers for sub-processors.
   *
   * @return the value; {@code absent} unless set
   */
  @Value.Default
  public SubProcessorLiability getProcessorLiability() {
    return SubProcessorLiability.ABSENT;
  }

  /**
   * Returns whether the processor disclaims knowledge of further sub-processors.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isSubSubProcessorVisibilityDisclaimer() {
    return false;
  }

  /**
   * Returns whether the text leaves unclear who engages a sub-processor (processor or controller).
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isRoleAmbiguity() {
    return false;
  }

  /**
   * Returns whether the processor disclaims processing by third parties.
   *
   * @return the value; {@code none} unless set
   */
  @Value.Default
  public ThirdPartyDisclaimer getThirdPartyDisclaimer() {
    return ThirdPartyDisclaimer.NONE;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableSubProcessingTerms.Builder builder() {
    return ImmutableSubProcessingTerms.builder();
  }

  /**
   * Returns the value for an agreement that says nothing on this subject.
   *
   * @return the value, with {@link Coverage#notStated()}
   */
  public static SubProcessingTerms notStated() {
    return builder().coverage(Coverage.notStated()).build();
  }

  @Value.Check
  void check() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < getSubProcessors().size(); i++) {
      Optional<String> name = getSubProcessors().get(i).getName();
      if (name.isPresent() && !seen.add(name.get())) {
        throw ModelProblemCode.DUPLICATE.exception("/subProcessors/" + i + "/name", name.get());
      }
    }
  }
}
