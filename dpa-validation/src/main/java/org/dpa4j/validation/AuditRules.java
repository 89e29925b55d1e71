package org.dpa4j.validation;

import static org.dpa4j.validation.RuleSupport.*;
import static org.dpa4j.validation.Severity.ERROR;
import static org.dpa4j.validation.Severity.INFO;
import static org.dpa4j.validation.Severity.WARNING;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.audit.AuditCostBearer;
import org.dpa4j.model.audit.AuditFindings;
import org.dpa4j.model.audit.AuditMethod;
import org.dpa4j.model.audit.AuditScope;
import org.dpa4j.model.audit.AuditTerms;
import org.dpa4j.model.audit.AuditTrigger;
import org.dpa4j.model.audit.Auditor;
import org.dpa4j.model.audit.ExcludedAuditor;
import org.dpa4j.model.value.TimeLimit;

/**
 * The catalogue's rules on information and audits: each rule with its id, legal basis, requirement,
 * outcomes and logic, in one place.
 */
public final class AuditRules {
  static final RuleSet RULES = new RuleSet(Chapter.AUDIT);

  private static final RulePointer AUDIT_AUDITOR = RULES.pointer("/audit/auditor");
  private static final RulePointer AUDIT_AUDIT_RIGHT = RULES.pointer("/audit/auditRight");
  private static final RulePointer AUDIT_COST_BEARER = RULES.pointer("/audit/costBearer");
  private static final RulePointer AUDIT_FINDINGS = RULES.pointer("/audit/findings");
  private static final RulePointer AUDIT_INFORMATION_ON_REQUEST =
      RULES.pointer("/audit/informationOnRequest");
  private static final RulePointer AUDIT_MAX_PER_YEAR = RULES.pointer("/audit/maxPerYear");
  private static final RulePointer AUDIT_SCOPE = RULES.pointer("/audit/scope");
  private static final RulePointer AUDIT_NOTICE = RULES.pointer("/audit/notice");
  private static final RulePointer AUDIT_METHODS = RULES.pointer("/audit/methods");
  private static final RulePointer AUDIT_EXCLUDED_AUDITORS =
      RULES.pointer("/audit/excludedAuditors");

  private static final Parameter<Integer> PER_YEAR =
      Parameter.count("perYear").withLabel("audits per year", "audits per jaar");
  private static final Parameter<TimeLimit> NOTICE =
      Parameter.timeLimit("notice").withLabel("audit notice", "aankondigingstermijn van de audit");
  private static final Parameter<TimeLimit> MAXIMUM =
      Parameter.timeLimit("maximum")
          .withLabel("longest notice of the policy", "langste aankondigingstermijn van het beleid");
  private static final Parameter<List<AuditMethod>> METHODS =
      Parameter.labels("methods", AuditMethod.class).withLabel("audit methods", "auditmethoden");
  private static final Parameter<List<ExcludedAuditor>> EXCLUDED =
      Parameter.labels("excluded", ExcludedAuditor.class)
          .withLabel("excluded auditors", "uitgesloten auditors");

  /** The ways to verify compliance that leave the choice of what is checked to the processor. */
  private static final Set<AuditMethod> REPORTS =
      EnumSet.of(
          AuditMethod.THIRD_PARTY_REPORTS, AuditMethod.CERTIFICATIONS, AuditMethod.QUESTIONNAIRES);

  private static final RulePointer AUDIT_TRIGGER = RULES.pointer("/audit/trigger");

  /**
   * 58. GDPR-28.3.h-COMPLIANCE-INFORMATION: ERROR if there is no duty to provide, on request, all
   * information needed to show compliance (a static description, or information only inside a
   * restricted audit, is not enough).
   */
  public static final CatalogRule GDPR_28_3_H_COMPLIANCE_INFORMATION =
      RULES.rule(
          "GDPR-28.3.h-COMPLIANCE-INFORMATION",
          58,
          "GDPR 28(3)(h) 1st part; Amaral R25; SCC 7.6(c)",
          "art. 28 lid 3 onder h (eerste deel) AVG; Amaral R25; modelbepalingen 2021/915, clausule 7.6 onder c",
          "The processor makes available all information needed to demonstrate compliance.",
          "De verwerker stelt alle informatie beschikbaar die nodig is om de naleving aan te tonen.",
          AuditRules::complianceInformation);

