package org.dpa4j.model.processing;

import org.dpa4j.model.Coverage;
import org.dpa4j.model.Term;
import org.dpa4j.model.value.Deadline;
import org.immutables.value.Value;

/**
 * Assistance with requests of data subjects (art. 28(3)(e) GDPR).
 *
 * <p class="nl">Bijstand bij verzoeken van betrokkenen (art. 28 lid 3 onder e AVG).
 */
@Value.Immutable
public abstract class DataSubjectRequests extends Term implements WithDataSubjectRequests {

  DataSubjectRequests() {}

  /**
   * Returns how the text makes the processor deal with requests of data subjects exercising their
   * rights (art. 28(3)(e) GDPR; clause 8(b) of 2021/915): it assists the controller, the parties
   * handle them together, or it only forwards them.
   *
   * <p class="nl">Hoe de verwerker volgens de tekst omgaat met verzoeken van betrokkenen die hun
   * rechten uitoefenen (art. 28 lid 3 onder e AVG; clausule 8 onder b van 2021/915): hij staat de
   * verwerkingsverantwoordelijke bij, partijen behandelen ze samen, of hij stuurt ze alleen door.
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
   * <p class="nl">Of de tekst de verwerker toestaat de betrokkene te laten weten dat hij het
   * verzoek heeft doorgestuurd; true als de tekst dat zegt, false als zij daarover niets zegt.
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
   * <p class="nl">Of de tekst de verwerker toestaat zijn hulp bij verzoeken van betrokkenen aan de
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
   * Returns the rights of data subjects (chapter III GDPR) the text names, one entry per right.
   *
   * <p class="nl">De rechten van betrokkenen (hoofdstuk III AVG) die de tekst noemt, één per recht.
   *
   * @return the rights, in declaration order; empty when it names none
   */
  public abstract java.util.Set<DataSubjectRight> getRights();

  /**
   * Returns whether the processor must pass on to the controller the requests it receives (clause
   * 8(a) of 2021/915), besides what {@link #getMode()} says: true when the text says so, false when
   * it does not say so.
   *
   * <p class="nl">Of de verwerker de verzoeken die hij ontvangt aan de verwerkingsverantwoordelijke
   * moet doorgeven (clausule 8 onder a van 2021/915), naast wat mode zegt; true als de tekst dat
   * zegt, false als zij daarover niets zegt.
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
   * <p class="nl">Hoe snel de verwerker volgens de tekst een verzoek moet doorsturen of bijstand
   * moet verlenen, zoals "onverwijld" of P5BD.
   *
   * @return the deadline, or empty
   */
  public abstract java.util.Optional<@jakarta.validation.Valid Deadline> getDeadline();

  /**
   * Returns whether the processor does not answer a data subject's request itself, unless the
   * controller instructs it or the law requires it (clause 8(a) of 2021/915): true when the text
   * says so, false when it does not say so.
   *
   * <p class="nl">Of de verwerker een verzoek van een betrokkene niet zelf beantwoordt, tenzij de
   * verwerkingsverantwoordelijke hem daartoe opdraagt of de wet het eist (clausule 8 onder a van
   * 2021/915); true als de tekst dat zegt, false als zij daarover niets zegt.
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
