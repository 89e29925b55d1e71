package org.dpa4j.validation;

import static org.dpa4j.validation.RuleSupport.*;
import static org.dpa4j.validation.Severity.ERROR;
import static org.dpa4j.validation.Severity.INFO;
import static org.dpa4j.validation.Severity.WARNING;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.dpa4j.model.ClauseRef;
import org.dpa4j.model.Condition;
import org.dpa4j.model.ConditionKind;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.GeneralProvisions;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.Precedence;
import org.dpa4j.model.Term;
import org.dpa4j.model.termination.AmendmentMode;
import org.dpa4j.model.termination.AmendmentTerms;
import org.dpa4j.model.value.Jurisdiction;
import org.dpa4j.model.value.PartialDate;
import org.dpa4j.model.value.TimeLimit;

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
  private static final RulePointer AMENDMENT_DEEMED_CONSENT =
      RULES.pointer("/amendment/deemedConsentUnlessObjection");

  private static final Parameter<TimeLimit> WINDOW =
      Parameter.timeLimit("window").withLabel("objection window", "bezwaartermijn");
  private static final Parameter<List<LocalizedText>> LIMITS =
      Parameter.texts("limits").withLabel("limited duties", "beperkte plichten");

  /**
   * The sections that hold the duties art. 28(3) and 33(2) GDPR require, each with the pointer of
   * its conditions: a condition on one of their duties is judged by {@link #LIMITS_TABLE}.
   */
  private static final List<Section> DUTY_SECTIONS =
      List.of(
          new Section("/instructions", DataProcessingAgreement::getInstructions),
          new Section("/confidentiality", DataProcessingAgreement::getConfidentiality),
          new Section("/security", DataProcessingAgreement::getSecurity),
          new Section("/subProcessing", DataProcessingAgreement::getSubProcessing),
          new Section("/dataSubjectRequests", DataProcessingAgreement::getDataSubjectRequests),
          new Section("/assistance", DataProcessingAgreement::getAssistance),
          new Section("/breachNotification", DataProcessingAgreement::getBreachNotification),
          new Section("/endOfProcessing", DataProcessingAgreement::getEndOfProcessing),
          new Section("/audit", DataProcessingAgreement::getAudit));

  /**
   * How far each kind of condition limits a duty the law requires: ERROR when it takes away cases
   * the law covers (only where the law requires it, only events attributable to the processor or of
   * material impact), WARNING when it weakens the duty (as far as the law permits, excluding events
   * the controller caused, reasonable efforts). The GDPR's own limits (the nature of the
   * processing, the information available, unless the law prohibits the information), conditions on
   * how a duty is performed (at the controller's request or cost, confidentiality, reasonable
   * grounds for an objection) and conditions of kind {@code other}, which the validator cannot
   * read, are not reported. Entries for one duty come first and override the kind's general entry.
   */
  private static final List<Limit> LIMITS_TABLE =
      List.of(
          // Art. 33(2): the processor notifies every breach of its own motion.
          new Limit(ConditionKind.AT_CONTROLLER_REQUEST, "/breachNotification", ERROR),
          // Art. 28(3)(a): "unless that law prohibits such information" is the law's own limit.
          new Limit(
              ConditionKind.TO_THE_EXTENT_LEGALLY_PERMITTED,
              "/instructions/legalRequirementNotice",
              null),
          // Measures to address a breach (art. 33(3)(d)) are owed as effort by their nature.
          new Limit(ConditionKind.REASONABLE_EFFORTS, "/breachNotification/remediation", null),
          new Limit(ConditionKind.REQUIRED_BY_LAW_ONLY, "", ERROR),
          new Limit(ConditionKind.ATTRIBUTABLE_TO_PROCESSOR, "", ERROR),
          new Limit(ConditionKind.MATERIAL_IMPACT_ONLY, "", ERROR),
          new Limit(ConditionKind.TO_THE_EXTENT_LEGALLY_PERMITTED, "", WARNING),
          new Limit(ConditionKind.EXCLUDING_CONTROLLER_CAUSED, "", WARNING),
          new Limit(ConditionKind.REASONABLE_EFFORTS, "", WARNING));

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
          "unilateral",
          ERROR,
          "The processor may amend the DPA unilaterally, without notice to the controller and without a right for the controller to end the agreement.",
          "De verwerker kan de verwerkersovereenkomst eenzijdig wijzigen, zonder de verwerkingsverantwoordelijke vooraf te informeren en zonder dat die de overeenkomst kan beëindigen.");

  private static final Outcome UNILATERAL_AMENDMENT_WARNING =
      RISK_UNILATERAL_AMENDMENT.outcome(
          "unilateral-with-notice-and-exit",
          WARNING,
          "The processor may amend the DPA unilaterally after giving notice; the controller can only end the agreement if it does not accept the change.",
          "De verwerker kan de verwerkersovereenkomst na aankondiging eenzijdig wijzigen; de verwerkingsverantwoordelijke kan de overeenkomst alleen beëindigen als hij de wijziging niet aanvaardt.");

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
          "The controller has no right to suspend the processing or to terminate the agreement when the processor does not comply.",
          "De verwerkingsverantwoordelijke heeft geen recht om de verwerking op te schorten of de overeenkomst te beëindigen als de verwerker haar niet naleeft.");

  private static final Outcome NO_SUSPENSION =
      SCC_10_SUSPEND_TERMINATE.outcome(
          "no-suspension",
          INFO,
          "The controller may terminate the agreement when the processor does not comply, but has no right to suspend the processing until it does.",
          "De verwerkingsverantwoordelijke mag de overeenkomst beëindigen als de verwerker haar niet naleeft, maar heeft geen recht om de verwerking op te schorten tot hij dat wel doet.");

  private static final Outcome NO_TERMINATION =
      SCC_10_SUSPEND_TERMINATE.outcome(
          "no-termination",
          INFO,
          "The controller may suspend the processing when the processor does not comply, but has no right to terminate the agreement for it.",
          "De verwerkingsverantwoordelijke mag de verwerking opschorten als de verwerker de overeenkomst niet naleeft, maar heeft geen recht om haar daarom te beëindigen.");

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
          "The agreement does not (clearly) say that the DPA prevails over the main agreement.",
          "De overeenkomst bepaalt niet (duidelijk) dat de verwerkersovereenkomst voorgaat op de hoofdovereenkomst.");

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
          "info",
          INFO,
          "The agreement does not state its governing law.",
          "De overeenkomst vermeldt niet welk recht van toepassing is.");

  /**
   * 79. META-VERSION-DATE: INFO if the version or date is missing or opaque, or the document
   * predates key guidance (before EDPB 07/2020 v2.0 of July 2021 and SCC 2021/915).
   */
  public static final CatalogRule META_VERSION_DATE =
      RULES
          .rule(
              "META-VERSION-DATE",
              79,
              "EDPB Guidelines 07/2020 v2.0 (July 2021); SCC 2021/915",
              "EDPB-richtsnoeren 07/2020, versie 2.0 (juli 2021); modelbepalingen 2021/915",
              "The document has a version and date and is not older than current guidance (EDPB 07/2020 v2.0, SCC 2021/915).",
              "Het document heeft een versie en datum en is niet ouder dan de huidige richtsnoeren (EDPB 07/2020 v2.0, modelbepalingen 2021/915).",
              GeneralRules::versionDate)
          .forSubProcessorLists();

  private static final Outcome VERSION_DATE_INFO =
      META_VERSION_DATE.outcome(
          "info",
          INFO,
          "The document has no version or date, or is older than the current guidance (EDPB 07/2020 v2.0, SCC 2021/915).",
          "Het document heeft geen versie of datum, of is ouder dan de huidige richtsnoeren (EDPB 07/2020 v2.0, modelbepalingen 2021/915).");

  /**
   * 84. GDPR-28.3-DUTY-CONDITIONS: ERROR if a condition takes away cases of a duty art. 28(3) or
   * 33(2) GDPR requires; WARNING if it weakens such a duty (one mechanism over the conditions of
   * every section that holds such duties).
   */
  public static final CatalogRule GDPR_28_3_DUTY_CONDITIONS =
      RULES.rule(
          "GDPR-28.3-DUTY-CONDITIONS",
          84,
          "GDPR 28(3) (the contract \"shall stipulate\" each duty of points (a) to (h)), 33(2) (every breach the processor becomes aware of); SCC 2021/915 Clauses 7 to 10 (the duties without such conditions)",
          "art. 28 lid 3 AVG (de overeenkomst \"bepaalt\" elke plicht van de punten a tot en met h), art. 33 lid 2 AVG (elke inbreuk in verband met persoonsgegevens waarvan de verwerker kennisneemt); modelbepalingen 2021/915, clausules 7 tot en met 10 (de plichten zonder zulke voorwaarden)",
          "The duties art. 28(3) and 33(2) GDPR require are not limited to part of their cases or weakened by conditions.",
          "De plichten die art. 28 lid 3 en art. 33 lid 2 AVG vereisen zijn niet beperkt tot een deel van de gevallen of afgezwakt door voorwaarden.",
          GeneralRules::dutyConditions);

  private static final Outcome DUTIES_NARROWED =
      GDPR_28_3_DUTY_CONDITIONS.outcome(
          "narrowed",
          ERROR,
          "Duties the law requires are limited to part of their cases: {limits}.",
          "Plichten die de wet vereist zijn beperkt tot een deel van de gevallen: {limits}.",
          LIMITS);

  private static final Outcome DUTIES_WEAKENED =
      GDPR_28_3_DUTY_CONDITIONS.outcome(
          "weakened",
          WARNING,
          "Duties the law requires are weakened by conditions: {limits}.",
          "Plichten die de wet vereist zijn afgezwakt door voorwaarden: {limits}.",
          LIMITS);

  /**
   * 87. RISK-DEEMED-CONSENT-AMENDMENT: WARNING if amendments, the instructions and sub-processing
   * terms included, take effect unless the controller objects.
   */
  public static final CatalogRule RISK_DEEMED_CONSENT_AMENDMENT =
      RULES.rule(
          "RISK-DEEMED-CONSENT-AMENDMENT",
          87,
          "GDPR 28(3)(a) (documented instructions from the controller), 28(9) (in writing); SCC 2021/915 Clause 2 (the Clauses are not modified)",
          "art. 28 lid 3 onder a AVG (schriftelijke instructies van de verwerkingsverantwoordelijke) en lid 9 (schriftelijk); modelbepalingen 2021/915, clausule 2 (de bepalingen worden niet gewijzigd)",
          "Changes to the agreement, whose terms are the controller's instructions, need the controller's consent, not its silence.",
          "Wijzigingen van de overeenkomst, waarvan de bepalingen de instructies van de verwerkingsverantwoordelijke zijn, vragen haar instemming, niet haar stilzwijgen.",
          GeneralRules::deemedConsent);

  private static final Outcome DEEMED_CONSENT_WITHIN =
      RISK_DEEMED_CONSENT_AMENDMENT.outcome(
          "deemed-consent",
          WARNING,
          "Changes to the agreement, its instructions and sub-processing terms included, take effect unless the controller objects within {window}: silence is no documented instruction.",
          "Wijzigingen van de overeenkomst, ook van instructies en bepalingen over subverwerkers, gaan in tenzij de verwerkingsverantwoordelijke binnen {window} bezwaar maakt: stilzwijgen is geen schriftelijke instructie.",
          WINDOW);

  private static final Outcome DEEMED_CONSENT =
      RISK_DEEMED_CONSENT_AMENDMENT.outcome(
          "deemed-consent-no-window",
          WARNING,
          "Changes to the agreement, its instructions and sub-processing terms included, take effect unless the controller objects: silence is no documented instruction.",
          "Wijzigingen van de overeenkomst, ook van instructies en bepalingen over subverwerkers, gaan in tenzij de verwerkingsverantwoordelijke bezwaar maakt: stilzwijgen is geen schriftelijke instructie.");

  private GeneralRules() {}

  private static Optional<RuleResult> dutyConditions(DataProcessingAgreement a, Policy p) {
    List<LocalizedText> errors = new ArrayList<>(0);
    List<LocalizedText> warnings = new ArrayList<>(0);
    RulePointer firstError = null;
    RulePointer firstWarning = null;
    List<ClauseRef> errorClauses = new ArrayList<>(0);
    List<ClauseRef> warningClauses = new ArrayList<>(0);
    for (Section section : DUTY_SECTIONS) {
      List<Condition> conditions = section.term.apply(a).getConditions();
      for (int i = 0; i < conditions.size(); i++) {
        Condition c = conditions.get(i);
        String duty = section.name + c.getDuty().orElse("");
        Severity severity = judge(c.getKind(), duty);
        if (severity == null) {
          continue;
        }
        LocalizedText label = c.getKind().getLabel();
        LocalizedText limit =
            LocalizedText.of(duty + ": " + label.getEnglish(), duty + ": " + label.getDutch());
        if (severity == ERROR) {
          errors.add(limit);
          errorClauses.addAll(c.getClauses());
          firstError = firstError == null ? section.conditions.index(i) : firstError;
        } else {
          warnings.add(limit);
          warningClauses.addAll(c.getClauses());
          firstWarning = firstWarning == null ? section.conditions.index(i) : firstWarning;
        }
      }
    }
    if (!errors.isEmpty()) {
      return DUTIES_NARROWED.at(firstError, distinct(errorClauses), LIMITS.of(errors));
    }
    return warnings.isEmpty()
        ? PASS
        : DUTIES_WEAKENED.at(firstWarning, distinct(warningClauses), LIMITS.of(warnings));
  }

  /** The severity of a kind of condition on a duty (an absolute pointer), or null when accepted. */
  private static Severity judge(ConditionKind kind, String duty) {
    for (Limit limit : LIMITS_TABLE) {
      if (limit.kind == kind && (duty + "/").startsWith(limit.duty + "/")) {
        return limit.severity;
      }
    }
    return null;
  }

  private static Optional<RuleResult> deemedConsent(DataProcessingAgreement a, Policy p) {
    AmendmentTerms t = a.getAmendment();
    if (!t.isDeemedConsentUnlessObjection()) {
      return PASS;
    }
    return t.getObjectionWindow().isPresent()
        ? DEEMED_CONSENT_WITHIN.at(
            AMENDMENT_DEEMED_CONSENT, t, WINDOW.of(t.getObjectionWindow().get()))
        : DEEMED_CONSENT.at(AMENDMENT_DEEMED_CONSENT, t);
  }

  /** A section that holds duties the law requires, and the pointer of its conditions. */
  private static final class Section {
    final String name;
    final Function<DataProcessingAgreement, Term> term;
    final RulePointer conditions;

    Section(String name, Function<DataProcessingAgreement, Term> term) {
      this.name = name;
      this.term = term;
      this.conditions = RULES.pointer(name + "/conditions/*");
    }
  }

  /** The severity of a kind of condition on the duties at or under a pointer; null accepts it. */
  private static final class Limit {
    final ConditionKind kind;
    final String duty;
    final Severity severity;

    Limit(ConditionKind kind, String duty, Severity severity) {
      this.kind = kind;
      this.duty = duty;
      this.severity = severity;
    }
  }

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
    boolean suspend = a.getTermination().isControllerSuspendRight();
    boolean terminate = a.getTermination().isControllerTerminateForBreach();
    if (suspend && terminate) {
      return PASS;
    }
    Outcome outcome = suspend ? NO_TERMINATION : terminate ? NO_SUSPENSION : SUSPEND_TERMINATE_INFO;
    return outcome.at(TERMINATION, a.getTermination());
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
