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
 */
@Value.Immutable
public abstract class StandardClauses implements Sourced, Extensible, WithStandardClauses {

  StandardClauses() {}

  /**
   * Returns which set of standard clauses the text incorporates, such as the controller-processor
   * clauses of 2021/915 or the transfer clauses of 2021/914.
   *
   * @return the instrument
   */
  public abstract StandardClausesInstrument getInstrument();

  /**
   * Returns the clauses' name as written, needed for {@link StandardClausesInstrument#OTHER}.
   *
   * @return the name, or empty; empty for {@link StandardClausesInstrument#OTHER} makes building
   *     fail with {@link org.dpa4j.model.DpaModelException} ({@code model.inconsistent})
   */
  public abstract Optional<@NonBlank String> getName();

  /**
   * Returns the modules of the transfer clauses of 2021/914 that the text says apply, each by the
   * roles of exporter and importer, such as module two, controller to processor.
   *
   * @return the modules; empty when the instrument has none or the text does not say
   */
  public abstract Set<SccModule> getModules();

  /**
   * Returns the legal system whose transfers the clauses serve when not the EU's, such as {@code
   * GB} for the UK Addendum or {@code CH} for the Swiss adaptation.
   *
   * @return the jurisdiction of the exporter, or empty for transfers under EU law
   */
  public abstract Optional<Jurisdiction> getExporterJurisdiction();

  /**
   * Returns whether the text includes the optional docking clause, which lets further parties
   * accede (clause 7 of 2021/914, clause 5 of 2021/915).
   *
   * @return true or false as the text chooses, or empty when it does not say
   */
  public abstract Optional<Boolean> getDockingClause();

  /**
   * Returns the sub-processor option the text chooses (clause 9(a) of 2021/914, clause 7.7(a) of
   * 2021/915): {@link SubProcessorAuthorisation#SPECIFIC} for option 1, {@link
   * SubProcessorAuthorisation#GENERAL_EXPLICIT} for option 2.
   *
   * @return the option, or empty
   */
  public abstract Optional<SubProcessorAuthorisation> getSubProcessorOption();

  /**
   * Returns the time period under that option: how long before engaging a sub-processor the
   * processor asks for authorisation (option 1) or gives notice of the change (option 2), as
   * written, such as {@code P30D}.
   *
   * @return the period, or empty
   */
  public abstract Optional<TimeLimit> getSubProcessorNoticePeriod();

  /**
   * Returns whether the text includes the optional wording of clause 11(a) of 2021/914, which lets
   * data subjects seek redress before an independent dispute resolution body.
   *
   * @return true or false as the text chooses, or empty when it does not say
   */
  public abstract Optional<Boolean> getIndependentDisputeResolution();

  /**
   * Returns the legal system of the supervisory authority the text makes competent (clause 13 of
   * 2021/914), such as {@code NL}.
   *
   * @return the jurisdiction, or empty
   */
  public abstract Optional<Jurisdiction> getSupervisoryAuthority();

  /**
   * Returns which option of clause 17 of 2021/914 the text chooses for the law that governs the
   * clauses.
   *
   * @return the option, or empty
   */
  public abstract Optional<SccGoverningLawOption> getGoverningLawOption();

  /**
   * Returns the law the text chooses to govern the clauses (clause 17 of 2021/914), such as {@code
   * IE}.
   *
   * @return the jurisdiction, or empty
   */
  public abstract Optional<Jurisdiction> getGoverningLaw();

  /**
   * Returns the courts the text chooses for disputes under the clauses (clause 18 of 2021/914).
   *
   * @return the jurisdiction, or empty
   */
  public abstract Optional<Jurisdiction> getForum();

  /**
   * Returns whether the text says the clauses prevail over the rest of the agreement in a conflict
   * (as clause 4 of 2021/915 and clause 5 of 2021/914 provide): true when it says so, false when it
   * does not say so.
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
   * @return the mapping, or empty
   */
  public abstract Optional<@NonBlank String> getAnnexMapping();

  /**
   * Returns the role in which the data exporter signs the clauses: the controller, or a processor
   * (module 3).
   *
   * @return the role, or empty when the text does not say
   */
  public abstract Optional<org.dpa4j.model.parties.PartyRole> getExporterRole();

  /**
   * Returns the role in which the data importer signs the clauses: the processor, or a controller
   * (module 1).
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
