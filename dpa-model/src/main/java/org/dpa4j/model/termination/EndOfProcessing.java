package org.dpa4j.model.termination;

import jakarta.validation.Valid;
import java.util.Optional;
import org.dpa4j.model.Coverage;
import org.dpa4j.model.Term;
import org.dpa4j.model.constraints.NonBlank;
import org.dpa4j.model.value.Deadline;
import org.immutables.value.Value;

/**
 * What happens to the data when the services end (art. 28(3)(g) GDPR).
 *
 * <p class="nl">Wat er met de gegevens gebeurt wanneer de dienstverlening eindigt (art. 28 lid 3
 * onder g AVG).
 */
@Value.Immutable
public abstract class EndOfProcessing extends Term implements WithEndOfProcessing {

  EndOfProcessing() {}

  /**
   * Returns what the text says the processor does with the personal data when the services end:
   * delete or return at the controller's choice, as art. 28(3)(g) GDPR and clause 10(d) of 2021/915
   * require, or another arrangement.
   *
   * <p class="nl">Wat de verwerker volgens de tekst met de persoonsgegevens doet wanneer de
   * dienstverlening eindigt: verwijderen of teruggeven naar keuze van de
   * verwerkingsverantwoordelijke, zoals art. 28 lid 3 onder g AVG en clausule 10 onder d van
   * 2021/915 eisen, of een andere regeling.
   *
   * @return the value; {@code not_stated} unless set
   */
  @Value.Default
  public EndDisposition getDisposition() {
    return EndDisposition.NOT_STATED;
  }

  /**
   * Returns whether the processor must also delete existing copies, back-ups included (art.
   * 28(3)(g) GDPR): true when the text says so, false when it does not say so.
   *
   * <p class="nl">Of de verwerker ook bestaande kopieën, back-ups daaronder begrepen, moet
   * verwijderen (art. 28 lid 3 onder g AVG); true als de tekst dat zegt, false als zij daarover
   * niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isCopiesCovered() {
    return false;
  }

  /**
   * Returns when the text says deletion or return must be done, such as {@code P30D} after the end
   * of the agreement.
   *
   * <p class="nl">Wanneer verwijdering of teruggave volgens de tekst moet zijn voltooid, zoals P30D
   * na het einde van de overeenkomst.
   *
   * @return the value, or empty
   */
  public abstract Optional<@Valid Deadline> getDeadline();

  /**
   * Returns whether the processor must confirm or certify the deletion to the controller (clause
   * 10(d) of 2021/915): true when the text says so, false when it does not say so.
   *
   * <p class="nl">Of de verwerker de verwijdering aan de verwerkingsverantwoordelijke moet
   * bevestigen of certificeren (clausule 10 onder d van 2021/915); true als de tekst dat zegt,
   * false als zij daarover niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isCertification() {
    return false;
  }

  /**
   * Returns whether the processor certifies the deletion only when the controller asks ("upon
   * request, the processor certifies deletion"): true when the text says so, false when it does not
   * say so.
   *
   * <p class="nl">Of de verwerker de verwijdering alleen bevestigt wanneer de
   * verwerkingsverantwoordelijke daarom vraagt; true als de tekst dat zegt, false als zij daarover
   * niets zegt.
   *
   * @return true when so; false unless set; true needs {@link #isCertification()} true, or building
   *     fails with {@link org.dpa4j.model.DpaModelException} ({@code model.inconsistent})
   */
  @Value.Default
  public boolean isCertificationOnRequestOnly() {
    return false;
  }

  /**
   * Returns when the text says the confirmation of deletion must be given.
   *
   * <p class="nl">Wanneer de bevestiging van de verwijdering volgens de tekst moet worden gegeven.
   *
   * @return the deadline, or empty
   */
  public abstract Optional<@Valid Deadline> getCertificationDeadline();

