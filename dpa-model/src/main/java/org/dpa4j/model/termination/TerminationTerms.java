package org.dpa4j.model.termination;

import jakarta.validation.Valid;
import java.util.List;
import org.dpa4j.model.Coverage;
import org.dpa4j.model.Provision;
import org.dpa4j.model.Term;
import org.dpa4j.model.processing.ProcessingDuration;
import org.immutables.value.Value;

/**
 * The controller's rights to suspend or terminate, and what survives the end.
 *
 * <p class="nl">De rechten van de verwerkingsverantwoordelijke om de verwerking op te schorten of
 * de overeenkomst te beëindigen, en wat het einde overleeft.
 */
@Value.Immutable
public abstract class TerminationTerms extends Term implements WithTerminationTerms {

  TerminationTerms() {}

  /**
   * Returns whether the text lets the controller suspend the processing when the processor fails to
   * comply (clause 10(a) of 2021/915): true when it says so, false when it does not say so.
   *
   * <p class="nl">Of de tekst de verwerkingsverantwoordelijke toestaat de verwerking op te schorten
   * wanneer de verwerker zijn verplichtingen niet nakomt (clausule 10 onder a van 2021/915); true
   * als de tekst dat zegt, false als zij daarover niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isControllerSuspendRight() {
    return false;
  }

  /**
   * Returns whether the text lets the controller terminate when the processor breaches the
   * agreement (clause 10(b) of 2021/915): true when it says so, false when it does not say so.
   *
   * <p class="nl">Of de tekst de verwerkingsverantwoordelijke toestaat de overeenkomst te
   * beëindigen wanneer de verwerker tekortschiet in de nakoming ervan (clausule 10 onder b van
   * 2021/915); true als de tekst dat zegt, false als zij daarover niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isControllerTerminateForBreach() {
    return false;
  }

  /**
   * Returns other termination rights the text gives, one entry per right, such as after an
   * objection or an amendment.
   *
   * <p class="nl">Andere opzeggingsrechten die de tekst geeft, één per recht, zoals na een bezwaar
   * of een wijziging.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@Valid Provision> getOtherTerminationRights();

  /**
   * Returns how long the text says the agreement itself lasts, as distinct from the processing.
   *
   * <p class="nl">Hoe lang de overeenkomst zelf volgens de tekst duurt, los van de verwerking.
   *
   * @return the duration; {@link ProcessingDuration#NOT_STATED} unless set
   */
  @Value.Default
  public ProcessingDuration getAgreementDuration() {
    return ProcessingDuration.NOT_STATED;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableTerminationTerms.Builder builder() {
    return ImmutableTerminationTerms.builder();
  }

  /**
   * Returns the value for an agreement that says nothing on this subject.
   *
   * @return the value, with {@link Coverage#notStated()}
   */
  public static TerminationTerms notStated() {
    return builder().coverage(Coverage.notStated()).build();
  }
}