  private static final Outcome COMPLIANCE_INFORMATION_ERROR =
      GDPR_28_3_H_COMPLIANCE_INFORMATION.outcome(
          "error",
          ERROR,
          "The agreement does not oblige the processor to make available all information necessary to demonstrate compliance with Art. 28.",
          "De overeenkomst verplicht de verwerker niet alle informatie ter beschikking te stellen die nodig is om de naleving van art. 28 AVG aan te tonen.");

  /** 59. GDPR-28.3.h-AUDIT-RIGHT: ERROR if absent. */
  public static final CatalogRule GDPR_28_3_H_AUDIT_RIGHT =
      RULES.rule(
          "GDPR-28.3.h-AUDIT-RIGHT",
          59,
          "GDPR 28(3)(h); Amaral R26; SCC 7.6(c)–(d)",
          "art. 28 lid 3 onder h AVG; Amaral R26; modelbepalingen 2021/915, clausule 7.6 onder c en d",
          "The controller, or an auditor it mandates, may carry out audits and inspections.",
          "De verwerkingsverantwoordelijke, of een door haar gemachtigde controleur, mag audits en inspecties uitvoeren.",
          AuditRules::auditRight);

  private static final Outcome AUDIT_RIGHT_ERROR =
      GDPR_28_3_H_AUDIT_RIGHT.outcome(
          "error",
          ERROR,
          "The agreement gives no right to audits, including inspections.",
          "De overeenkomst geeft geen recht op audits, waaronder inspecties.");

  /**
   * 60. RISK-AUDIT-SUSPICION-ONLY: ERROR if SUSPICION_ONLY ("uitsluitend bij een concreet vermoeden
   * van misbruik"); WARNING if SUSPICION_AMBIGUOUS ("mag plaatsvinden bij een concreet vermoeden").
   */
  public static final CatalogRule RISK_AUDIT_SUSPICION_ONLY =
      RULES.rule(
          "RISK-AUDIT-SUSPICION-ONLY",
          60,
          "GDPR 28(3)(h); SCC 7.6(c) (\"at reasonable intervals or if there are indications of non-compliance\")",
          "art. 28 lid 3 onder h AVG; modelbepalingen 2021/915, clausule 7.6 onder c (\"met redelijke tussenpozen of als er aanwijzingen van niet-naleving zijn\")",
          "Audits are not limited to a concrete suspicion of misuse.",
          "Audits zijn niet beperkt tot een concreet vermoeden van misbruik.",
          AuditRules::auditSuspicionOnly);

  private static final Outcome AUDIT_SUSPICION_ONLY =
      RISK_AUDIT_SUSPICION_ONLY.outcome(
          "suspicion-only",
          ERROR,
          "An audit may take place only on a concrete suspicion of misuse; this makes the audit right illusory (Art. 28(3)(h)).",
          "Een audit mag alleen plaatsvinden bij een concreet vermoeden van misbruik; dat maakt het auditrecht illusoir (art. 28 lid 3 onder h AVG).");

  private static final Outcome AUDIT_SUSPICION_AMBIGUOUS =
      RISK_AUDIT_SUSPICION_ONLY.outcome(
          "suspicion-ambiguous",
          WARNING,
          "The agreement says an audit may take place on a concrete suspicion of misuse without saying whether only then; read as a limit, it makes the audit right illusory (Art. 28(3)(h)).",
          "De overeenkomst bepaalt dat een audit mag plaatsvinden bij een concreet vermoeden van misbruik, zonder te zeggen of dat alleen dan kan; als beperking gelezen maakt dat het auditrecht illusoir (art. 28 lid 3 onder h AVG).");