  /**
   * Returns whether the text lets the processor anonymise the data instead of deleting it: true
   * when it says so, false when it does not say so.
   *
   * <p class="nl">Of de tekst de verwerker toestaat de gegevens te anonimiseren in plaats van te
   * verwijderen; true als de tekst dat zegt, false als zij daarover niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isAnonymisationInsteadOfDeletion() {
    return false;
  }

  /**
   * Returns whether the text excepts storage that the law merely authorises, not only storage it
   * requires ("required or permitted by law"): wider than art. 28(3)(g) GDPR; true when it says so,
   * false when it does not say so.
   *
   * <p class="nl">Of de tekst ook opslag uitzondert die de wet slechts toestaat, niet alleen opslag
   * die zij voorschrijft ("vereist of toegestaan door de wet"): ruimer dan art. 28 lid 3 onder g
   * AVG; true als de tekst dat zegt, false als zij daarover niets zegt.
   *
   * @return true when so; false unless set; true needs {@link #isLegalRetentionException()} true,
   *     or building fails with {@link org.dpa4j.model.DpaModelException} ({@code
   *     model.inconsistent})
   */
  @Value.Default
  public boolean isLegalRetentionWhereAuthorised() {
    return false;
  }

  /**
   * Returns whether the processor keeps complying with the agreement until the data is deleted or
   * returned (clause 10(d) of 2021/915): true when the text says so, false when it does not say so.
   *
   * <p class="nl">Of de verwerker de overeenkomst blijft naleven totdat de gegevens zijn verwijderd
   * of teruggegeven (clausule 10 onder d van 2021/915); true als de tekst dat zegt, false als zij
   * daarover niets zegt.
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isComplianceUntilDeletion() {
    return false;
  }

  /**
   * Returns whether the text lets the processor charge for deleting or returning the data: true
   * when it says so, false when it does not say so.
   *
   * <p class="nl">Of de tekst de verwerker toestaat kosten in rekening te brengen voor het
   * verwijderen of teruggeven van de gegevens; true als de tekst dat zegt, false als zij daarover
   * niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isCostsCharged() {
    return false;
  }

  /**
   * Returns whether the text excepts from deletion the storage that Union or member state law
   * requires (art. 28(3)(g) GDPR): true when it says so, false when it does not say so.
   *
   * <p class="nl">Of de tekst de opslag die het Unierecht of lidstatelijk recht voorschrijft
   * uitzondert van verwijdering (art. 28 lid 3 onder g AVG); true als de tekst dat zegt, false als
   * zij daarover niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isLegalRetentionException() {
    return false;
  }

  /**
   * Returns the format the text sets for returned data, such as "machine leesbaar formaat".
   *
   * <p class="nl">Het formaat dat de tekst voor teruggegeven gegevens voorschrijft, zoals "machine
   * leesbaar formaat".
   *
   * @return the value, or empty
   */
  public abstract Optional<@NonBlank String> getReturnFormat();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableEndOfProcessing.Builder builder() {
    return ImmutableEndOfProcessing.builder();
  }

  @Value.Check
  void check() {
    if (isLegalRetentionWhereAuthorised() && !isLegalRetentionException()) {
      throw org.dpa4j.model.ModelProblemCode.INCONSISTENT.exception(
          "/legalRetentionException",
          org.dpa4j.model.LocalizedText.of(
              "storage authorised by law is an exception for legal retention",
              "door de wet toegestane opslag is een uitzondering voor wettelijke bewaring"));
    }
    if (isCertificationOnRequestOnly() && !isCertification()) {
      throw org.dpa4j.model.ModelProblemCode.INCONSISTENT.exception(
          "/certification",
          org.dpa4j.model.LocalizedText.of(
              "a confirmation on request is a confirmation",
              "een bevestiging op verzoek is een bevestiging"));
    }
  }

  /**
   * Returns the value for an agreement that says nothing on this subject.
   *
   * @return the value, with {@link Coverage#notStated()}
   */
  public static EndOfProcessing notStated() {
    return builder().coverage(Coverage.notStated()).build();
  }
}
