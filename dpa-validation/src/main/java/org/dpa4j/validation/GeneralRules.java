package org.dpa4j.validation;

import static org.dpa4j.validation.RuleSupport.*;
import static org.dpa4j.validation.Severity.ERROR;
import static org.dpa4j.validation.Severity.INFO;
import static org.dpa4j.validation.Severity.WARNING;

import java.time.YearMonth;
import java.util.Optional;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.GeneralProvisions;
import org.dpa4j.model.Precedence;
import org.dpa4j.model.termination.AmendmentMode;
import org.dpa4j.model.value.Jurisdiction;
import org.dpa4j.model.value.PartialDate;

/**
 * The catalogue's rules on amendment, termination, precedence, governing law and the document
 * itself: each rule with its id, legal basis, requirement, outcomes and logic, in one place.
 */
public final class GeneralRules {
  static final RuleSet RULES = new RuleSet(Chapter.GENERAL);

  private static final Parameter<Jurisdiction> LAW =
      Parameter.jurisdiction("law").withLabel("governing law", "toepasselijk recht");

  /** EDPB Guidelines 07/2020 v2.0 (July 2021) and SCC 2021/915 (June 2021). */
  private static final YearMonth KEY_GUIDANCE = YearMonth.of(2021, 7);

  private static final RulePointer AMENDMENT_MODE = RULES.pointer("/amendment/mode");
  private static final RulePointer GENERAL_GOVERNING_LAW = RULES.pointer("/general/governingLaw");
  private static final RulePointer GENERAL_GOVERNING_LAW_JURISDICTION =
      RULES.pointer("/general/governingLawJurisdiction");
  private static final RulePointer METADATA_PRECEDENCE_OVER_MAIN_AGREEMENT =
      RULES.pointer("/metadata/precedenceOverMainAgreement");
  private static final RulePointer METADATA_VERSION = RULES.pointer("/metadata/version");
  private static final RulePointer TERMINATION = RULES.pointer("/termination");

  /**
   * 75. RISK-UNILATERAL-AMENDMENT: ERROR if UNILATERAL without notice and without a controller exit
   * right; WARNING if UNILATERAL_WITH_NOTICE_AND_EXIT.
   */
  public static final CatalogRule RISK_UNILATERAL_AMENDMENT =
      RULES.rule(
          "RISK-UNILATERAL-AMENDMENT",
          75,
          "GDPR 28(3) (binding on the processor \"with regard to the controller\"); contract law",
          "art. 28 lid 3 AVG (de verwerker is \"ten aanzien van de verwerkingsverantwoordelijke\" gebonden); overeenkomstenrecht",
          "The processor cannot amend the DPA unilaterally.",
          "De verwerker kan de overeenkomst niet eenzijdig wijzigen.",
          GeneralRules::unilateralAmendment);

  private static final Outcome UNILATERAL_AMENDMENT_ERROR =
      RISK_UNILATERAL_AMENDMENT.outcome(
          "error",
          ERROR,
          "Processor may amend the DPA unilaterally.",
          "Verwerker kan de verwerkersovereenkomst eenzijdig wijzigen.");

  private static final Outcome UNILATERAL_AMENDMENT_WARNING =
      RISK_UNILATERAL_AMENDMENT.outcome(
          "warning",
          WARNING,
          "Processor may amend the DPA unilaterally.",
          "Verwerker kan de verwerkersovereenkomst eenzijdig wijzigen.");

  /**
   * 76. SCC-10-SUSPEND-TERMINATE: INFO if the controller has no right to suspend processing or to
   * terminate for the processor's non-compliance.
   */
  public static final CatalogRule SCC_10_SUSPEND_TERMINATE =
      RULES.rule(
          "SCC-10-SUSPEND-TERMINATE",
          76,
          "SCC Clause 10(a)–(b); Amaral R37/R38 (LL)",
          "modelbepalingen 2021/915, clausule 10 onder a en b; Amaral R37 en R38",
          "The controller may suspend processing or terminate for the processor's non-compliance.",
          "De verwerkingsverantwoordelijke mag de verwerking opschorten of opzeggen als de verwerker de overeenkomst niet naleeft.",
          GeneralRules::suspendTerminate);

  private static final Outcome SUSPEND_TERMINATE_INFO =
      SCC_10_SUSPEND_TERMINATE.outcome(
          "info",
          INFO,
          "No controller right to suspend processing or terminate for non-compliance.",
          "Geen recht om de verwerking op te schorten of de overeenkomst te beëindigen bij niet-naleving.");

  /**
   * 77. SCC-4-PRECEDENCE: INFO if NOT_STATED/UNCLEAR/MAIN_AGREEMENT_PREVAILS, or the controller's
   * own DPA is expressly rejected.
   */
  public static final CatalogRule SCC_4_PRECEDENCE =
      RULES.rule(
          "SCC-4-PRECEDENCE",
          77,
          "SCC Clause 4 (the Clauses prevail over related agreements)",
          "modelbepalingen 2021/915, clausule 4 (de bepalingen gaan voor op samenhangende overeenkomsten)",
          "The DPA prevails over the main agreement.",
          "De verwerkersovereenkomst gaat voor op de hoofdovereenkomst.",
          GeneralRules::precedence);

  private static final Outcome PRECEDENCE_INFO =
      SCC_4_PRECEDENCE.outcome(
          "info",
          INFO,
          "Precedence of the DPA over the main agreement not (clearly) stated.",
          "Voorrang van de verwerkersovereenkomst boven de hoofdovereenkomst is niet (duidelijk) geregeld.");

