package org.dpa4j.model.termination;

import java.util.Optional;
import org.dpa4j.model.Coverage;
import org.dpa4j.model.Term;
import org.dpa4j.model.value.TimeLimit;
import org.immutables.value.Value;

/**
 * How the agreement may be amended.
 *
 * <p class="nl">Hoe de overeenkomst mag worden gewijzigd.
 */
@Value.Immutable
public abstract class AmendmentTerms extends Term implements WithAmendmentTerms {

  AmendmentTerms() {}

  /**
   * Returns who the text lets amend the agreement and how: both parties in writing, both parties,
   * the processor with notice and a right for the controller to terminate, or the processor alone.
   *
   * <p class="nl">Wie de overeenkomst volgens de tekst mag wijzigen en hoe: beide partijen
   * schriftelijk, beide partijen, de verwerker met aankondiging en een opzegrecht voor de
   * verwerkingsverantwoordelijke, of de verwerker alleen.
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
   * <p class="nl">Hoe lang vóór de inwerkingtreding de tekst eist dat een wijziging wordt
   * aangekondigd, zoals geschreven, zoals P1M.
   *
   * @return the value, or empty
   */
  public abstract Optional<TimeLimit> getNotice();

  /**
   * Returns the notice period of the controller's termination after an amendment, as written, such
   * as {@code P1D} for "mag dagelijks opzeggen".
   *
   * <p class="nl">De opzegtermijn van een opzegging door de verwerkingsverantwoordelijke na een
   * wijziging, zoals geschreven, zoals P1D voor "mag dagelijks opzeggen".
   *
   * @return the value, or empty
   */
  public abstract Optional<TimeLimit> getControllerExitNotice();

  /**
   * Returns the period within which the controller may terminate after an amendment is announced,
   * as written.
   *
   * <p class="nl">De periode waarin de verwerkingsverantwoordelijke na de aankondiging van een
   * wijziging mag opzeggen, zoals geschreven.
   *
   * @return the value, or empty
   */
  public abstract Optional<TimeLimit> getControllerExitPeriod();

  /**
   * Returns whether the text makes an amendment take effect unless the controller objects in time:
   * true when it says so, false when it does not say so.
   *
   * <p class="nl">Of de tekst een wijziging in werking laat treden tenzij de
   * verwerkingsverantwoordelijke tijdig bezwaar maakt; true als de tekst dat zegt, false als zij
   * daarover niets zegt.
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
   * <p class="nl">Hoe lang de verwerkingsverantwoordelijke heeft om bezwaar te maken tegen een
   * aangekondigde wijziging, zoals geschreven.
   *
   * @return the window, or empty
   */
  public abstract Optional<TimeLimit> getObjectionWindow();

  /**
   * Returns whether the text keeps incorporated standard clauses unchanged ("the Clauses are not
   * modified"), whatever else may be amended (clause 2 of 2021/915): true when it says so, false
   * when it does not say so.
   *
   * <p class="nl">Of de tekst opgenomen standaardbepalingen ongewijzigd laat, wat verder ook mag
   * worden gewijzigd (clausule 2 van 2021/915); true als de tekst dat zegt, false als zij daarover
   * niets zegt.
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
