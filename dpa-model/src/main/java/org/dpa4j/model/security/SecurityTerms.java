package org.dpa4j.model.security;

import jakarta.validation.Valid;
import java.util.List;
import org.dpa4j.model.Coverage;
import org.dpa4j.model.DocumentRef;
import org.dpa4j.model.Provision;
import org.dpa4j.model.Term;
import org.dpa4j.model.constraints.NonBlank;
import org.immutables.value.Value;

/**
 * Security of the processing (art. 28(3)(c) and 32 GDPR).
 *
 * <p class="nl">Beveiliging van de verwerking (art. 28 lid 3 onder c en 32 AVG).
 */
@Value.Immutable
public abstract class SecurityTerms extends Term implements WithSecurityTerms {

  SecurityTerms() {}

  /**
   * Returns how strongly the text commits the processor to take the security measures art. 32 GDPR
   * requires (art. 28(3)(c) GDPR; clause 7.4 of 2021/915): an obligation, best efforts, or not at
   * all.
   *
   * <p class="nl">Hoe sterk de tekst de verwerker verplicht de beveiligingsmaatregelen te nemen die
   * art. 32 AVG eist (art. 28 lid 3 onder c AVG; clausule 7.4 van 2021/915): als verplichting, als
   * inspanning, of helemaal niet.
   *
   * @return the value; {@code absent} unless set
   */
  @Value.Default
  public ObligationStrength getCommitment() {
    return ObligationStrength.ABSENT;
  }

  /**
   * Returns the level the text says the measures must reach: appropriate to the risk, as art. 32(1)
   * GDPR requires, or a weaker level.
   *
   * <p class="nl">Het niveau dat de maatregelen volgens de tekst moeten halen: passend bij het
   * risico, zoals art. 32 lid 1 AVG eist, of een lager niveau.
   *
   * @return the value; {@code not_stated} unless set
   */
  @Value.Default
  public SecurityStandard getStandard() {
    return SecurityStandard.NOT_STATED;
  }

  /**
   * Returns whether the text says the processor does not guarantee that security is effective in
   * all circumstances: true when it says so, false when it does not say so.
   *
   * <p class="nl">Of de tekst zegt dat de verwerker niet garandeert dat de beveiliging onder alle
   * omstandigheden doeltreffend is; true als de tekst dat zegt, false als zij daarover niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isEffectivenessDisclaimer() {
    return false;
  }

  /**
   * Returns the technical and organisational measures the text lists, one entry per measure (art.
   * 32(1) GDPR; Annex III of 2021/915).
   *
   * <p class="nl">De technische en organisatorische maatregelen die de tekst opsomt, één per
   * maatregel (art. 32 lid 1 AVG; bijlage III van 2021/915).
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@Valid SecurityMeasure> getMeasures();

  /**
   * Returns whether the text presents the list of measures as complete: true when it does, false
   * for an open list ("among others", "waaronder") or when it does not say so.
   *
   * <p class="nl">Of de tekst de lijst van maatregelen als volledig presenteert; true als zij dat
   * doet, false bij een open opsomming ("onder meer", "waaronder") of als zij daarover niets zegt.
   *
   * @return true when the text says the list is complete; false unless set
   */
  @Value.Default
  public boolean isMeasuresExhaustive() {
    return false;
  }

  /**
   * Returns the document that describes the measures, where the text refers to one (a security
   * page, a trust centre).
   *
   * <p class="nl">Het document dat de maatregelen beschrijft, als de tekst naar een verwijst (een
   * beveiligingspagina, een trust centre).
   *
   * @return the document, or empty
   */
  public abstract java.util.Optional<@Valid DocumentRef> getMeasuresDocument();

