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
 *
 * <p class="nl">Verwerking op gedocumenteerde instructies (art. 28 lid 3 onder a, 29 en 32 lid 4
 * AVG) en de melding van instructies die inbreuk maken.
 */
@Value.Immutable
public abstract class Instructions extends Term implements WithInstructions {

  Instructions() {}

  /**
   * Returns whether the processor may process the personal data only on the controller's
   * instructions (art. 28(3)(a) and 29 GDPR; clause 7.1(a) of 2021/915): true when the text says
   * so, false when it does not say so.
   *
   * <p class="nl">Of de verwerker de persoonsgegevens uitsluitend op instructie van de
   * verwerkingsverantwoordelijke mag verwerken (art. 28 lid 3 onder a en 29 AVG; clausule 7.1 onder
   * a van 2021/915); true als de tekst dat zegt, false als zij daarover niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isOnlyOnInstructions() {
    return false;
  }

  /**
   * Returns whether the text requires those instructions to be documented, such as in writing (art.
   * 28(3)(a) GDPR): true when it does, false when it does not say so.
   *
   * <p class="nl">Of de tekst eist dat die instructies worden gedocumenteerd, zoals schriftelijk
   * (art. 28 lid 3 onder a AVG); true als zij dat eist, false als zij daarover niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isDocumented() {
    return false;
  }

  /**
   * Returns whether, when Union or member state law requires the processor to process otherwise,
   * the text makes it inform the controller of that requirement before processing, unless that law
   * prohibits it (art. 28(3)(a) GDPR; clause 7.1(a) of 2021/915).
   *
   * <p class="nl">Of de verwerker, wanneer Unierecht of lidstatelijk recht hem tot een andere
   * verwerking verplicht, de verwerkingsverantwoordelijke volgens de tekst vóór de verwerking van
   * dat voorschrift op de hoogte stelt, tenzij dat recht dit verbiedt (art. 28 lid 3 onder a AVG;
   * clausule 7.1 onder a van 2021/915).
   *
   * @return the value; {@code absent} unless set
   */
  @Value.Default
  public LegalRequirementNotice getLegalRequirementNotice() {
    return LegalRequirementNotice.ABSENT;
  }

  /**
   * Returns whether, and how soon, the text makes the processor inform the controller that in its
   * opinion an instruction infringes the GDPR or other data protection law (art. 28(3), second
   * subparagraph, GDPR: "immediately"; clause 7.1(b) of 2021/915).
   *
   * <p class="nl">Of, en hoe snel, de verwerker de verwerkingsverantwoordelijke volgens de tekst
   * moet melden dat een instructie naar zijn mening inbreuk maakt op de AVG of ander
   * gegevensbeschermingsrecht (art. 28 lid 3, tweede alinea, AVG: "onmiddellijk"; clausule 7.1
   * onder b van 2021/915).
   *
   * @return the value; {@code absent} unless set
   */
  @Value.Default
  public InfringingInstructionNotice getInfringingInstructionNotice() {
    return InfringingInstructionNotice.ABSENT;
  }

  /**
   * Returns whether the processor must inform the controller promptly when it cannot comply with
   * the instructions or the agreement (clause 10(a) of 2021/915): true when the text says so, false
   * when it does not say so.
   *
   * <p class="nl">Of de verwerker de verwerkingsverantwoordelijke onverwijld moet informeren
   * wanneer hij de instructies of de overeenkomst niet kan naleven (clausule 10 onder a van
   * 2021/915); true als de tekst dat zegt, false als zij daarover niets zegt.
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isInabilityToComplyNotice() {
    return false;
  }

  /**
   * Returns whether the agreement itself (with the main agreement and the controller's use of the
   * services) is the controller's documented instruction to process as needed for the services:
   * true when the text says so, false when it does not say so.
   *
   * <p class="nl">Of de overeenkomst zelf (met de hoofdovereenkomst en het gebruik van de diensten
   * door de verwerkingsverantwoordelijke) de gedocumenteerde instructie is om te verwerken wat voor
   * de diensten nodig is; true als de tekst dat zegt, false als zij daarover niets zegt.
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isAgreementIsInstruction() {
    return false;
  }

  /**
   * Returns whether the controller may give further instructions while the processing lasts (clause
   * 7.1(a) of 2021/915): true when the text says so, false when it does not say so.
   *
   * <p class="nl">Of de verwerkingsverantwoordelijke tijdens de verwerking nadere instructies mag
   * geven (clausule 7.1 onder a van 2021/915); true als de tekst dat zegt, false als zij daarover
   * niets zegt.
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isLaterInstructionsAllowed() {
    return false;
  }

  /**
   * Returns whether persons acting under the processor's authority may process the data only on the
   * controller's instructions (art. 29 and 32(4) GDPR): true when the text says so, false when it
   * does not say so.
   *
   * <p class="nl">Of personen die onder het gezag van de verwerker handelen de gegevens uitsluitend
   * op instructie van de verwerkingsverantwoordelijke mogen verwerken (art. 29 en 32 lid 4 AVG);
   * true als de tekst dat zegt, false als zij daarover niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isPersonnelBound() {
    return false;
  }

  /**
   * Returns what the text makes the controller warrant, one entry per warranty, such as that its
   * instructions are lawful.
   *
   * <p class="nl">Wat de verwerkingsverantwoordelijke volgens de tekst garandeert, één per
   * garantie, zoals dat haar instructies rechtmatig zijn.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@Valid Provision> getControllerWarranties();

  /**
   * Returns what the processor declares it is not responsible for, one entry per disclaimer, such
   * as the lawfulness of the collection.
   *
   * <p class="nl">Waarvoor de verwerker verklaart niet verantwoordelijk te zijn, één per
   * verklaring, zoals de rechtmatigheid van de verzameling.
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
