package org.dpa4j.model.termination;

import java.util.List;
import java.util.Optional;
import org.dpa4j.model.Coverage;
import org.dpa4j.model.Term;
import org.dpa4j.model.value.TimeLimit;
import org.immutables.value.Value;

/**
 * Retention of personal data during and after the term.
 *
 * <p class="nl">Bewaring van persoonsgegevens tijdens en na de looptijd.
 */
@Value.Immutable
public abstract class RetentionTerms extends Term implements WithRetentionTerms {

  RetentionTerms() {}

  /**
   * Returns how the text settles how long data is kept while the services last (storage limitation,
   * art. 5(1)(e) GDPR): defined periods, periods the controller sets with a way to apply them,
   * vague words, or not at all.
   *
   * <p class="nl">Hoe de tekst regelt hoe lang gegevens worden bewaard zolang de dienstverlening
   * loopt (opslagbeperking, art. 5 lid 1 onder e AVG): vastgestelde termijnen, termijnen die de
   * verwerkingsverantwoordelijke vaststelt met een manier om ze toe te passen, vage bewoordingen,
   * of helemaal niet.
   *
   * @return the value; {@code absent} unless set
   */
  @Value.Default
  public RetentionDuringTerm getDuringTerm() {
    return RetentionDuringTerm.ABSENT;
  }

  /**
   * Returns how long the text lets the processor keep the data after the term, as written, such as
   * {@code P2Y}; art. 28(3)(g) GDPR allows storage after the end only where Union or member state
   * law requires it.
   *
   * <p class="nl">Hoe lang de tekst de verwerker toestaat de gegevens na de looptijd te bewaren,
   * zoals geschreven, zoals P2Y; art. 28 lid 3 onder g AVG staat opslag na het einde alleen toe
   * waar Unierecht of lidstatelijk recht die voorschrijft.
   *
   * @return the value, or empty
   */
  public abstract Optional<TimeLimit> getPostTermRetention();

  /**
   * Returns retention periods per category of data, one row per category with its period or a
   * description.
   *
   * <p class="nl">Bewaartermijnen per categorie gegevens, één rij per categorie met haar termijn of
   * een omschrijving.
   *
   * @return the rows, in the order of the text; empty for none
   */
  public abstract List<@jakarta.validation.Valid RetentionPeriod> getPerCategory();

  /**
   * Returns whether the text lets the processor charge for deleting data on request during the
   * term: true when it says so, false when it does not say so.
   *
   * <p class="nl">Of de tekst de verwerker toestaat kosten in rekening te brengen voor het
   * verwijderen van gegevens op verzoek tijdens de looptijd; true als de tekst dat zegt, false als
   * zij daarover niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isDeletionOnRequestCharged() {
    return false;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableRetentionTerms.Builder builder() {
    return ImmutableRetentionTerms.builder();
  }

  /**
   * Returns the value for an agreement that says nothing on this subject.
   *
   * @return the value, with {@link Coverage#notStated()}
   */
  public static RetentionTerms notStated() {
    return builder().coverage(Coverage.notStated()).build();
  }
}
