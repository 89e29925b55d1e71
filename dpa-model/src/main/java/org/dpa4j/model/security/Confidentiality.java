package org.dpa4j.model.security;

import org.dpa4j.model.Coverage;
import org.dpa4j.model.Term;
import org.immutables.value.Value;

/**
 * Confidentiality of the persons who process the data (art. 28(3)(b) GDPR).
 *
 * <p class="nl">Geheimhouding door de personen die de gegevens verwerken (art. 28 lid 3 onder b
 * AVG).
 */
@Value.Immutable
public abstract class Confidentiality extends Term implements WithConfidentiality {

  Confidentiality() {}

  /**
   * Returns how strongly the text commits the processor to ensure that persons authorised to
   * process the data are bound to confidentiality (art. 28(3)(b) GDPR; clause 7.4 of 2021/915): an
   * obligation, best efforts, or not at all.
   *
   * <p class="nl">Hoe sterk de tekst de verwerker verplicht ervoor te zorgen dat de personen die de
   * gegevens mogen verwerken tot geheimhouding zijn gehouden (art. 28 lid 3 onder b AVG; clausule
   * 7.4 van 2021/915): als verplichting, als inspanning, of helemaal niet.
   *
   * @return the value; {@code absent} unless set
   */
  @Value.Default
  public ObligationStrength getPersonnel() {
    return ObligationStrength.ABSENT;
  }

  /**
   * Returns whether the text lets the processor disclose the data where the law requires it, as an
   * exception to confidentiality: true when it says so, false when it does not say so.
   *
   * <p class="nl">Of de tekst de verwerker toestaat de gegevens te verstrekken waar de wet dat
   * eist, als uitzondering op de geheimhouding; true als de tekst dat zegt, false als zij daarover
   * niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isLegalObligationException() {
    return false;
  }

  /**
   * Returns whether the text lets the processor disclose the data where it judges that necessary
   * ("logischerwijs noodzakelijk"), as an exception to confidentiality: true when it says so, false
   * when it does not say so.
   *
   * <p class="nl">Of de tekst de verwerker toestaat de gegevens te verstrekken waar hij dat
   * noodzakelijk acht ("logischerwijs noodzakelijk"), als uitzondering op de geheimhouding; true
   * als de tekst dat zegt, false als zij daarover niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isDiscretionaryDisclosureException() {
    return false;
  }

  /**
   * Returns whether the parties keep each other's business information and the agreement itself
   * confidential: true when the text says so, false when it does not say so.
   *
   * <p class="nl">Of partijen elkaars bedrijfsinformatie en de overeenkomst zelf geheimhouden; true
   * als de tekst dat zegt, false als zij daarover niets zegt.
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isMutualBusinessConfidentiality() {
    return false;
  }

  /**
   * Returns whether the processor answers for the acts of its personnel (and its sub-processors'
   * personnel) as for its own: true when the text says so, false when it does not say so.
   *
   * <p class="nl">Of de verwerker voor gedragingen van zijn personeel (en dat van zijn
   * subverwerkers) instaat als voor zijn eigen gedragingen; true als de tekst dat zegt, false als
   * zij daarover niets zegt.
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isProcessorResponsibleForPersonnel() {
    return false;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableConfidentiality.Builder builder() {
    return ImmutableConfidentiality.builder();
  }

  /**
   * Returns the value for an agreement that says nothing on this subject.
   *
   * @return the value, with {@link Coverage#notStated()}
   */
  public static Confidentiality notStated() {
    return builder().coverage(Coverage.notStated()).build();
  }
}