  /** 61. RISK-AUDIT-SCOPE-LIMITED: WARNING if SECURITY_ONLY or SECURITY_AND_MISUSE. */
  public static final CatalogRule RISK_AUDIT_SCOPE_LIMITED =
      RULES.rule(
          "RISK-AUDIT-SCOPE-LIMITED",
          61,
          "GDPR 28(3)(h) (\"compliance with the obligations laid down in this Article\")",
          "art. 28 lid 3 onder h AVG (\"naleving van de in dit artikel neergelegde verplichtingen\")",
          "Audits cover compliance with all obligations of Art. 28, not security alone.",
          "Audits gaan over de naleving van alle verplichtingen van art. 28 AVG, niet alleen over beveiliging.",
          AuditRules::auditScopeLimited);

  private static final Outcome AUDIT_SCOPE_LIMITED_WARNING =
      RISK_AUDIT_SCOPE_LIMITED.outcome(
          "warning",
          WARNING,
          "The scope of audits is limited to security or misuse and does not cover all Art. 28 obligations.",
          "De reikwijdte van audits is beperkt tot beveiliging of misbruik en omvat niet alle verplichtingen uit art. 28 AVG.");

  /**
   * 62. RISK-AUDIT-FINDINGS-DISCRETIONARY: WARNING if PROCESSOR_DISCRETION ("naar eigen goeddunken
   * van Verwerker").
   */
  public static final CatalogRule RISK_AUDIT_FINDINGS_DISCRETIONARY =
      RULES.rule(
          "RISK-AUDIT-FINDINGS-DISCRETIONARY",
          62,
          "GDPR 28(3)(a)/(h), 28(10)",
          "art. 28 lid 3 onder a en h en lid 10 AVG",
          "Audit findings are remediated, not left to the processor's discretion.",
          "Auditbevindingen worden opgevolgd en niet aan het goeddunken van de verwerker overgelaten.",
          AuditRules::auditFindingsDiscretionary);

  private static final Outcome AUDIT_FINDINGS_DISCRETIONARY_WARNING =
      RISK_AUDIT_FINDINGS_DISCRETIONARY.outcome(
          "warning",
          WARNING,
          "The processor decides at its discretion whether audit findings are remedied.",
          "De verwerker bepaalt zelf of auditbevindingen worden opgevolgd.");

  /**
   * 63. RISK-AUDIT-COSTS: WARNING if CONTROLLER_INCL_PROCESSOR_COSTS (the controller also pays the
   * processor's internal staff time); INFO if the controller bears the audit costs in other forms.
   */
  public static final CatalogRule RISK_AUDIT_COSTS =
      RULES.rule(
          "RISK-AUDIT-COSTS",
          63,
          "GDPR 28(3)(h) (\"contribute to audits\"); practice",
          "art. 28 lid 3 onder h AVG (\"draagt bij aan audits\"); praktijk",
          "The controller does not bear the processor's own audit costs.",
          "De verwerkingsverantwoordelijke draagt niet de eigen auditkosten van de verwerker.",
          AuditRules::auditCosts);

  private static final Outcome AUDIT_COSTS_WARNING =
      RISK_AUDIT_COSTS.outcome(
          "warning",
          WARNING,
          "The controller bears all audit costs, including the processor's own costs.",
          "Alle auditkosten, inclusief de eigen kosten van de verwerker, komen voor rekening van de verwerkingsverantwoordelijke.");

  // One outcome per way the controller pays: a single text said "including the processor's own
  // costs" of all three, which is false of each of them.
  private static final Outcome AUDIT_COSTS_EXCEPT_STAFF =
      RISK_AUDIT_COSTS.outcome(
          "info-except-staff",
          INFO,
          "The controller bears the audit costs, except the processor's own staff time.",
          "De auditkosten komen voor rekening van de verwerkingsverantwoordelijke, behalve de tijd van het eigen personeel van de verwerker.");

  private static final Outcome AUDIT_COSTS_UNSPECIFIED =
      RISK_AUDIT_COSTS.outcome(
          "info-unspecified",
          INFO,
          "The controller bears the audit costs; the agreement does not say whether that includes the processor's own costs.",
          "De auditkosten komen voor rekening van de verwerkingsverantwoordelijke; de overeenkomst zegt niet of daar de eigen kosten van de verwerker onder vallen.");

