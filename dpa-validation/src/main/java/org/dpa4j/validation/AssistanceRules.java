package org.dpa4j.validation;

import static org.dpa4j.validation.RuleSupport.*;
import static org.dpa4j.validation.Severity.ERROR;
import static org.dpa4j.validation.Severity.INFO;
import static org.dpa4j.validation.Severity.WARNING;

import java.util.Optional;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.processing.AssistanceLevel;
import org.dpa4j.model.processing.DataSubjectRequestMode;

/**
 * The catalogue's rules on assistance with requests of data subjects, security, DPIAs and prior
 * consultation: each rule with its id, legal basis, requirement, outcomes and logic, in one place.
 */
public final class AssistanceRules {
  static final RuleSet RULES = new RuleSet(Chapter.ASSISTANCE);

  private static final RulePointer ASSISTANCE_COSTS_TO_CONTROLLER =
      RULES.pointer("/assistance/costsToController");
  private static final RulePointer ASSISTANCE_DPIA = RULES.pointer("/assistance/dpia");
  private static final RulePointer ASSISTANCE_PRIOR_CONSULTATION =
      RULES.pointer("/assistance/priorConsultation");
  private static final RulePointer ASSISTANCE_SECURITY = RULES.pointer("/assistance/security");
  private static final RulePointer DATA_SUBJECT_REQUESTS_COSTS_TO_CONTROLLER =
      RULES.pointer("/dataSubjectRequests/costsToController");
  private static final RulePointer DATA_SUBJECT_REQUESTS_MODE =
      RULES.pointer("/dataSubjectRequests/mode");
  private static final RulePointer DATA_SUBJECT_REQUESTS_PROCESSOR_MAY_INFORM_SUBJECT =
      RULES.pointer("/dataSubjectRequests/processorMayInformSubject");

  /**
   * 41. GDPR-28.3.e-DSAR-ASSISTANCE: the processor assists the controller, through appropriate TOMs
   * as far as possible, in answering data-subject requests (Arts 12–22).
   */
  public static final CatalogRule GDPR_28_3_E_DSAR_ASSISTANCE =
      RULES.rule(
          "GDPR-28.3.e-DSAR-ASSISTANCE",
          41,
          "GDPR 28(3)(e); Amaral R17; SCC 8(a)–(b)",
          "art. 28 lid 3 onder e AVG; Amaral R17; modelbepalingen 2021/915, clausule 8 onder a en b",
          "The processor assists the controller, by appropriate measures as far as possible, in answering requests of data subjects to exercise their rights (Chapter III).",
          "De verwerker helpt de verwerkingsverantwoordelijke met passende maatregelen, voor zover mogelijk, bij het beantwoorden van verzoeken van betrokkenen om hun rechten uit te oefenen (hoofdstuk III AVG).",
          AssistanceRules::dsarAssistance);

  private static final Outcome DSAR_ASSISTANCE_ERROR =
      GDPR_28_3_E_DSAR_ASSISTANCE.outcome(
          "error",
          ERROR,
          "The agreement does not oblige the processor to assist with requests of data subjects.",
          "De overeenkomst verplicht de verwerker niet tot bijstand bij verzoeken van betrokkenen.");

  private static final Outcome DSAR_ASSISTANCE_WARNING =
      GDPR_28_3_E_DSAR_ASSISTANCE.outcome(
          "warning",
          WARNING,
          "The processor only forwards requests of data subjects; it has no duty to assist in answering them.",
          "De verwerker stuurt verzoeken van betrokkenen alleen door; een plicht tot bijstand bij het beantwoorden ervan ontbreekt.");

  /**
   * 42. SCC-8-PROCESSOR-CONTACTS-DATA-SUBJECT: INFO if the processor may inform the data subject
   * directly.
   */
  public static final CatalogRule SCC_8_PROCESSOR_CONTACTS_DATA_SUBJECT =
      RULES.rule(
          "SCC-8-PROCESSOR-CONTACTS-DATA-SUBJECT",
          42,
          "SCC 8(a) (the processor does not answer requests itself unless authorised)",
          "modelbepalingen 2021/915, clausule 8 onder a (de verwerker beantwoordt verzoeken niet zelf, tenzij hij daartoe gemachtigd is)",
          "The processor does not answer data subjects itself unless the controller authorises it.",
          "De verwerker beantwoordt betrokkenen niet zelf, tenzij de verwerkingsverantwoordelijke dat toestaat.",
          AssistanceRules::processorContactsSubject);

