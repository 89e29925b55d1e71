package org.dpa4j.model.liability;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.dpa4j.model.Coverage;
import org.dpa4j.model.Provision;
import org.dpa4j.model.Term;
import org.dpa4j.model.value.TimeLimit;
import org.immutables.value.Value;

/**
 * Liability between the parties, and fines (art. 82 and 83 GDPR).
 *
 * <p class="nl">Aansprakelijkheid tussen partijen, en boetes (art. 82 en 83 AVG).
 */
@Value.Immutable
public abstract class LiabilityTerms extends Term implements WithLiabilityTerms {

  LiabilityTerms() {}

  /**
   * Returns the limits the text puts on a party's liability, one entry per cap.
   *
   * <p class="nl">De beperkingen die de tekst aan de aansprakelijkheid van een partij stelt, één
   * per plafond.
   *
   * @return the values, in the order the text gives them; empty for none
   */
  public abstract List<@Valid LiabilityCap> getCaps();

  /**
   * Returns whether the text first excludes all liability in principle, exceptions or caps possibly
   * following: true when it does, false when it does not say so.
   *
   * <p class="nl">Of de tekst eerst elke aansprakelijkheid in beginsel uitsluit, waarna
   * uitzonderingen of plafonds kunnen volgen; true als zij dat doet, false als zij daarover niets
   * zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isExcludedEntirely() {
    return false;
  }

  /**
   * Returns whether the text narrows what counts as direct damage, such as by a closed list of the
   * damage that can be recovered: true when it does, false when it does not say so.
   *
   * <p class="nl">Of de tekst beperkt wat als directe schade geldt, zoals door een gesloten
   * opsomming van de schade die kan worden vergoed; true als zij dat doet, false als zij daarover
   * niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isDirectDamageDefined() {
    return false;
  }

  /**
   * Returns how the text combines several caps: the lesser of them, the greater of them, or each
   * for its own matters.
   *
   * <p class="nl">Hoe de tekst meerdere plafonds combineert: het laagste, het hoogste, of elk voor
   * zijn eigen zaken.
   *
   * @return the combination; {@link CapCombination#NOT_STATED} unless set
   */
  @Value.Default
  public CapCombination getCapCombination() {
    return CapCombination.NOT_STATED;
  }

  /**
   * Returns the kinds of damage the text excludes from liability, one entry per kind, such as
   * indirect damage or loss of data.
   *
   * <p class="nl">De soorten schade die de tekst van aansprakelijkheid uitsluit, één per soort,
   * zoals indirecte schade of verlies van gegevens.
   *
   * @return the kinds, in declaration order; empty for none
   */
  public abstract java.util.Set<DamageKind> getExcludedDamages();

  /**
   * Returns whether the text lifts the limits of liability for intent or deliberate recklessness
   * ("opzet of bewuste roekeloosheid"): true when it does, false when it does not say so.
   *
   * <p class="nl">Of de tekst de aansprakelijkheidsbeperkingen opheft bij opzet of bewuste
   * roekeloosheid; true als zij dat doet, false als zij daarover niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isIntentCarveOut() {
    return false;
  }

  /**
   * Returns how soon after it arises a claim lapses under the text, as written, such as {@code
   * P12M}.
   *
   * <p class="nl">Hoe snel na het ontstaan een vordering volgens de tekst vervalt, zoals
   * geschreven, zoals P12M.
   *
   * @return the value, or empty
   */
  public abstract Optional<TimeLimit> getClaimBar();

  /**
   * Returns whether the text makes liability arise only after a written notice of default
   * ("ingebrekestelling"): true when it does, false when it does not say so.
   *
   * <p class="nl">Of de tekst aansprakelijkheid pas laat ontstaan na een schriftelijke
   * ingebrekestelling; true als zij dat doet, false als zij daarover niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isNoticeOfDefaultRequired() {
    return false;
  }

  /**
   * Returns the indemnities the text gives, one entry per indemnity, each with who gives it: the
   * controller, the processor or each party.
   *
   * <p class="nl">De vrijwaringen die de tekst geeft, één per vrijwaring, elk met wie haar geeft:
   * de verwerkingsverantwoordelijke, de verwerker of elke partij.
   *
   * @return the indemnities, in the order of the text; empty for none
   */
  public abstract List<@Valid Indemnity> getIndemnities();

  /**
   * Returns what the text says about administrative fines of a supervisory authority (art. 83
   * GDPR): nothing, that the controller bears fines attributable to it, or that fines cannot be
   * recovered from the processor.
   *
   * <p class="nl">Wat de tekst zegt over administratieve geldboetes van een toezichthoudende
   * autoriteit (art. 83 AVG): niets, dat de verwerkingsverantwoordelijke boetes draagt die aan haar
   * toerekenbaar zijn, of dat boetes niet op de verwerker kunnen worden verhaald.
   *
   * @return the value; {@code none} unless set
   */
  @Value.Default
  public FinesClause getFinesClause() {
    return FinesClause.NONE;
  }

  /**
   * Returns duties the text attaches to fines, one entry per duty, such as cooperating when one is
   * contested.
   *
   * <p class="nl">Verplichtingen die de tekst aan boetes verbindt, één per verplichting, zoals
   * medewerking bij het aanvechten van een boete.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@Valid Provision> getFinesConditions();

  /**
   * Returns whether the text lets only the parties themselves, not their affiliates, claim under
   * the agreement: true when it says so, false when it does not say so.
   *
   * <p class="nl">Of de tekst alleen de partijen zelf, en niet hun gelieerde ondernemingen,
   * aanspraken uit de overeenkomst laat maken; true als de tekst dat zegt, false als zij daarover
   * niets zegt.
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isClaimantsLimitedToParties() {
    return false;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableLiabilityTerms.Builder builder() {
    return ImmutableLiabilityTerms.builder();
  }

  /**
   * Returns the value for an agreement that says nothing on this subject.
   *
   * @return the value, with {@link Coverage#notStated()}
   */
  public static LiabilityTerms notStated() {
    return builder().coverage(Coverage.notStated()).build();
  }
}