  /** 78. GDPR-28.3-GOVERNING-LAW: WARNING if a non-EU/EEA law governs; INFO if not stated. */
  public static final CatalogRule GDPR_28_3_GOVERNING_LAW =
      RULES.rule(
          "GDPR-28.3-GOVERNING-LAW",
          78,
          "GDPR 28(3) (\"contract ... under Union or Member State law\")",
          "art. 28 lid 3 AVG (\"een overeenkomst of andere rechtshandeling krachtens het Unierecht of het lidstatelijke recht\")",
          "The DPA is governed by the law of the Union or of a Member State.",
          "Op de overeenkomst is het recht van de Unie of van een lidstaat van toepassing.",
          GeneralRules::governingLaw);

  private static final Outcome GOVERNING_LAW_WARNING =
      GDPR_28_3_GOVERNING_LAW.outcome(
          "warning",
          WARNING,
          "Governing law {law} lies outside the EU and EEA; Art. 28(3) asks for a contract under Union or Member State law.",
          "Toepasselijk recht {law} ligt buiten de EU en EER; art. 28 lid 3 AVG vraagt een overeenkomst naar Unierecht of lidstatelijk recht.",
          LAW);

  private static final Outcome GOVERNING_LAW_INFO =
      GDPR_28_3_GOVERNING_LAW.outcome(
          "info", INFO, "Governing law not stated.", "Toepasselijk recht niet vermeld.");

  /**
   * 79. META-VERSION-DATE: INFO if the version or date is missing or opaque, or the document
   * predates key guidance (before EDPB 07/2020 v2.0 of July 2021 and SCC 2021/915).
   */
  public static final CatalogRule META_VERSION_DATE =
      RULES.rule(
          "META-VERSION-DATE",
          79,
          "EDPB Guidelines 07/2020 v2.0 (July 2021); SCC 2021/915",
          "EDPB-richtsnoeren 07/2020, versie 2.0 (juli 2021); modelbepalingen 2021/915",
          "The document has a version and date and is not older than current guidance (EDPB 07/2020 v2.0, SCC 2021/915).",
          "Het document heeft een versie en datum en is niet ouder dan de huidige richtsnoeren (EDPB 07/2020 v2.0, modelbepalingen 2021/915).",
          GeneralRules::versionDate);

  private static final Outcome VERSION_DATE_INFO =
      META_VERSION_DATE.outcome(
          "info",
          INFO,
          "Version/date missing or document outdated.",
          "Versie/datum ontbreekt of document is verouderd.");

  private GeneralRules() {}

  private static Optional<RuleResult> unilateralAmendment(DataProcessingAgreement a, Policy p) {
    AmendmentMode mode = a.getAmendment().getMode();
    if (mode == AmendmentMode.UNILATERAL) {
      return UNILATERAL_AMENDMENT_ERROR.at(AMENDMENT_MODE, a.getAmendment());
    }
    return mode == AmendmentMode.UNILATERAL_WITH_NOTICE_AND_EXIT
        ? UNILATERAL_AMENDMENT_WARNING.at(AMENDMENT_MODE, a.getAmendment())
        : PASS;
  }

  private static Optional<RuleResult> suspendTerminate(DataProcessingAgreement a, Policy p) {
    return a.getTermination().isControllerSuspendRight()
            && a.getTermination().isControllerTerminateForBreach()
        ? PASS
        : SUSPEND_TERMINATE_INFO.at(TERMINATION, a.getTermination());
  }

  private static Optional<RuleResult> precedence(DataProcessingAgreement a, Policy p) {
    Precedence precedence = a.getMetadata().getPrecedenceOverMainAgreement();
    return precedence != Precedence.DPA_PREVAILS || a.getMetadata().isRejectsControllerTerms()
        ? PRECEDENCE_INFO.at(METADATA_PRECEDENCE_OVER_MAIN_AGREEMENT, a.getMetadata())
        : PASS;
  }

  private static Optional<RuleResult> governingLaw(DataProcessingAgreement a, Policy p) {
    GeneralProvisions g = a.getGeneral();
    Optional<Jurisdiction> law = g.getGoverningLawJurisdiction();
    if (law.isPresent()) {
      return law.get().isWithinEea()
          ? PASS
          : GOVERNING_LAW_WARNING.at(GENERAL_GOVERNING_LAW_JURISDICTION, g, LAW.of(law.get()));
    }
    // Stated only in words, or by reference to the main agreement: not judged from free text. The
    // text of standard clauses leaves the law to the contract that includes it.
    return g.getGoverningLaw().isEmpty() && !g.isFollowsMainAgreement() && !isStandardClausesText(a)
        ? GOVERNING_LAW_INFO.at(GENERAL_GOVERNING_LAW, g)
        : PASS;
  }

  private static Optional<RuleResult> versionDate(DataProcessingAgreement a, Policy p) {
    if (isStandardClausesText(a)) {
      // An adopted instrument is identified by its number and date and is never revised in place.
      return PASS;
    }
    // A date left blank tells nothing of the text's age.
    boolean missing =
        a.getMetadata().getVersion().isEmpty()
            || a.getMetadata().getDates().stream().allMatch(d -> d.getDate().isEmpty());
    // The latest date the text states (last updated, effective, the document's date) tells its age.
    boolean outdated =
        a.getMetadata().getDates().stream()
            .flatMap(d -> d.getDate().stream())
            .max(PartialDate::compareTo)
            .map(d -> d.getYearMonth().orElse(YearMonth.of(d.getYear().getValue(), 12)))
            .map(m -> m.isBefore(KEY_GUIDANCE))
            .orElse(false);
    return missing || outdated ? VERSION_DATE_INFO.at(METADATA_VERSION, a.getMetadata()) : PASS;
  }
}