  private static final Outcome AUDIT_COSTS_SPLIT =
      RISK_AUDIT_COSTS.outcome(
          "info-split",
          INFO,
          "The audit costs are split between controller and processor.",
          "De auditkosten worden verdeeld tussen verwerkingsverantwoordelijke en verwerker.");

  /**
   * 64. RISK-AUDIT-FREQUENCY-NOTICE: WARNING if a frequency cap has no exception for incidents or
   * regulator demands, or noticeDays &gt; 30, or a fixed notice period also applies to
   * incident-triggered audits; INFO if a cap/notice exists with such exceptions.
   */
  public static final CatalogRule RISK_AUDIT_FREQUENCY_NOTICE =
      RULES
          .rule(
              "RISK-AUDIT-FREQUENCY-NOTICE",
              64,
              "SCC 2021/915 Clause 7.6(c) (\"at reasonable intervals\"), 7.6(d) (\"with reasonable notice\")",
              "modelbepalingen 2021/915, clausule 7.6 onder c (\"met redelijke tussenpozen\") en onder d (\"met een redelijke kennisgevingstermijn\")",
              "Limits on audit frequency or notice make exceptions for incidents and regulators, and the notice is reasonable.",
              "Beperkingen van auditfrequentie of aankondiging kennen uitzonderingen voor incidenten en toezichthoudende autoriteiten, en de aankondigingstermijn is redelijk.",
              AuditRules::auditFrequencyNotice)
          .threshold("auditMaxNoticeDays", Policy::getAuditMaxNoticeDays)
          .threshold("businessDayHolidays", Policy::getBusinessDayHolidays);

  private static final Outcome AUDITS_CAPPED =
      RISK_AUDIT_FREQUENCY_NOTICE.outcome(
          "capped",
          WARNING,
          "Audits are limited to {perYear} per year, with no exception for a breach or a supervisory authority's demand.",
          "Audits zijn beperkt tot {perYear} per jaar, zonder uitzondering voor een inbreuk in verband met persoonsgegevens of een verzoek van de toezichthoudende autoriteit.",
          PER_YEAR);

  private static final Outcome LONG_NOTICE =
      RISK_AUDIT_FREQUENCY_NOTICE.outcome(
          "long-notice",
          WARNING,
          "Audits must be announced {notice} in advance, longer than {maximum}.",
          "Audits moeten {notice} van tevoren worden aangekondigd, langer dan {maximum}.",
          NOTICE,
          MAXIMUM);

  private static final Outcome CAPPED_WITH_EXCEPTIONS =
      RISK_AUDIT_FREQUENCY_NOTICE.outcome(
          "capped-with-exceptions",
          INFO,
          "Audits are limited to {perYear} per year; events such as a breach allow more.",
          "Audits zijn beperkt tot {perYear} per jaar; gebeurtenissen zoals een inbreuk in verband met persoonsgegevens staan er meer toe.",
          PER_YEAR);

  private static final Outcome ANNOUNCED =
      RISK_AUDIT_FREQUENCY_NOTICE.outcome(
          "notice",
          INFO,
          "Audits must be announced {notice} in advance.",
          "Audits moeten {notice} van tevoren worden aangekondigd.",
          NOTICE);

  /**
   * 65. GDPR-28.3.h-AUDITOR-CHOICE: INFO if INDEPENDENT_THIRD_PARTY_ONLY (the controller cannot
   * audit itself).
   */
  public static final CatalogRule GDPR_28_3_H_AUDITOR_CHOICE =
      RULES.rule(
          "GDPR-28.3.h-AUDITOR-CHOICE",
          65,
          "GDPR 28(3)(h) (\"by the controller or another auditor mandated by the controller\")",
          "art. 28 lid 3 onder h AVG (\"door de verwerkingsverantwoordelijke of een door haar gemachtigde controleur\")",
          "The controller may audit itself or mandate an auditor of its choice.",
          "De verwerkingsverantwoordelijke mag zelf auditen of een controleur naar keuze machtigen.",
          AuditRules::auditorChoice);

