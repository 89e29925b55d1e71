package org.dpa4j.model.processing;

import org.dpa4j.model.Coverage;
import org.dpa4j.model.Term;
import org.immutables.value.Value;

/**
 * Assistance with the controller's duties of art. 32 to 36 GDPR (art. 28(3)(f) GDPR).
 *
 * <p class="nl">Bijstand bij de verplichtingen van de verwerkingsverantwoordelijke uit art. 32 tot
 * en met 36 AVG (art. 28 lid 3 onder f AVG).
 */
@Value.Immutable
public abstract class Assistance extends Term implements WithAssistance {

  Assistance() {}

  /**
   * Returns how far the processor assists the controller in meeting the controller's own security
   * obligations of art. 32 GDPR (art. 28(3)(f) GDPR; clause 8(c)(4) of 2021/915), apart from the
   * processor's own security duty.
   *
   * <p class="nl">In hoeverre de verwerker de verwerkingsverantwoordelijke bijstaat bij het nakomen
   * van haar eigen beveiligingsverplichtingen uit art. 32 AVG (art. 28 lid 3 onder f AVG; clausule
   * 8 onder c punt 4 van 2021/915), los van de eigen beveiligingsplicht van de verwerker.
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
   * <p class="nl">In hoeverre de verwerker de verwerkingsverantwoordelijke bijstaat bij
   * gegevensbeschermingseffectbeoordelingen (art. 35 en 28 lid 3 onder f AVG; clausule 8 onder c
   * punt 1 van 2021/915).
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
   * <p class="nl">In hoeverre de verwerker de verwerkingsverantwoordelijke bijstaat bij de
   * voorafgaande raadpleging van de toezichthoudende autoriteit (art. 36 en 28 lid 3 onder f AVG;
   * clausule 8 onder c punt 2 van 2021/915).
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
   * <p class="nl">In hoeverre de verwerker de verwerkingsverantwoordelijke bijstaat bij het melden
   * van inbreuken aan de toezichthoudende autoriteit en het informeren van betrokkenen (art. 33, 34
   * en 28 lid 3 onder f AVG; clausule 9.1 van 2021/915), naast de melding aan de
   * verwerkingsverantwoordelijke.
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
   * <p class="nl">Of de verwerker de verwerkingsverantwoordelijke moet informeren wanneer hij de
   * gegevens onjuist of verouderd bevindt (clausule 8 onder c punt 3 van 2021/915); true als de
   * tekst dat zegt, false als zij daarover niets zegt.
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
   * <p class="nl">Of de tekst de verwerker toestaat zijn bijstand aan de
   * verwerkingsverantwoordelijke in rekening te brengen; true als de tekst dat zegt, false als zij
   * daarover niets zegt.
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
