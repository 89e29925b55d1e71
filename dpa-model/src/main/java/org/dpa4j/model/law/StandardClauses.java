package org.dpa4j.model.law;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dpa4j.model.ClauseRef;
import org.dpa4j.model.Extensible;
import org.dpa4j.model.ExtensionValue;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.ModelProblemCode;
import org.dpa4j.model.Sourced;
import org.dpa4j.model.constraints.NonBlank;
import org.dpa4j.model.subprocessing.SubProcessorAuthorisation;
import org.dpa4j.model.value.Jurisdiction;
import org.dpa4j.model.value.TimeLimit;
import org.immutables.value.Value;

/**
 * Standard clauses the agreement incorporates, and how their options were completed. For the EU
 * transfer clauses (2021/914) the options are those of clauses 7 (docking), 9 (sub-processors), 11
 * (redress), 13 (supervisory authority), 17 (governing law) and 18 (forum); for the controller–
 * processor clauses (2021/915) clauses 5 (docking) and 7.7 (sub-processors). An option the text
 * leaves open is a {@link org.dpa4j.model.Blank} pointing here, not an empty value.
 *
 * <p class="nl">Standaardbepalingen die de overeenkomst overneemt, en hoe de keuzemogelijkheden
 * daarin zijn ingevuld.
 */
@Value.Immutable
public abstract class StandardClauses implements Sourced, Extensible, WithStandardClauses {

  StandardClauses() {}

  /**
   * Returns which set of standard clauses the text incorporates, such as the controller-processor
   * clauses of 2021/915 or the transfer clauses of 2021/914.
   *
   * <p class="nl">Welke standaardbepalingen de tekst overneemt, zoals de bepalingen tussen
   * verwerkingsverantwoordelijke en verwerker van 2021/915 of de doorgifteclausules van 2021/914.
   *
   * @return the instrument
   */
  public abstract StandardClausesInstrument getInstrument();

  /**
   * Returns the clauses' name as written, needed for {@link StandardClausesInstrument#OTHER}.
   *
   * <p class="nl">De naam van de bepalingen zoals geschreven, nodig bij OTHER.
   *
   * @return the name, or empty; empty for {@link StandardClausesInstrument#OTHER} makes building
   *     fail with {@link org.dpa4j.model.DpaModelException} ({@code model.inconsistent})
   */
  public abstract Optional<@NonBlank String> getName();

  /**
   * Returns the modules of the transfer clauses of 2021/914 that the text says apply, each by the
   * roles of exporter and importer, such as module two, controller to processor.
   *
   * <p class="nl">De modules van de doorgifteclausules van 2021/914 die volgens de tekst gelden,
   * elk aangeduid met de rollen van exporteur en importeur, zoals module twee,
   * verwerkingsverantwoordelijke aan verwerker.
   *
   * @return the modules; empty when the instrument has none or the text does not say
   */
  public abstract Set<SccModule> getModules();

  /**
   * Returns the legal system whose transfers the clauses serve when not the EU's, such as {@code
   * GB} for the UK Addendum or {@code CH} for the Swiss adaptation.
   *
   * <p class="nl">Het rechtsstelsel waarvan de doorgiften door de bepalingen worden gedekt als dat
   * niet dat van de EU is, zoals GB voor het UK Addendum of CH voor de Zwitserse aanpassing.
   *
   * @return the jurisdiction of the exporter, or empty for transfers under EU law
   */
  public abstract Optional<Jurisdiction> getExporterJurisdiction();

  /**
   * Returns whether the text includes the optional docking clause, which lets further parties
   * accede (clause 7 of 2021/914, clause 5 of 2021/915).
   *
   * <p class="nl">Of de tekst de facultatieve koppelingsclausule bevat waarmee andere partijen
   * kunnen toetreden (clausule 7 van 2021/914, clausule 5 van 2021/915).
   *
   * @return true or false as the text chooses, or empty when it does not say
   */
  public abstract Optional<Boolean> getDockingClause();

  /**
   * Returns the sub-processor option the text chooses (clause 9(a) of 2021/914, clause 7.7(a) of
   * 2021/915): {@link SubProcessorAuthorisation#SPECIFIC} for option 1, {@link
   * SubProcessorAuthorisation#GENERAL_EXPLICIT} for option 2.
   *
   * <p class="nl">De keuze voor subverwerkers die de tekst maakt (clausule 9 onder a van 2021/914,
   * clausule 7.7 onder a van 2021/915): SPECIFIC voor optie 1, GENERAL_EXPLICIT voor optie 2.
   *
   * @return the option, or empty
   */
  public abstract Optional<SubProcessorAuthorisation> getSubProcessorOption();

  /**
   * Returns the time period under that option: how long before engaging a sub-processor the
   * processor asks for authorisation (option 1) or gives notice of the change (option 2), as
   * written, such as {@code P30D}.
   *
   * <p class="nl">De termijn bij die keuze: hoe lang voordat een subverwerker wordt ingeschakeld de
   * verwerker om toestemming vraagt (optie 1) of de wijziging aankondigt (optie 2), zoals
   * geschreven, zoals P30D.
   *
   * @return the period, or empty
   */
  public abstract Optional<TimeLimit> getSubProcessorNoticePeriod();

  /**
   * Returns whether the text includes the optional wording of clause 11(a) of 2021/914, which lets
   * data subjects seek redress before an independent dispute resolution body.
   *
   * <p class="nl">Of de tekst de facultatieve bewoording van clausule 11 onder a van 2021/914
   * opneemt, waarmee betrokkenen zich tot een onafhankelijke geschilbeslechtingsinstantie kunnen
   * wenden.
   *
   * @return true or false as the text chooses, or empty when it does not say
   */
  public abstract Optional<Boolean> getIndependentDisputeResolution();