  private static final Outcome PROCESSOR_CONTACTS_SUBJECT_INFO =
      SCC_8_PROCESSOR_CONTACTS_DATA_SUBJECT.outcome(
          "info",
          INFO,
          "The processor may inform the data subject directly; clause 8(a) of 2021/915 lets it answer requests itself only when the controller authorises it.",
          "De verwerker mag de betrokkene rechtstreeks informeren; volgens clausule 8 onder a van 2021/915 beantwoordt hij verzoeken alleen zelf als de verwerkingsverantwoordelijke hem daartoe machtigt.");

  /** 43. RISK-ASSISTANCE-COSTS: INFO if assistance costs are charged to the controller. */
  public static final CatalogRule RISK_ASSISTANCE_COSTS =
      RULES.rule(
          "RISK-ASSISTANCE-COSTS",
          43,
          "practice (SCC silent)",
          "praktijk (de modelbepalingen zwijgen hierover)",
          "Assistance is not made conditional on extra charges to the controller.",
          "Bijstand hangt niet af van extra kosten voor de verwerkingsverantwoordelijke.",
          AssistanceRules::assistanceCosts);

  private static final Outcome ASSISTANCE_COSTS_INFO =
      RISK_ASSISTANCE_COSTS.outcome(
          "info",
          INFO,
          "The costs of assistance are charged to the controller.",
          "Kosten van bijstand komen voor rekening van de verwerkingsverantwoordelijke.");

  /**
   * 44. GDPR-28.3.f-SECURITY-ASSISTANCE: INFO if there is no explicit duty to assist the controller
   * with **its** Art. 32 obligations (the processor's own security duty is rule 20).
   */
  public static final CatalogRule GDPR_28_3_F_SECURITY_ASSISTANCE =
      RULES.rule(
          "GDPR-28.3.f-SECURITY-ASSISTANCE",
          44,
          "GDPR 28(3)(f) + 32; Amaral R18; SCC 8(c)",
          "art. 28 lid 3 onder f en art. 32 AVG; Amaral R18; modelbepalingen 2021/915, clausule 8 onder c",
          "The processor assists the controller with the controller's own Art. 32 obligations.",
          "De verwerker helpt de verwerkingsverantwoordelijke bij diens eigen verplichtingen uit art. 32 AVG.",
          AssistanceRules::securityAssistance);

  private static final Outcome SECURITY_ASSISTANCE_INFO =
      GDPR_28_3_F_SECURITY_ASSISTANCE.outcome(
          "info",
          INFO,
          "The agreement does not say that the processor assists the controller with the controller's own Art. 32 obligations.",
          "De overeenkomst bepaalt niet dat de verwerker de verwerkingsverantwoordelijke bijstaat bij diens eigen verplichtingen uit art. 32 AVG.");

  /**
   * 45. GDPR-28.3.f-DPIA-ASSISTANCE: WARNING if ABSENT; INFO if QUALIFIED ("voor zover dat binnen
   * haar macht ligt"; GDPR itself limits assistance to "the information available to the
   * processor").
   */
  public static final CatalogRule GDPR_28_3_F_DPIA_ASSISTANCE =
      RULES.rule(
          "GDPR-28.3.f-DPIA-ASSISTANCE",
          45,
          "GDPR 28(3)(f) + 35; Amaral R22; SCC 8(c)",
          "art. 28 lid 3 onder f en art. 35 AVG; Amaral R22; modelbepalingen 2021/915, clausule 8 onder c",
          "The processor assists the controller with data protection impact assessments (Art. 35).",
          "De verwerker helpt de verwerkingsverantwoordelijke bij gegevensbeschermingseffectbeoordelingen (art. 35 AVG).",
          AssistanceRules::dpiaAssistance);

  private static final Outcome DPIA_ASSISTANCE_ABSENT =
      GDPR_28_3_F_DPIA_ASSISTANCE.outcome(
          "absent",
          WARNING,
          "The agreement gives the processor no duty to assist the controller with data protection impact assessments (Art. 35).",
          "De overeenkomst verplicht de verwerker niet de verwerkingsverantwoordelijke bij te staan bij gegevensbeschermingseffectbeoordelingen (art. 35 AVG).");

  private static final Outcome DPIA_ASSISTANCE_QUALIFIED =
      GDPR_28_3_F_DPIA_ASSISTANCE.outcome(
          "qualified",
          INFO,
          "The processor assists with data protection impact assessments (Art. 35) only within a limit of its own, such as \"as far as it can\"; Art. 28(3)(f) limits that duty only by the nature of the processing and the information available to the processor.",
          "De verwerker verleent bijstand bij gegevensbeschermingseffectbeoordelingen (art. 35 AVG) alleen binnen een eigen grens, zoals \"voor zover dat binnen zijn macht ligt\"; art. 28 lid 3 onder f AVG begrenst die plicht enkel door de aard van de verwerking en de informatie waarover de verwerker beschikt.");

