package org.dpa4j.model.subprocessing;

import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dpa4j.model.Coverage;
import org.dpa4j.model.Excerpt;
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
        // An excerpt, as every document value in a message: a name can be 256 Ki characters.
        throw ModelProblemCode.DUPLICATE.exception(
            "/subProcessors/" + i + "/name", Excerpt.of(name.get()));
      }
    }
  }
}