  private static final Outcome AUDITOR_CHOICE_INFO =
      GDPR_28_3_H_AUDITOR_CHOICE.outcome(
          "info",
          INFO,
          "Only an independent third party may audit; not the controller itself.",
          "Alleen een onafhankelijke derde mag auditen; de verwerkingsverantwoordelijke zelf niet.");

  private static final Outcome COMPETITORS_EXCLUDED =
      GDPR_28_3_H_AUDITOR_CHOICE.outcome(
          "auditors-excluded",
          INFO,
          "The controller may not mandate {excluded} as auditor; reasonable as long as it can choose another independent auditor.",
          "De verwerkingsverantwoordelijke mag geen {excluded} als controleur machtigen; redelijk zolang zij een andere onafhankelijke controleur kan kiezen.",
          EXCLUDED);

  /**
   * 83. GDPR-28.3.h-AUDIT-METHODS: ERROR if the audit right is reduced to reports, certifications
   * or questionnaires the processor supplies, with no audit or inspection the controller mandates.
   */
  public static final CatalogRule GDPR_28_3_H_AUDIT_METHODS =
      RULES.rule(
          "GDPR-28.3.h-AUDIT-METHODS",
          83,
          "GDPR 28(3)(h) (\"audits, including inspections, conducted by the controller or another auditor mandated by the controller\"); SCC 2021/915 7.6(c)–(d) (certifications may be taken into account; the controller may still decide on an audit)",
          "art. 28 lid 3 onder h AVG (\"audits, waaronder inspecties, uitgevoerd door de verwerkingsverantwoordelijke of een door haar gemachtigde controleur\"); modelbepalingen 2021/915, clausule 7.6 onder c en d (certificeringen mogen meewegen; de verwerkingsverantwoordelijke kan toch tot een audit besluiten)",
          "An audit right is not reduced to reports, certifications or questionnaires the processor supplies.",
          "Het auditrecht is niet teruggebracht tot rapporten, certificeringen of vragenlijsten die de verwerker aanlevert.",
          AuditRules::auditMethods);

  private static final Outcome REPORTS_ONLY =
      GDPR_28_3_H_AUDIT_METHODS.outcome(
          "reports-only",
          ERROR,
          "Compliance may be verified only by {methods}: no audit or inspection by the controller or an auditor it mandates.",
          "Naleving mag alleen worden gecontroleerd via {methods}: geen audit of inspectie door de verwerkingsverantwoordelijke of een door haar gemachtigde controleur.",
          METHODS);

  private AuditRules() {}

  private static Optional<RuleResult> auditMethods(DataProcessingAgreement a, Policy p) {
    AuditTerms t = a.getAudit();
    return t.isAuditRight()
            && !t.getMethods().isEmpty()
            && REPORTS.containsAll(t.getMethods())
            && !t.isReportsFirst()
        ? REPORTS_ONLY.at(AUDIT_METHODS, t, METHODS.of(List.copyOf(t.getMethods())))
        : PASS;
  }

  private static Optional<RuleResult> complianceInformation(DataProcessingAgreement a, Policy p) {
    return a.getAudit().isInformationOnRequest()
        ? PASS
        : COMPLIANCE_INFORMATION_ERROR.at(AUDIT_INFORMATION_ON_REQUEST, a.getAudit());
  }

  private static Optional<RuleResult> auditRight(DataProcessingAgreement a, Policy p) {
    return a.getAudit().isAuditRight()
        ? PASS
        : AUDIT_RIGHT_ERROR.at(AUDIT_AUDIT_RIGHT, a.getAudit());
  }

  private static Optional<RuleResult> auditSuspicionOnly(DataProcessingAgreement a, Policy p) {
    AuditTerms t = a.getAudit();
    if (!t.isAuditRight()) {
      return PASS;
    }
    if (t.getTrigger() == AuditTrigger.SUSPICION_ONLY) {
      return AUDIT_SUSPICION_ONLY.at(AUDIT_TRIGGER, t);
    }
    return t.getTrigger() == AuditTrigger.SUSPICION_AMBIGUOUS
        ? AUDIT_SUSPICION_AMBIGUOUS.at(AUDIT_TRIGGER, t)
        : PASS;
  }