  /**
   * Returns the certifications and attestations the text says the processor holds, one entry per
   * certification, such as ISO/IEC 27001 or a SOC 2 report.
   *
   * <p class="nl">De certificeringen en verklaringen die de verwerker volgens de tekst heeft, één
   * per certificering, zoals ISO/IEC 27001 of een SOC 2-rapport.
   *
   * @return the certifications, in declaration order; empty for none
   */
  public abstract java.util.Set<SecurityCertification> getCertifications();

  /**
   * Returns laws or standards the text refers to for security, one entry per reference as written,
   * such as "art. 32 AVG" or "ISO 27001".
   *
   * <p class="nl">Wetten of normen waarnaar de tekst voor de beveiliging verwijst, één per
   * verwijzing zoals geschreven, zoals "art. 32 AVG" of "ISO 27001".
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@NonBlank String> getFrameworks();

  /**
   * Returns whether the text names the risks the measures must address, such as destruction, loss,
   * alteration or unauthorised disclosure of or access to the data (art. 32(2) GDPR): true when it
   * names them, false when it does not say so.
   *
   * <p class="nl">Of de tekst de risico's noemt waartegen de maatregelen moeten beschermen, zoals
   * vernietiging, verlies, wijziging of ongeoorloofde verstrekking van of toegang tot de gegevens
   * (art. 32 lid 2 AVG); true als zij ze noemt, false als zij daarover niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isRiskFactorsReferenced() {
    return false;
  }

  /**
   * Returns whether the text makes the controller declare the processor's measures adequate, or
   * responsible for them: true when it does, false when it does not say so.
   *
   * <p class="nl">Of de tekst de verwerkingsverantwoordelijke de maatregelen van de verwerker
   * passend laat verklaren, of haar er verantwoordelijk voor maakt; true als zij dat doet, false
   * als zij daarover niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isControllerAcknowledgesAdequacy() {
    return false;
  }

  /**
   * Returns whether the text lets the processor change the measures on its own, without the
   * controller's approval: true when it does, false when it does not say so.
   *
   * <p class="nl">Of de tekst de verwerker toestaat de maatregelen eenzijdig te wijzigen, zonder
   * goedkeuring van de verwerkingsverantwoordelijke; true als zij dat doet, false als zij daarover
   * niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isProcessorMayChangeUnilaterally() {
    return false;
  }

  /**
   * Returns whether the text lets the processor refuse additional measures the controller asks for:
   * true when it does, false when it does not say so.
   *
   * <p class="nl">Of de tekst de verwerker toestaat aanvullende maatregelen te weigeren waar de
   * verwerkingsverantwoordelijke om vraagt; true als zij dat doet, false als zij daarover niets
   * zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isProcessorMayRefuseRequestedMeasures() {
    return false;
  }

  /**
   * Returns whether the text lets the processor charge the controller for measures the controller
   * asks for: true when it does, false when it does not say so.
   *
   * <p class="nl">Of de tekst de verwerker toestaat maatregelen waar de
   * verwerkingsverantwoordelijke om vraagt bij haar in rekening te brengen; true als zij dat doet,
   * false als zij daarover niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isRequestedMeasuresCharged() {
    return false;
  }

  /**
   * Returns the services or situations the text says the measures do not cover, one entry per
   * exclusion.
   *
   * <p class="nl">De diensten of situaties waarvoor de maatregelen volgens de tekst niet gelden,
   * één per uitsluiting.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@Valid Provision> getExclusions();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableSecurityTerms.Builder builder() {
    return ImmutableSecurityTerms.builder();
  }

  /**
   * Returns the value for an agreement that says nothing on this subject.
   *
   * @return the value, with {@link Coverage#notStated()}
   */
  public static SecurityTerms notStated() {
    return builder().coverage(Coverage.notStated()).build();
  }

  /**
   * Tells whether any listed measure falls in a category.
   *
   * @param category the category
   * @return true when a measure of that category is listed
   */
  public boolean covers(MeasureCategory category) {
    return getMeasures().stream().anyMatch(m -> m.getCategory() == category);
  }
}
