package org.dpa4j.model.processing;

import jakarta.validation.Valid;
import java.util.List;
import org.dpa4j.model.Coverage;
import org.dpa4j.model.Provision;
import org.dpa4j.model.Term;
import org.immutables.value.Value;

/**
 * Processing on documented instructions (art. 28(3)(a), 29 and 32(4) GDPR) and the notice of
 * infringing instructions.
 */
@Value.Immutable
public abstract class Instructions extends Term {

  Instructions() {}

  /**
   * Returns whether the processor processes only on the controller's instructions.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isOnlyOnInstructions() {
    return false;
  }

  /**
   * Returns whether those instructions must be documented (in writing).
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isDocumented() {
    return false;
  }

  /**
   * Returns the notice before processing required by law.
   *
   * @return the value; {@code absent} unless set
   */
  @Value.Default
  public LegalRequirementNotice getLegalRequirementNotice() {
    return LegalRequirementNotice.ABSENT;
  }

  /**
   * Returns the notice of an infringing instruction.
   *
   * @return the value; {@code absent} unless set
   */
  @Value.Default
  public InfringingInstructionNotice getInfringingInstructionNotice() {
    return InfringingInstructionNotice.ABSENT;
  }

  /**
   * Returns whether the processor must inform the controller promptly when it cannot comply with
   * the instructions or the agreement (clause 10(a) of 2021/915).
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isInabilityToComplyNotice() {
    return false;
  }

  /**
   * Returns whether the agreement itself (with the main agreement and the controller's use of the
   * services) is the controller's documented instruction to process as needed for the services.
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isAgreementIsInstruction() {
    return false;
  }

  /**
   * Returns whether the controller may give further instructions while the processing lasts (clause
   * 7.1(a) of 2021/915).
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isLaterInstructionsAllowed() {
    return false;
  }

  /**
   * Returns whether persons under the processor's authority are bound to the instructions.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isPersonnelBound() {
    return false;
  }

  /**
   * Returns what the controller warrants, such as that its instructions are lawful.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@Valid Provision> getControllerWarranties();

  /**
   * Returns what the processor declares it is not responsible for, such as the lawfulness of the
   * collection.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@Valid Provision> getResponsibilityDisclaimers();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableInstructions.Builder builder() {
    return ImmutableInstructions.builder();
  }

  /**
   * Returns the value for an agreement that says nothing on this subject.
   *
   * @return the value, with {@link Coverage#notStated()}
   */
  public static Instructions notStated() {
    return builder().coverage(Coverage.notStated()).build();
  }
}