  private static Optional<RuleResult> auditScopeLimited(DataProcessingAgreement a, Policy p) {
    AuditTerms t = a.getAudit();
    return t.isAuditRight()
            && (t.getScope() == AuditScope.SECURITY_ONLY
                || t.getScope() == AuditScope.SECURITY_AND_MISUSE)
        ? AUDIT_SCOPE_LIMITED_WARNING.at(AUDIT_SCOPE, t)
        : PASS;
  }

  private static Optional<RuleResult> auditFindingsDiscretionary(
      DataProcessingAgreement a, Policy p) {
    AuditTerms t = a.getAudit();
    return t.isAuditRight() && t.getFindings() == AuditFindings.PROCESSOR_DISCRETION
        ? AUDIT_FINDINGS_DISCRETIONARY_WARNING.at(AUDIT_FINDINGS, t)
        : PASS;
  }

  private static Optional<RuleResult> auditCosts(DataProcessingAgreement a, Policy p) {
    AuditTerms t = a.getAudit();
    if (!t.isAuditRight()) {
      return PASS;
    }
    AuditCostBearer bearer = t.getCostBearer();
    if (bearer == AuditCostBearer.CONTROLLER_INCL_PROCESSOR_COSTS) {
      return AUDIT_COSTS_WARNING.at(AUDIT_COST_BEARER, t);
    }
    switch (bearer) {
      case CONTROLLER_EXCEPT_PROCESSOR_STAFF:
        return AUDIT_COSTS_EXCEPT_STAFF.at(AUDIT_COST_BEARER, t);
      case CONTROLLER_UNSPECIFIED:
        return AUDIT_COSTS_UNSPECIFIED.at(AUDIT_COST_BEARER, t);
      case SPLIT:
        return AUDIT_COSTS_SPLIT.at(AUDIT_COST_BEARER, t);
      default:
        return PASS;
    }
  }

  private static Optional<RuleResult> auditFrequencyNotice(DataProcessingAgreement a, Policy p) {
    AuditTerms t = a.getAudit();
    if (!t.isAuditRight()) {
      return PASS;
    }
    boolean exceptions =
        !t.getAdditionalTriggers().isEmpty() || t.getTrigger() == AuditTrigger.REGULAR_PLUS_EVENTS;
    Optional<Integer> perYear = t.getMaxPerYear();
    Optional<TimeLimit> notice = t.getNotice();
    TimeLimit maximum = TimeLimit.ofDays(p.getAuditMaxNoticeDays());
    if (perYear.isPresent() && !exceptions) {
      return AUDITS_CAPPED.at(AUDIT_MAX_PER_YEAR, t, PER_YEAR.of(perYear.get()));
    }
    if (notice.isPresent() && longest(notice.get(), p).compareTo(maximum.toNominalDuration()) > 0) {
      return LONG_NOTICE.at(AUDIT_NOTICE, t, NOTICE.of(notice.get()), MAXIMUM.of(maximum));
    }
    if (perYear.isPresent()) {
      return CAPPED_WITH_EXCEPTIONS.at(AUDIT_MAX_PER_YEAR, t, PER_YEAR.of(perYear.get()));
    }
    return notice.isPresent() ? ANNOUNCED.at(AUDIT_NOTICE, t, NOTICE.of(notice.get())) : PASS;
  }

  private static Optional<RuleResult> auditorChoice(DataProcessingAgreement a, Policy p) {
    AuditTerms t = a.getAudit();
    if (!t.isAuditRight()) {
      return PASS;
    }
    if (t.getAuditor() == Auditor.INDEPENDENT_THIRD_PARTY_ONLY) {
      return AUDITOR_CHOICE_INFO.at(AUDIT_AUDITOR, t);
    }
    return t.getExcludedAuditors().isEmpty()
        ? PASS
        : COMPETITORS_EXCLUDED.at(
            AUDIT_EXCLUDED_AUDITORS, t, EXCLUDED.of(List.copyOf(t.getExcludedAuditors())));
  }
}