  /** 46. GDPR-28.3.f-PRIOR-CONSULTATION: WARNING if ABSENT. */
  public static final CatalogRule GDPR_28_3_F_PRIOR_CONSULTATION =
      RULES.rule(
          "GDPR-28.3.f-PRIOR-CONSULTATION",
          46,
          "GDPR 28(3)(f) + 36; Amaral R19; SCC 8(c)",
          "art. 28 lid 3 onder f en art. 36 AVG; Amaral R19; modelbepalingen 2021/915, clausule 8 onder c",
          "The processor assists the controller with prior consultation of the supervisory authority (Art. 36).",
          "De verwerker helpt de verwerkingsverantwoordelijke bij de voorafgaande raadpleging van de toezichthoudende autoriteit (art. 36 AVG).",
          AssistanceRules::priorConsultation);

  private static final Outcome PRIOR_CONSULTATION_WARNING =
      GDPR_28_3_F_PRIOR_CONSULTATION.outcome(
          "warning",
          WARNING,
          "The agreement does not oblige the processor to assist with prior consultation of the supervisory authority (Art. 36).",
          "De overeenkomst verplicht de verwerker niet tot bijstand bij de voorafgaande raadpleging van de toezichthoudende autoriteit (art. 36 AVG).");

  private AssistanceRules() {}

  private static Optional<RuleResult> dsarAssistance(DataProcessingAgreement a, Policy p) {
    DataSubjectRequestMode mode = a.getDataSubjectRequests().getMode();
    RulePointer at = DATA_SUBJECT_REQUESTS_MODE;
    if (mode == DataSubjectRequestMode.ABSENT) {
      return DSAR_ASSISTANCE_ERROR.at(at, a.getDataSubjectRequests());
    }
    return mode == DataSubjectRequestMode.FORWARD_ONLY
        ? DSAR_ASSISTANCE_WARNING.at(at, a.getDataSubjectRequests())
        : PASS;
  }

  private static Optional<RuleResult> processorContactsSubject(
      DataProcessingAgreement a, Policy p) {
    return a.getDataSubjectRequests().isProcessorMayInformSubject()
        ? PROCESSOR_CONTACTS_SUBJECT_INFO.at(
            DATA_SUBJECT_REQUESTS_PROCESSOR_MAY_INFORM_SUBJECT, a.getDataSubjectRequests())
        : PASS;
  }

  private static Optional<RuleResult> assistanceCosts(DataProcessingAgreement a, Policy p) {
    if (a.getDataSubjectRequests().isCostsToController()) {
      return ASSISTANCE_COSTS_INFO.at(
          DATA_SUBJECT_REQUESTS_COSTS_TO_CONTROLLER, a.getDataSubjectRequests());
    }
    return a.getAssistance().isCostsToController()
        ? ASSISTANCE_COSTS_INFO.at(ASSISTANCE_COSTS_TO_CONTROLLER, a.getAssistance())
        : PASS;
  }

  private static Optional<RuleResult> securityAssistance(DataProcessingAgreement a, Policy p) {
    return a.getAssistance().getSecurity() == AssistanceLevel.ABSENT
        ? SECURITY_ASSISTANCE_INFO.at(ASSISTANCE_SECURITY, a.getAssistance())
        : PASS;
  }

  private static Optional<RuleResult> dpiaAssistance(DataProcessingAgreement a, Policy p) {
    AssistanceLevel level = a.getAssistance().getDpia();
    if (level == AssistanceLevel.ABSENT) {
      return DPIA_ASSISTANCE_ABSENT.at(ASSISTANCE_DPIA, a.getAssistance());
    }
    return level == AssistanceLevel.QUALIFIED
        ? DPIA_ASSISTANCE_QUALIFIED.at(ASSISTANCE_DPIA, a.getAssistance())
        : PASS;
  }

  private static Optional<RuleResult> priorConsultation(DataProcessingAgreement a, Policy p) {
    return a.getAssistance().getPriorConsultation() == AssistanceLevel.ABSENT
        ? PRIOR_CONSULTATION_WARNING.at(ASSISTANCE_PRIOR_CONSULTATION, a.getAssistance())
        : PASS;
  }
}
