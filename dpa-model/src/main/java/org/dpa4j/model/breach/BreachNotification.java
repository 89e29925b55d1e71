package org.dpa4j.model.breach;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dpa4j.model.Coverage;
import org.dpa4j.model.Provision;
import org.dpa4j.model.Term;
import org.dpa4j.model.value.Deadline;
import org.immutables.value.Value;

/**
 * Notification of personal data breaches to the controller (art. 33(2) and (3) GDPR).
 *
 * <p class="nl">De melding van inbreuken in verband met persoonsgegevens aan de
 * verwerkingsverantwoordelijke (art. 33 leden 2 en 3 AVG).
 */
@Value.Immutable
public abstract class BreachNotification extends Term implements WithBreachNotification {

  BreachNotification() {}

  /**
   * Returns whether the processor must notify the controller of personal data breaches (art. 33(2)
   * GDPR; clause 9.2 of 2021/915): true when the text imposes that duty, false when it does not say
   * so.
   *
   * <p class="nl">Of de verwerker de verwerkingsverantwoordelijke inbreuken in verband met
   * persoonsgegevens moet melden (art. 33 lid 2 AVG; clausule 9.2 van 2021/915); true als de tekst
   * die plicht oplegt, false als zij daarover niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isProcessorNotifies() {
    return false;
  }

  /**
   * Returns how soon the processor must notify the controller of a breach: the words ("without
   * undue delay" in art. 33(2) GDPR), a limit such as {@code PT48H}, and the event that starts the
   * clock.
   *
   * <p class="nl">Hoe snel de verwerker de verwerkingsverantwoordelijke van een inbreuk op de
   * hoogte moet stellen: de bewoording ("zonder onredelijke vertraging" in art. 33 lid 2 AVG), een
   * termijn zoals PT48H, en de gebeurtenis waarmee de termijn begint te lopen.
   *
   * @return the value, or empty
   */
  public abstract Optional<@Valid Deadline> getDeadline();

  /**
   * Returns whether the text makes the processor notify suspected or potential breaches too, or
   * only breaches that actually happened.
   *
   * <p class="nl">Of de verwerker volgens de tekst ook vermoedelijke of mogelijke inbreuken moet
   * melden, of alleen inbreuken die zich werkelijk hebben voorgedaan.
   *
   * @return the value; {@code not_stated} unless set
   */
  @Value.Default
  public SuspectedBreaches getSuspectedBreaches() {
    return SuspectedBreaches.NOT_STATED;
  }

  /**
   * Returns what the text says a notification contains, one entry per element: the elements of art.
   * 33(3) GDPR (nature, categories and numbers, contact point, likely consequences, measures), the
   * bare fact, or all relevant information.
   *
   * <p class="nl">Wat een melding volgens de tekst bevat, één per element: de elementen van art. 33
   * lid 3 AVG (aard, categorieën en aantallen, contactpunt, waarschijnlijke gevolgen, maatregelen),
   * alleen het feit, of alle relevante informatie.
   *
   * @return the values, in declaration order; empty for none
   */
  public abstract Set<BreachContent> getContent();

  /**
   * Returns whether the text lets the processor give the information in phases as it becomes
   * available (art. 33(4) GDPR; clause 9.2 of 2021/915): true when it says so, false when it does
   * not say so.
   *
   * <p class="nl">Of de tekst de verwerker toestaat de informatie in fasen te verstrekken naarmate
   * zij beschikbaar komt (art. 33 lid 4 AVG; clausule 9.2 van 2021/915); true als de tekst dat
   * zegt, false als zij daarover niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isPhased() {
    return false;
  }

  /**
   * Returns the controller's own duties on breaches that the text restates, one entry per duty,
   * such as notifying the supervisory authority (art. 33(1) GDPR) or the data subjects (art. 34
   * GDPR).
   *
   * <p class="nl">De eigen verplichtingen van de verwerkingsverantwoordelijke bij inbreuken die de
   * tekst herhaalt, één per verplichting, zoals de melding aan de toezichthoudende autoriteit (art.
   * 33 lid 1 AVG) of aan de betrokkenen (art. 34 AVG).
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@Valid Provision> getControllerDuties();

  /**
   * Returns whether the processor must contain, investigate and remedy a breach, or help the
   * controller do so: true when the text says so, false when it does not say so.
   *
   * <p class="nl">Of de verwerker een inbreuk moet indammen, onderzoeken en herstellen, of de
   * verwerkingsverantwoordelijke daarbij moet helpen; true als de tekst dat zegt, false als zij
   * daarover niets zegt.
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isRemediation() {
    return false;
  }

  /**
   * Returns whether the text says a notification is no admission of fault or liability by the
   * processor: true when it says so, false when it does not say so.
   *
   * <p class="nl">Of de tekst zegt dat een melding geen erkenning van schuld of aansprakelijkheid
   * van de verwerker inhoudt; true als de tekst dat zegt, false als zij daarover niets zegt.
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isNoAdmissionOfFault() {
    return false;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableBreachNotification.Builder builder() {
    return ImmutableBreachNotification.builder();
  }

  /**
   * Returns the value for an agreement that says nothing on this subject.
   *
   * @return the value, with {@link Coverage#notStated()}
   */
  public static BreachNotification notStated() {
    return builder().coverage(Coverage.notStated()).build();
  }
}