  /**
   * Returns the legal system of the supervisory authority the text makes competent (clause 13 of
   * 2021/914), such as {@code NL}.
   *
   * <p class="nl">Het rechtsstelsel van de toezichthoudende autoriteit die de tekst bevoegd maakt
   * (clausule 13 van 2021/914), zoals NL.
   *
   * @return the jurisdiction, or empty
   */
  public abstract Optional<Jurisdiction> getSupervisoryAuthority();

  /**
   * Returns which option of clause 17 of 2021/914 the text chooses for the law that governs the
   * clauses.
   *
   * <p class="nl">Welke keuze uit clausule 17 van 2021/914 de tekst maakt voor het recht dat de
   * bepalingen beheerst.
   *
   * @return the option, or empty
   */
  public abstract Optional<SccGoverningLawOption> getGoverningLawOption();

  /**
   * Returns the law the text chooses to govern the clauses (clause 17 of 2021/914), such as {@code
   * IE}.
   *
   * <p class="nl">Het recht dat de tekst kiest om de bepalingen te beheersen (clausule 17 van
   * 2021/914), zoals IE.
   *
   * @return the jurisdiction, or empty
   */
  public abstract Optional<Jurisdiction> getGoverningLaw();

  /**
   * Returns the courts the text chooses for disputes under the clauses (clause 18 of 2021/914).
   *
   * <p class="nl">De rechter die de tekst kiest voor geschillen over de bepalingen (clausule 18 van
   * 2021/914).
   *
   * @return the jurisdiction, or empty
   */
  public abstract Optional<Jurisdiction> getForum();

  /**
   * Returns whether the text says the clauses prevail over the rest of the agreement in a conflict
   * (as clause 4 of 2021/915 and clause 5 of 2021/914 provide): true when it says so, false when it
   * does not say so.
   *
   * <p class="nl">Of de tekst zegt dat de bepalingen bij strijd voorgaan op de rest van de
   * overeenkomst (zoals clausule 4 van 2021/915 en clausule 5 van 2021/914 bepalen); true als de
   * tekst dat zegt, false als zij daarover niets zegt.
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isPrevailOverAgreement() {
    return false;
  }

  /**
   * Returns whether the clauses are incorporated by reference, or deemed signed by signing the
   * agreement, rather than signed as a document of their own: true when the text says so, false
   * when it does not say so.
   *
   * <p class="nl">Of de bepalingen door verwijzing zijn opgenomen of geacht worden met de
   * overeenkomst te zijn ondertekend, in plaats van als zelfstandig document ondertekend; true als
   * de tekst dat zegt, false als zij daarover niets zegt.
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isIncorporatedByReference() {
    return false;
  }

  /**
   * Returns, in our words, which parts of the agreement complete the clauses' annexes or
   * appendices, such as "Annex 1 of the DPA is Annex I.B of the clauses".
   *
   * <p class="nl">In onze eigen woorden welke delen van de overeenkomst de bijlagen of aanhangsels
   * van de bepalingen invullen, zoals "bijlage 1 van de verwerkersovereenkomst is bijlage I.B van
   * de clausules".
   *
   * @return the mapping, or empty
   */
  public abstract Optional<@NonBlank String> getAnnexMapping();

  /**
   * Returns the role in which the data exporter signs the clauses: the controller, or a processor
   * (module 3).
   *
   * <p class="nl">De rol waarin de gegevensexporteur de bepalingen ondertekent: als
   * verwerkingsverantwoordelijke, of als verwerker (module 3).
   *
   * @return the role, or empty when the text does not say
   */
  public abstract Optional<org.dpa4j.model.parties.PartyRole> getExporterRole();

  /**
   * Returns the role in which the data importer signs the clauses: the processor, or a controller
   * (module 1).
   *
   * <p class="nl">De rol waarin de gegevensimporteur de bepalingen ondertekent: als verwerker, of
   * als verwerkingsverantwoordelijke (module 1).
   *
   * @return the role, or empty when the text does not say
   */
  public abstract Optional<org.dpa4j.model.parties.PartyRole> getImporterRole();

  @Override
  @Value.Redacted
  public abstract Map<String, ExtensionValue> getExtensions();

  @Override
  public abstract List<ClauseRef> getClauses();

  @Override
  public abstract Optional<String> getQuote();

  /**
   * Creates an incorporation with nothing else said.
   *
   * @param instrument the clauses
   * @return the incorporation
   */
  public static StandardClauses of(StandardClausesInstrument instrument) {
    return builder().instrument(instrument).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableStandardClauses.Builder builder() {
    return ImmutableStandardClauses.builder();
  }

  /**
   * Tells whether the clauses are repealed: 2001/497, 2004/915 and 2010/87 were repealed by
   * Implementing Decision (EU) 2021/914; contracts on them were valid only until 27 December 2022.
   *
   * @return true for repealed clauses
   */
  public boolean isRepealed() {
    return getInstrument() == StandardClausesInstrument.EU_2010_87
        || getInstrument() == StandardClausesInstrument.EU_2004_915
        || getInstrument() == StandardClausesInstrument.EU_2001_497;
  }

  @Value.Check
  void check() {
    if (getInstrument() == StandardClausesInstrument.OTHER && getName().isEmpty()) {
      throw ModelProblemCode.INCONSISTENT.exception(
          "/name",
          LocalizedText.of(
              "other standard clauses need their name",
              "andere standaardbepalingen hebben hun naam nodig"));
    }
  }
}
