package org.dpa4j.validation.internal;

import static org.dpa4j.validation.Severity.ERROR;
import static org.dpa4j.validation.Severity.INFO;
import static org.dpa4j.validation.Severity.WARNING;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dpa4j.model.AgreementDate;
import org.dpa4j.model.AgreementKind;
import org.dpa4j.model.ClauseRef;
import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.CoverageKind;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.Formation;
import org.dpa4j.model.GeneralProvisions;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.Precedence;
import org.dpa4j.model.Sourced;
import org.dpa4j.model.audit.AuditCostBearer;
import org.dpa4j.model.audit.AuditFindings;
import org.dpa4j.model.audit.AuditScope;
import org.dpa4j.model.audit.AuditTerms;
import org.dpa4j.model.audit.AuditTrigger;
import org.dpa4j.model.audit.Auditor;
import org.dpa4j.model.breach.BreachContent;
import org.dpa4j.model.breach.BreachNotification;
import org.dpa4j.model.breach.SuspectedBreaches;
import org.dpa4j.model.liability.DamageKind;
import org.dpa4j.model.liability.FinesClause;
import org.dpa4j.model.liability.LiabilityCap;
import org.dpa4j.model.liability.LiabilityCapKind;
import org.dpa4j.model.liability.LiabilityTerms;
import org.dpa4j.model.liability.LiableParty;
import org.dpa4j.model.parties.Party;
import org.dpa4j.model.processing.AssistanceLevel;
import org.dpa4j.model.processing.DataSubjectKind;
import org.dpa4j.model.processing.DataSubjectRequestMode;
import org.dpa4j.model.processing.InfringingInstructionNotice;
import org.dpa4j.model.processing.LegalRequirementNotice;
import org.dpa4j.model.processing.OwnUsePolicy;
import org.dpa4j.model.processing.PersonalDataCategory;
import org.dpa4j.model.processing.ProcessingDuration;
import org.dpa4j.model.processing.ProcessingScope;
import org.dpa4j.model.processing.PurposeExtension;
import org.dpa4j.model.processing.SpecialCategoriesStance;
import org.dpa4j.model.security.MeasureCategory;
import org.dpa4j.model.security.ObligationStrength;
import org.dpa4j.model.security.SecurityStandard;
import org.dpa4j.model.security.SecurityTerms;
import org.dpa4j.model.subprocessing.ContractStatus;
import org.dpa4j.model.subprocessing.FlowDown;
import org.dpa4j.model.subprocessing.ListDisclosure;
import org.dpa4j.model.subprocessing.ObjectionEffect;
import org.dpa4j.model.subprocessing.ObjectionRight;
import org.dpa4j.model.subprocessing.SubProcessingTerms;
import org.dpa4j.model.subprocessing.SubProcessor;
import org.dpa4j.model.subprocessing.SubProcessorAuthorisation;
import org.dpa4j.model.subprocessing.SubProcessorLiability;
import org.dpa4j.model.subprocessing.ThirdPartyDisclaimer;
import org.dpa4j.model.termination.AmendmentMode;
import org.dpa4j.model.termination.EndDisposition;
import org.dpa4j.model.termination.EndOfProcessing;
import org.dpa4j.model.termination.RetentionDuringTerm;
import org.dpa4j.model.transfers.TransferDestination;
import org.dpa4j.model.transfers.TransferExemption;
import org.dpa4j.model.transfers.TransferMechanism;
import org.dpa4j.model.transfers.TransferPolicy;
import org.dpa4j.model.transfers.TransferTerms;
import org.dpa4j.model.value.CountryCode;
import org.dpa4j.model.value.Deadline;
import org.dpa4j.model.value.DeadlineQualifier;
import org.dpa4j.model.value.DeadlineTrigger;
import org.dpa4j.model.value.Jurisdiction;
import org.dpa4j.model.value.Money;
import org.dpa4j.model.value.PartialDate;
import org.dpa4j.model.value.TimeLimit;
import org.dpa4j.validation.CatalogRule;
import org.dpa4j.validation.Policy;
import org.dpa4j.validation.RuleResult;
import org.dpa4j.validation.Severity;

/**
 * The logic of the 79 catalogue rules: one method per rule, named after it. Each returns the
 * finding at the rule's highest applicable severity, or empty when the rule passes or does not
 * apply.
 */
public final class CatalogChecks {

  /** A rule's logic. */
  @FunctionalInterface
  public interface Check {
    /**
     * Checks an agreement.
     *
     * @param a the agreement
     * @param p the policy
     * @return the result, or empty
     */
    Optional<RuleResult> apply(DataProcessingAgreement a, Policy p);
  }

  private static final Optional<RuleResult> PASS = Optional.empty();

  /** Art. 28(3)(h)/46 mechanisms that count as a documented Chapter V basis. */
  private static final Set<TransferMechanism> MECHANISMS =
      EnumSet.of(
          TransferMechanism.ADEQUACY_DECISION,
          TransferMechanism.DPF,
          TransferMechanism.APPROPRIATE_SAFEGUARDS,
          TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES,
          TransferMechanism.BINDING_CORPORATE_RULES,
          TransferMechanism.DEROGATION,
          TransferMechanism.CODE_OF_CONDUCT,
          TransferMechanism.CERTIFICATION,
          TransferMechanism.UK_EXTENSION_DPF,
          TransferMechanism.SWISS_US_DPF);

  private static final Map<CatalogRule, Check> CHECKS = checks();

  private CatalogChecks() {}

  /**
   * Returns the logic of a catalogue rule.
   *
   * @param rule the rule
   * @return its check
   */
  public static Check of(CatalogRule rule) {
    return CHECKS.get(rule);
  }

  private static Map<CatalogRule, Check> checks() {
    Map<CatalogRule, Check> m = new EnumMap<>(CatalogRule.class);
    m.put(CatalogRule.GDPR_28_9_WRITTEN_FORM, CatalogChecks::writtenForm);
    m.put(CatalogRule.LL_PARTY_PROCESSOR_IDENTITY, CatalogChecks::processorIdentity);
    m.put(CatalogRule.LL_PARTY_CONTROLLER_IDENTITY, CatalogChecks::controllerIdentity);
    m.put(CatalogRule.GDPR_28_3_SUBJECT_MATTER, CatalogChecks::subjectMatter);
    m.put(CatalogRule.GDPR_28_3_DURATION, CatalogChecks::duration);
    m.put(CatalogRule.GDPR_28_3_NATURE_PURPOSE, CatalogChecks::naturePurpose);
    m.put(CatalogRule.EDPB_28_3_PURPOSE_OPEN_ENDED, CatalogChecks::purposeOpenEnded);
    m.put(CatalogRule.GDPR_28_3_DATA_TYPES, CatalogChecks::dataTypes);
    m.put(CatalogRule.GDPR_28_3_DATA_SUBJECTS, CatalogChecks::dataSubjects);
    m.put(CatalogRule.GDPR_28_3_CONTROLLER_RIGHTS, CatalogChecks::controllerRights);
    m.put(CatalogRule.GDPR_9_SPECIAL_CATEGORIES, CatalogChecks::specialCategories);
    m.put(CatalogRule.GDPR_28_10_ROLE_HYBRID_DOCUMENT, CatalogChecks::roleHybridDocument);
    m.put(CatalogRule.GDPR_28_10_PROCESSOR_OWN_PURPOSES, CatalogChecks::processorOwnPurposes);
    m.put(CatalogRule.GDPR_28_3_A_INSTRUCTIONS, CatalogChecks::instructions);
    m.put(CatalogRule.GDPR_28_3_A_LEGAL_REQUIREMENT_NOTICE, CatalogChecks::legalRequirementNotice);
    m.put(CatalogRule.GDPR_28_3_A_TRANSFER_INSTRUCTIONS, CatalogChecks::transferInstructions);
    m.put(CatalogRule.GDPR_29_PERSONNEL_INSTRUCTIONS, CatalogChecks::personnelInstructions);
    m.put(CatalogRule.GDPR_28_3_B_CONFIDENTIALITY, CatalogChecks::confidentiality);
    m.put(CatalogRule.RISK_CONF_DISCRETIONARY_DISCLOSURE, CatalogChecks::discretionaryDisclosure);
    m.put(CatalogRule.GDPR_28_3_C_SECURITY, CatalogChecks::security);
    m.put(CatalogRule.GDPR_32_1_TOMS_SPECIFIED, CatalogChecks::tomsSpecified);
    m.put(CatalogRule.RISK_32_CONTROLLER_DEEMS_ADEQUATE, CatalogChecks::controllerDeemsAdequate);
    m.put(CatalogRule.EDPB_32_UNILATERAL_SECURITY_CHANGE, CatalogChecks::unilateralSecurityChange);
    m.put(CatalogRule.GDPR_32_2_RISK_FACTORS, CatalogChecks::riskFactors);
    m.put(
        CatalogRule.GDPR_28_2_SUBPROCESSOR_AUTHORISATION, CatalogChecks::subProcessorAuthorisation);
    m.put(CatalogRule.GDPR_28_2_CHANGE_NOTIFICATION, CatalogChecks::changeNotification);
    m.put(CatalogRule.GDPR_28_2_OBJECTION_RIGHT, CatalogChecks::objectionRight);
    m.put(CatalogRule.SCC_7_7_NOTICE_PERIOD, CatalogChecks::noticePeriod);
    m.put(CatalogRule.SCC_7_7_OBJECTION_EFFECT, CatalogChecks::objectionEffect);
    m.put(CatalogRule.EDPB_28_2_SUBPROCESSOR_LIST, CatalogChecks::subProcessorList);
    m.put(CatalogRule.RISK_SUBPROCESSOR_DETAILS, CatalogChecks::subProcessorDetails);
    m.put(CatalogRule.RISK_SUBPROCESSOR_CONTRACT_STATUS, CatalogChecks::subProcessorContractStatus);
    m.put(CatalogRule.GDPR_28_4_FLOW_DOWN, CatalogChecks::flowDown);
    m.put(CatalogRule.GDPR_28_4_SUBPROCESSOR_LIABILITY, CatalogChecks::subProcessorLiability);
    m.put(CatalogRule.RISK_SUBSUBPROCESSOR_VISIBILITY, CatalogChecks::subSubProcessorVisibility);
    m.put(CatalogRule.RISK_SUBPROCESSOR_ROLE_AMBIGUITY, CatalogChecks::subProcessorRoleAmbiguity);
    m.put(
        CatalogRule.RISK_THIRD_PARTY_RESPONSIBILITY_DISCLAIMER,
        CatalogChecks::thirdPartyDisclaimer);
    m.put(CatalogRule.GDPR_44_TRANSFER_MECHANISM, CatalogChecks::transferMechanism);
    m.put(CatalogRule.EDPB_44_REMOTE_ACCESS_TRANSFER, CatalogChecks::remoteAccessTransfer);
    m.put(CatalogRule.GDPR_45_ADEQUACY_SELF_ASSESSMENT, CatalogChecks::adequacySelfAssessment);
    m.put(CatalogRule.GDPR_28_3_E_DSAR_ASSISTANCE, CatalogChecks::dsarAssistance);
    m.put(
        CatalogRule.SCC_8_PROCESSOR_CONTACTS_DATA_SUBJECT, CatalogChecks::processorContactsSubject);
    m.put(CatalogRule.RISK_ASSISTANCE_COSTS, CatalogChecks::assistanceCosts);
    m.put(CatalogRule.GDPR_28_3_F_SECURITY_ASSISTANCE, CatalogChecks::securityAssistance);
    m.put(CatalogRule.GDPR_28_3_F_DPIA_ASSISTANCE, CatalogChecks::dpiaAssistance);
    m.put(CatalogRule.GDPR_28_3_F_PRIOR_CONSULTATION, CatalogChecks::priorConsultation);
    m.put(CatalogRule.GDPR_33_2_BREACH_NOTIFICATION, CatalogChecks::breachNotification);
    m.put(CatalogRule.GDPR_33_2_BREACH_TIMELINESS, CatalogChecks::breachTimeliness);
    m.put(CatalogRule.RISK_33_SUSPECTED_BREACH_EXCLUDED, CatalogChecks::suspectedBreachExcluded);
    m.put(CatalogRule.GDPR_33_3_BREACH_CONTENT, CatalogChecks::breachContent);
    m.put(CatalogRule.GDPR_28_3_G_DELETE_OR_RETURN, CatalogChecks::deleteOrReturn);
    m.put(CatalogRule.GDPR_28_3_G_DELETE_COPIES, CatalogChecks::deleteCopies);
    m.put(CatalogRule.GDPR_28_3_G_POST_TERM_RETENTION, CatalogChecks::postTermRetention);
    m.put(CatalogRule.RISK_DELETION_DEADLINE, CatalogChecks::deletionDeadline);
    m.put(CatalogRule.SCC_10_DELETION_CERTIFICATION, CatalogChecks::deletionCertification);
    m.put(CatalogRule.RISK_DELETION_COSTS, CatalogChecks::deletionCosts);
    m.put(CatalogRule.RISK_RETENTION_UNDEFINED, CatalogChecks::retentionUndefined);
    m.put(CatalogRule.GDPR_28_3_H_COMPLIANCE_INFORMATION, CatalogChecks::complianceInformation);
    m.put(CatalogRule.GDPR_28_3_H_AUDIT_RIGHT, CatalogChecks::auditRight);
    m.put(CatalogRule.RISK_AUDIT_SUSPICION_ONLY, CatalogChecks::auditSuspicionOnly);
    m.put(CatalogRule.RISK_AUDIT_SCOPE_LIMITED, CatalogChecks::auditScopeLimited);
    m.put(CatalogRule.RISK_AUDIT_FINDINGS_DISCRETIONARY, CatalogChecks::auditFindingsDiscretionary);
    m.put(CatalogRule.RISK_AUDIT_COSTS, CatalogChecks::auditCosts);
    m.put(CatalogRule.RISK_AUDIT_FREQUENCY_NOTICE, CatalogChecks::auditFrequencyNotice);
    m.put(CatalogRule.GDPR_28_3_H_AUDITOR_CHOICE, CatalogChecks::auditorChoice);
    m.put(CatalogRule.GDPR_28_3_H_INFRINGING_INSTRUCTION, CatalogChecks::infringingInstruction);
    m.put(CatalogRule.RISK_82_LIABILITY_CAP_LOW, CatalogChecks::liabilityCapLow);
    m.put(CatalogRule.RISK_82_LIABILITY_EXCLUDED, CatalogChecks::liabilityExcluded);
    m.put(CatalogRule.RISK_82_DATA_LOSS_EXCLUDED, CatalogChecks::dataLossExcluded);
    m.put(CatalogRule.RISK_82_LIABILITY_EXTERNAL, CatalogChecks::liabilityExternal);
    m.put(CatalogRule.RISK_82_LIABILITY_UNSPECIFIED, CatalogChecks::liabilityUnspecified);
    m.put(CatalogRule.RISK_INDEMNITY_ONE_SIDED, CatalogChecks::indemnityOneSided);
    m.put(CatalogRule.RISK_CLAIM_TIME_BAR, CatalogChecks::claimTimeBar);
    m.put(CatalogRule.GDPR_83_FINES_ALLOCATION, CatalogChecks::finesAllocation);
    m.put(CatalogRule.RISK_UNILATERAL_AMENDMENT, CatalogChecks::unilateralAmendment);
    m.put(CatalogRule.SCC_10_SUSPEND_TERMINATE, CatalogChecks::suspendTerminate);
    m.put(CatalogRule.SCC_4_PRECEDENCE, CatalogChecks::precedence);
    m.put(CatalogRule.GDPR_28_3_GOVERNING_LAW, CatalogChecks::governingLaw);
    m.put(CatalogRule.META_VERSION_DATE, CatalogChecks::versionDate);
    if (m.size() != CatalogRule.values().length) {
      throw new IllegalStateException("a catalogue rule has no check");
    }
    return m;
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static Optional<RuleResult> fire(
      Severity severity, String pointer, Sourced source, Object... arguments) {
    return Optional.of(RuleResult.of(severity, pointer, source.getClauses(), arguments));
  }

  private static Optional<RuleResult> fire(
      Severity severity, String pointer, List<ClauseRef> clauses, Object... arguments) {
    return Optional.of(RuleResult.of(severity, pointer, clauses, arguments));
  }

  private static List<ClauseRef> clauses(Sourced... sources) {
    Set<ClauseRef> all = new LinkedHashSet<>();
    for (Sourced source : sources) {
      all.addAll(source.getClauses());
    }
    return new ArrayList<>(all);
  }

  private static boolean isGeneral(SubProcessorAuthorisation authorisation) {
    return authorisation == SubProcessorAuthorisation.GENERAL_EXPLICIT
        || authorisation == SubProcessorAuthorisation.GENERAL_IMPLICIT;
  }

  private static boolean subProcessingAllowed(SubProcessingTerms s) {
    return s.getAuthorisation() != SubProcessorAuthorisation.NONE;
  }

  private static boolean hasMechanism(TransferTerms t) {
    return t.getMechanisms().stream().anyMatch(MECHANISMS::contains);
  }

  /**
   * Tells whether mechanisms give a valid chapter V basis for a country: the Data Privacy Framework
   * (adequacy decision (EU) 2023/1795) only for the US; the processor's own assessment and the
   * Privacy Shield (invalid since CJEU C-311/18) never.
   */
  private static boolean valid(Set<TransferMechanism> mechanisms, CountryCode country) {
    for (TransferMechanism m : mechanisms) {
      boolean usOnly =
          m == TransferMechanism.DPF
              || m == TransferMechanism.UK_EXTENSION_DPF
              || m == TransferMechanism.SWISS_US_DPF;
      if (MECHANISMS.contains(m) && (!usOnly || country.getCode().equals("US"))) {
        return true;
      }
    }
    return false;
  }

  private static List<ClauseRef> distinct(List<ClauseRef> clauses) {
    return new ArrayList<>(new LinkedHashSet<>(clauses));
  }

  /** At most {@link #MAX_NAMES} entries, then a count of the rest. */
  private static String listed(List<String> entries) {
    String listed = entries.stream().limit(MAX_NAMES).collect(Collectors.joining(", "));
    int rest = entries.size() - MAX_NAMES;
    return rest > 0 ? listed + " (+" + rest + ")" : listed;
  }

  /** The labels of enum constants, in English and in Dutch, joined by commas. */
  private static LocalizedText labels(List<? extends CodedEnum> constants) {
    return LocalizedText.of(
        constants.stream().map(c -> c.getLabel().getEnglish()).collect(Collectors.joining(", ")),
        constants.stream().map(c -> c.getLabel().getDutch()).collect(Collectors.joining(", ")));
  }

  /** The most names a message lists; the rest are counted, so a message stays readable. */
  private static final int MAX_NAMES = 10;

  private static String names(List<SubProcessor> subProcessors) {
    String listed =
        subProcessors.stream()
            .limit(MAX_NAMES)
            .map(s -> s.getName().orElse("?"))
            .collect(Collectors.joining(", "));
    int rest = subProcessors.size() - MAX_NAMES;
    return rest > 0 ? listed + " (+" + rest + ")" : listed;
  }

  // ---- A. Form, parties, scope -----------------------------------------------------------------

  static Optional<RuleResult> writtenForm(DataProcessingAgreement a, Policy p) {
    Formation formation = a.getMetadata().getFormation();
    switch (formation) {
      case NOT_STATED:
        return fire(
            ERROR,
            "/metadata/formation",
            a.getMetadata(),
            LocalizedText.of(
                "does not say how it is concluded", "zegt niet hoe zij wordt aangegaan"));
      case UNILATERAL_STATEMENT:
        return fire(
            ERROR,
            "/metadata/formation",
            a.getMetadata(),
            LocalizedText.of(
                "is a one-sided statement of the processor",
                "is een eenzijdige verklaring van de verwerker"));
      case INCORPORATED_IN_MAIN_AGREEMENT:
        return fire(INFO, "/metadata/formation", a.getMetadata());
      default:
        return PASS;
    }
  }

  static Optional<RuleResult> processorIdentity(DataProcessingAgreement a, Policy p) {
    Party processor = a.getProcessor();
    if (processor.isPlaceholder()) {
      return fire(ERROR, "/processor", processor);
    }
    if (processor.getLegalName().isEmpty() && processor.kvkNumber().isEmpty()) {
      return fire(WARNING, "/processor", processor);
    }
    boolean street = processor.getAddress().flatMap(x -> x.getStreet()).isPresent();
    if (!street || processor.getContacts().isEmpty()) {
      return fire(INFO, "/processor", processor);
    }
    return PASS;
  }

  static Optional<RuleResult> controllerIdentity(DataProcessingAgreement a, Policy p) {
    Party controller = a.getController();
    if (!controller.isPlaceholder()) {
      return PASS;
    }
    Formation formation = a.getMetadata().getFormation();
    boolean viaMainAgreement =
        formation == Formation.INCORPORATED_IN_MAIN_AGREEMENT
            || formation == Formation.SIGNED_STANDALONE;
    return fire(viaMainAgreement ? INFO : WARNING, "/controller", controller);
  }

  static Optional<RuleResult> subjectMatter(DataProcessingAgreement a, Policy p) {
    ProcessingScope s = a.getScope();
    return s.getSubjectMatter().isEmpty() && s.getServices().isEmpty()
        ? fire(ERROR, "/scope/subjectMatter", s)
        : PASS;
  }

  static Optional<RuleResult> duration(DataProcessingAgreement a, Policy p) {
    return a.getScope().getDuration() == ProcessingDuration.NOT_STATED
        ? fire(ERROR, "/scope/duration", a.getScope())
        : PASS;
  }

  static Optional<RuleResult> naturePurpose(DataProcessingAgreement a, Policy p) {
    ProcessingScope s = a.getScope();
    if (s.getPurposes().isEmpty() && s.getSubjectMatter().isEmpty()) {
      return fire(ERROR, "/scope/purposes", s);
    }
    boolean controllerRolePurposes =
        s.getControllerRoleProcessing().map(c -> !c.getPurposes().isEmpty()).orElse(false);
    return controllerRolePurposes ? fire(WARNING, "/scope/purposes", s) : PASS;
  }

  static Optional<RuleResult> purposeOpenEnded(DataProcessingAgreement a, Policy p) {
    PurposeExtension e = a.getScope().getPurposeExtension();
    return e == PurposeExtension.RELATED_PURPOSES
            || e == PurposeExtension.RELATED_OR_FURTHER_CONSENT
        ? fire(WARNING, "/scope/purposeExtension", a.getScope())
        : PASS;
  }

  static Optional<RuleResult> dataTypes(DataProcessingAgreement a, Policy p) {
    ProcessingScope s = a.getScope();
    if (s.getPersonalDataCategories().isEmpty()) {
      return fire(ERROR, "/scope/personalDataCategories", s);
    }
    return s.isDataListExhaustive() ? PASS : fire(WARNING, "/scope/personalDataCategories", s);
  }

  static Optional<RuleResult> dataSubjects(DataProcessingAgreement a, Policy p) {
    ProcessingScope s = a.getScope();
    if (s.getDataSubjectCategories().isEmpty()) {
      return fire(ERROR, "/scope/dataSubjectCategories", s);
    }
    // Communication content (and traffic data of communications) also concerns the other parties
    // to those communications: they must be among the data subjects, as a typed kind.
    boolean communications =
        s.getPersonalDataCategories().stream()
            .anyMatch(c -> c.isContentData() || c.isCommunicationMetadata());
    boolean partiesListed =
        s.getDataSubjectCategories().stream()
            .anyMatch(
                c ->
                    c.getKind() == DataSubjectKind.COMMUNICATION_PARTIES
                        || c.getKind() == DataSubjectKind.END_USERS);
    return communications && !partiesListed
        ? fire(WARNING, "/scope/dataSubjectCategories", s)
        : PASS;
  }

  static Optional<RuleResult> controllerRights(DataProcessingAgreement a, Policy p) {
    boolean any =
        a.getInstructions().isOnlyOnInstructions()
            || a.getAudit().isAuditRight()
            || a.getSubProcessing().getObjectionRight() != ObjectionRight.ABSENT
            || a.getTermination().isControllerSuspendRight()
            || a.getTermination().isControllerTerminateForBreach();
    return any ? PASS : fire(ERROR, "/instructions", a.getInstructions());
  }

  static Optional<RuleResult> specialCategories(DataProcessingAgreement a, Policy p) {
    ProcessingScope s = a.getScope();
    SpecialCategoriesStance stance = s.getSpecialCategories();
    boolean listed =
        stance == SpecialCategoriesStance.LISTED
            || s.getPersonalDataCategories().stream()
                .anyMatch(PersonalDataCategory::isSpecialCategory);
    boolean contentMayHoldThem =
        s.hasContentData()
            && (stance == SpecialCategoriesStance.NONE_DECLARED
                || stance == SpecialCategoriesStance.LABEL_ONLY_AMBIGUOUS);
    // Safeguards for special categories (clause 7.5 of 2021/915) answer the warning.
    if (stance != SpecialCategoriesStance.EXCLUDED_BY_DESIGN
        && s.getSpecialCategorySafeguards().isEmpty()
        && (listed || contentMayHoldThem)) {
      return fire(
          WARNING,
          "/scope/specialCategories",
          s,
          listed
              ? LocalizedText.of(
                  "Special categories of data are processed",
                  "Er worden bijzondere categorieën van persoonsgegevens verwerkt")
              : LocalizedText.of(
                  "Communication content may contain special categories of data",
                  "Communicatie-inhoud kan bijzondere categorieën van persoonsgegevens bevatten"));
    }
    if (stance == SpecialCategoriesStance.LABEL_ONLY_AMBIGUOUS) {
      return fire(
          INFO,
          "/scope/specialCategories",
          s,
          LocalizedText.of(
              "calls data sensitive or special without saying which",
              "noemt gegevens gevoelig of bijzonder zonder te zeggen welke"));
    }
    if (stance == SpecialCategoriesStance.EXCLUDED_BY_DESIGN) {
      return fire(
          INFO,
          "/scope/specialCategories",
          s,
          LocalizedText.of(
              "says the services are not meant for special categories",
              "zegt dat de diensten niet bedoeld zijn voor bijzondere categorieën"));
    }
    return PASS;
  }

  static Optional<RuleResult> roleHybridDocument(DataProcessingAgreement a, Policy p) {
    return a.getMetadata().getDocumentKind() == AgreementKind.HYBRID_PRIVACY_STATEMENT_AND_DPA
            || a.getScope().getControllerRoleProcessing().isPresent()
        ? fire(WARNING, "/metadata/documentKind", clauses(a.getMetadata(), a.getScope()))
        : PASS;
  }

  static Optional<RuleResult> processorOwnPurposes(DataProcessingAgreement a, Policy p) {
    OwnUsePolicy use = a.getScope().getProcessorOwnUse().getPolicy();
    String at = "/scope/processorOwnUse";
    if (use == OwnUsePolicy.ALLOWED) {
      return fire(ERROR, at, a.getScope().getProcessorOwnUse());
    }
    return use == OwnUsePolicy.ANONYMISED_ONLY
        ? fire(WARNING, at, a.getScope().getProcessorOwnUse())
        : PASS;
  }

  // ---- B. Instructions
  // ---------------------------------------------------------------------------

  static Optional<RuleResult> instructions(DataProcessingAgreement a, Policy p) {
    if (!a.getInstructions().isOnlyOnInstructions()) {
      return fire(ERROR, "/instructions/onlyOnInstructions", a.getInstructions());
    }
    return a.getInstructions().isDocumented()
        ? PASS
        : fire(INFO, "/instructions/documented", a.getInstructions());
  }

  static Optional<RuleResult> legalRequirementNotice(DataProcessingAgreement a, Policy p) {
    return a.getInstructions().getLegalRequirementNotice() == LegalRequirementNotice.PRESENT
        ? PASS
        : fire(ERROR, "/instructions/legalRequirementNotice", a.getInstructions());
  }

  static Optional<RuleResult> transferInstructions(DataProcessingAgreement a, Policy p) {
    TransferTerms t = a.getTransfers();
    String at = "/transfers/policy";
    if (t.getPolicy() == TransferPolicy.ALLOWED_CONDITIONAL) {
      if (t.getMechanisms().isEmpty()) {
        return fire(ERROR, at, t);
      }
      return t.getDestinations().isEmpty() ? fire(WARNING, at, t) : PASS;
    }
    boolean unseenList =
        t.getExemptions().contains(TransferExemption.LISTED_SUBPROCESSORS)
            && a.getSubProcessing().getListDisclosure() != ListDisclosure.ANNEXED;
    return unseenList ? fire(WARNING, "/transfers/exemptions", t) : PASS;
  }

  static Optional<RuleResult> personnelInstructions(DataProcessingAgreement a, Policy p) {
    return a.getInstructions().isPersonnelBound()
        ? PASS
        : fire(INFO, "/instructions/personnelBound", a.getInstructions());
  }

  // ---- C. Confidentiality
  // ------------------------------------------------------------------------

  static Optional<RuleResult> confidentiality(DataProcessingAgreement a, Policy p) {
    ObligationStrength s = a.getConfidentiality().getPersonnel();
    String at = "/confidentiality/personnel";
    if (s == ObligationStrength.ABSENT) {
      return fire(ERROR, at, a.getConfidentiality());
    }
    return s == ObligationStrength.BEST_EFFORTS ? fire(WARNING, at, a.getConfidentiality()) : PASS;
  }

  static Optional<RuleResult> discretionaryDisclosure(DataProcessingAgreement a, Policy p) {
    return a.getConfidentiality().isDiscretionaryDisclosureException()
        ? fire(WARNING, "/confidentiality/discretionaryDisclosureException", a.getConfidentiality())
        : PASS;
  }

  // ---- D. Security
  // -------------------------------------------------------------------------------

  static Optional<RuleResult> security(DataProcessingAgreement a, Policy p) {
    SecurityTerms s = a.getSecurity();
    if (s.getCommitment() == ObligationStrength.ABSENT) {
      return fire(ERROR, "/security/commitment", s);
    }
    // Name each weakness the text has, and only those.
    List<LocalizedText> weaknesses = new ArrayList<>();
    if (s.getCommitment() == ObligationStrength.BEST_EFFORTS) {
      weaknesses.add(LocalizedText.of("a best-efforts commitment", "een inspanningsverplichting"));
    }
    if (s.getStandard() == SecurityStandard.NOT_UNREASONABLE
        || s.getStandard() == SecurityStandard.REASONABLY_EXPECTED) {
      weaknesses.add(
          LocalizedText.of(
              "a standard below 'appropriate' (Art. 32)",
              "een lagere maatstaf dan 'passend' (art. 32 AVG)"));
    }
    if (s.isEffectivenessDisclaimer()) {
      weaknesses.add(
          LocalizedText.of(
              "a disclaimer of the measures' effectiveness",
              "een disclaimer over de werking van de maatregelen"));
    }
    return weaknesses.isEmpty()
        ? PASS
        : fire(
            WARNING,
            "/security/commitment",
            s,
            LocalizedText.of(
                weaknesses.stream()
                    .map(LocalizedText::getEnglish)
                    .collect(Collectors.joining(", ")),
                weaknesses.stream()
                    .map(LocalizedText::getDutch)
                    .collect(Collectors.joining(", "))));
  }

  static Optional<RuleResult> tomsSpecified(DataProcessingAgreement a, Policy p) {
    SecurityTerms s = a.getSecurity();
    List<MeasureCategory> elements =
        List.of(
            MeasureCategory.PSEUDONYMISATION_ENCRYPTION,
            MeasureCategory.ACCESS_CONFIDENTIALITY_INTEGRITY,
            MeasureCategory.AVAILABILITY_RESTORE,
            MeasureCategory.TESTING_EVALUATION);
    List<MeasureCategory> missing =
        elements.stream().filter(c -> !s.covers(c)).collect(Collectors.toList());
    LocalizedText names = labels(missing);
    if (s.getMeasures().isEmpty() || elements.size() - missing.size() <= 1) {
      return fire(WARNING, "/security/measures", s, names);
    }
    return missing.isEmpty() ? PASS : fire(INFO, "/security/measures", s, names);
  }

  static Optional<RuleResult> controllerDeemsAdequate(DataProcessingAgreement a, Policy p) {
    return a.getSecurity().isControllerAcknowledgesAdequacy()
        ? fire(WARNING, "/security/controllerAcknowledgesAdequacy", a.getSecurity())
        : PASS;
  }

  static Optional<RuleResult> unilateralSecurityChange(DataProcessingAgreement a, Policy p) {
    SecurityTerms s = a.getSecurity();
    if (s.isProcessorMayChangeUnilaterally()) {
      return fire(WARNING, "/security/processorMayChangeUnilaterally", s);
    }
    return s.isProcessorMayRefuseRequestedMeasures()
        ? fire(WARNING, "/security/processorMayRefuseRequestedMeasures", s)
        : PASS;
  }

  static Optional<RuleResult> riskFactors(DataProcessingAgreement a, Policy p) {
    return a.getSecurity().isRiskFactorsReferenced()
        ? PASS
        : fire(INFO, "/security/riskFactorsReferenced", a.getSecurity());
  }

  // ---- E. Sub-processors
  // -------------------------------------------------------------------------

  static Optional<RuleResult> subProcessorAuthorisation(DataProcessingAgreement a, Policy p) {
    SubProcessingTerms s = a.getSubProcessing();
    boolean used = !s.getSubProcessors().isEmpty();
    boolean silent = s.getCoverage().getKind() == CoverageKind.NOT_STATED;
    return s.getAuthorisation() == SubProcessorAuthorisation.NONE && (used || silent)
        ? fire(ERROR, "/subProcessing/authorisation", s)
        : PASS;
  }

  static Optional<RuleResult> changeNotification(DataProcessingAgreement a, Policy p) {
    SubProcessingTerms s = a.getSubProcessing();
    return isGeneral(s.getAuthorisation()) && !s.isChangeNoticeRequired()
        ? fire(ERROR, "/subProcessing/changeNoticeRequired", s)
        : PASS;
  }

  static Optional<RuleResult> objectionRight(DataProcessingAgreement a, Policy p) {
    SubProcessingTerms s = a.getSubProcessing();
    return isGeneral(s.getAuthorisation()) && s.getObjectionRight() == ObjectionRight.ABSENT
        ? fire(ERROR, "/subProcessing/objectionRight", s)
        : PASS;
  }

  static Optional<RuleResult> noticePeriod(DataProcessingAgreement a, Policy p) {
    SubProcessingTerms s = a.getSubProcessing();
    return s.isChangeNoticeRequired() && s.getNoticePeriod().isEmpty()
        ? fire(WARNING, "/subProcessing/noticePeriod", s)
        : PASS;
  }

  static Optional<RuleResult> objectionEffect(DataProcessingAgreement a, Policy p) {
    SubProcessingTerms s = a.getSubProcessing();
    return s.getObjectionRight() != ObjectionRight.ABSENT
            && s.getObjectionEffect() == ObjectionEffect.NOT_STATED
        ? fire(WARNING, "/subProcessing/objectionEffect", s)
        : PASS;
  }

  static Optional<RuleResult> subProcessorList(DataProcessingAgreement a, Policy p) {
    SubProcessingTerms s = a.getSubProcessing();
    return subProcessingAllowed(s) && s.getListDisclosure() != ListDisclosure.ANNEXED
        ? fire(WARNING, "/subProcessing/listDisclosure", s)
        : PASS;
  }

  private static List<SubProcessor> annexed(SubProcessingTerms s) {
    return s.getListDisclosure() == ListDisclosure.ANNEXED ? s.getSubProcessors() : List.of();
  }

  static Optional<RuleResult> subProcessorDetails(DataProcessingAgreement a, Policy p) {
    List<SubProcessor> without =
        annexed(a.getSubProcessing()).stream()
            .filter(s -> s.getCountry().isEmpty() && s.getProcessingLocations().isEmpty())
            .collect(Collectors.toList());
    return without.isEmpty()
        ? PASS
        : fire(WARNING, "/subProcessing/subProcessors", a.getSubProcessing(), names(without));
  }

  static Optional<RuleResult> subProcessorContractStatus(DataProcessingAgreement a, Policy p) {
    List<SubProcessor> unconfirmed =
        annexed(a.getSubProcessing()).stream()
            .filter(s -> s.getContractStatus() != ContractStatus.CONFIRMED)
            .collect(Collectors.toList());
    return unconfirmed.isEmpty()
        ? PASS
        : fire(WARNING, "/subProcessing/subProcessors", a.getSubProcessing(), names(unconfirmed));
  }

  static Optional<RuleResult> flowDown(DataProcessingAgreement a, Policy p) {
    SubProcessingTerms s = a.getSubProcessing();
    return subProcessingAllowed(s) && s.getFlowDown() != FlowDown.SAME_OBLIGATIONS
        ? fire(ERROR, "/subProcessing/flowDown", s)
        : PASS;
  }

  static Optional<RuleResult> subProcessorLiability(DataProcessingAgreement a, Policy p) {
    SubProcessingTerms s = a.getSubProcessing();
    return subProcessingAllowed(s) && s.getProcessorLiability() != SubProcessorLiability.FULL
        ? fire(ERROR, "/subProcessing/processorLiability", s)
        : PASS;
  }

  static Optional<RuleResult> subSubProcessorVisibility(DataProcessingAgreement a, Policy p) {
    return a.getSubProcessing().isSubSubProcessorVisibilityDisclaimer()
        ? fire(WARNING, "/subProcessing/subSubProcessorVisibilityDisclaimer", a.getSubProcessing())
        : PASS;
  }

  static Optional<RuleResult> subProcessorRoleAmbiguity(DataProcessingAgreement a, Policy p) {
    SubProcessingTerms s = a.getSubProcessing();
    if (!s.isRoleAmbiguity()) {
      return PASS;
    }
    List<SubProcessor> optional =
        s.getSubProcessors().stream().filter(SubProcessor::isOptional).collect(Collectors.toList());
    return fire(
        WARNING,
        "/subProcessing/roleAmbiguity",
        s,
        names(optional.isEmpty() ? s.getSubProcessors() : optional));
  }

  static Optional<RuleResult> thirdPartyDisclaimer(DataProcessingAgreement a, Policy p) {
    return a.getSubProcessing().getThirdPartyDisclaimer() == ThirdPartyDisclaimer.UNQUALIFIED
        ? fire(WARNING, "/subProcessing/thirdPartyDisclaimer", a.getSubProcessing())
        : PASS;
  }

  // ---- F. Transfers
  // ------------------------------------------------------------------------------

  private static final LocalizedText UNNAMED_COUNTRIES =
      LocalizedText.of("countries not named", "niet genoemde landen");
  private static final LocalizedText UNNAMED_RECIPIENTS =
      LocalizedText.of("recipients not named", "niet genoemde ontvangers");

  static Optional<RuleResult> transferMechanism(DataProcessingAgreement a, Policy p) {
    TransferTerms t = a.getTransfers();
    // Every third country the text names: each destination with its own mechanisms or the
    // section's, each sub-processor's locations and establishment with its own or the section's.
    List<String> offenders = new ArrayList<>();
    String first = null;
    List<ClauseRef> clauses = new ArrayList<>(t.getClauses());
    List<TransferDestination> destinations = t.getDestinations();
    for (int i = 0; i < destinations.size(); i++) {
      TransferDestination d = destinations.get(i);
      Set<TransferMechanism> own =
          d.getMechanisms().isEmpty() ? t.getMechanisms() : d.getMechanisms();
      if (!p.isAllowedTransferDestination(d.getCountry()) && !valid(own, d.getCountry())) {
        offenders.add(
            d.getCountry().getCode() + d.getRecipient().map(n -> " (" + n + ")").orElse(""));
        first = first == null ? "/transfers/destinations/" + i + "/country" : first;
        clauses.addAll(d.getClauses());
      }
    }
    List<SubProcessor> subProcessors = a.getSubProcessing().getSubProcessors();
    for (int i = 0; i < subProcessors.size(); i++) {
      SubProcessor s = subProcessors.get(i);
      Set<TransferMechanism> own =
          s.getTransferMechanisms().isEmpty() ? t.getMechanisms() : s.getTransferMechanisms();
      for (CountryCode country : s.thirdCountries()) {
        if (!p.isAllowedTransferDestination(country) && !valid(own, country)) {
          offenders.add(country.getCode() + " (" + s.getName().orElse("?") + ")");
          first =
              first == null
                  ? "/subProcessing/subProcessors/"
                      + i
                      + (s.getProcessingLocations().contains(country)
                          ? "/processingLocations/" + s.getProcessingLocations().indexOf(country)
                          : "/country")
                  : first;
          clauses.addAll(s.getClauses());
        }
      }
    }
    if (!offenders.isEmpty()) {
      return fire(ERROR, first, distinct(clauses), listed(offenders));
    }
    boolean general =
        t.getPolicy() == TransferPolicy.ALLOWED_CONDITIONAL
            || t.getPolicy() == TransferPolicy.ALLOWED_WITH_CONSENT;
    return general && t.getDestinations().isEmpty()
        ? fire(WARNING, "/transfers/destinations", t, UNNAMED_COUNTRIES, UNNAMED_RECIPIENTS)
        : PASS;
  }

  static Optional<RuleResult> remoteAccessTransfer(DataProcessingAgreement a, Policy p) {
    TransferTerms t = a.getTransfers();
    return t.isRemoteAccessFromThirdCountry() && !hasMechanism(t)
        ? fire(WARNING, "/transfers/remoteAccessFromThirdCountry", t)
        : PASS;
  }

  static Optional<RuleResult> adequacySelfAssessment(DataProcessingAgreement a, Policy p) {
    return a.getTransfers().getMechanisms().contains(TransferMechanism.PROCESSOR_SELF_ASSESSMENT)
        ? fire(WARNING, "/transfers/conditions", a.getTransfers())
        : PASS;
  }

  // ---- G. Data subject requests
  // ------------------------------------------------------------------

  static Optional<RuleResult> dsarAssistance(DataProcessingAgreement a, Policy p) {
    DataSubjectRequestMode mode = a.getDataSubjectRequests().getMode();
    String at = "/dataSubjectRequests/mode";
    if (mode == DataSubjectRequestMode.ABSENT) {
      return fire(ERROR, at, a.getDataSubjectRequests());
    }
    return mode == DataSubjectRequestMode.FORWARD_ONLY
        ? fire(WARNING, at, a.getDataSubjectRequests())
        : PASS;
  }

  static Optional<RuleResult> processorContactsSubject(DataProcessingAgreement a, Policy p) {
    return a.getDataSubjectRequests().isProcessorMayInformSubject()
        ? fire(INFO, "/dataSubjectRequests/processorMayInformSubject", a.getDataSubjectRequests())
        : PASS;
  }

  static Optional<RuleResult> assistanceCosts(DataProcessingAgreement a, Policy p) {
    if (a.getDataSubjectRequests().isCostsToController()) {
      return fire(INFO, "/dataSubjectRequests/costsToController", a.getDataSubjectRequests());
    }
    return a.getAssistance().isCostsToController()
        ? fire(INFO, "/assistance/costsToController", a.getAssistance())
        : PASS;
  }

  // ---- H. Assistance and breaches
  // ----------------------------------------------------------------

  static Optional<RuleResult> securityAssistance(DataProcessingAgreement a, Policy p) {
    return a.getAssistance().getSecurity() == AssistanceLevel.ABSENT
        ? fire(INFO, "/assistance/security", a.getAssistance())
        : PASS;
  }

  static Optional<RuleResult> dpiaAssistance(DataProcessingAgreement a, Policy p) {
    AssistanceLevel level = a.getAssistance().getDpia();
    if (level == AssistanceLevel.ABSENT) {
      return fire(WARNING, "/assistance/dpia", a.getAssistance());
    }
    return level == AssistanceLevel.QUALIFIED
        ? fire(INFO, "/assistance/dpia", a.getAssistance())
        : PASS;
  }

  static Optional<RuleResult> priorConsultation(DataProcessingAgreement a, Policy p) {
    return a.getAssistance().getPriorConsultation() == AssistanceLevel.ABSENT
        ? fire(WARNING, "/assistance/priorConsultation", a.getAssistance())
        : PASS;
  }

  static Optional<RuleResult> breachNotification(DataProcessingAgreement a, Policy p) {
    return a.getBreachNotification().isProcessorNotifies()
        ? PASS
        : fire(ERROR, "/breachNotification/processorNotifies", a.getBreachNotification());
  }

  static Optional<RuleResult> breachTimeliness(DataProcessingAgreement a, Policy p) {
    BreachNotification b = a.getBreachNotification();
    if (!b.isProcessorNotifies()) {
      return PASS;
    }
    String at = "/breachNotification/deadline";
    Optional<Deadline> deadline = b.getDeadline();
    if (deadline.isEmpty()) {
      return fire(ERROR, at, b, LocalizedText.of("has no deadline", "heeft geen termijn"));
    }
    DeadlineQualifier q = deadline.get().getQualifier();
    boolean prompt =
        q == DeadlineQualifier.IMMEDIATELY
            || q == DeadlineQualifier.WITHOUT_UNDUE_DELAY
            || q == DeadlineQualifier.PROMPTLY;
    Optional<TimeLimit> limit = deadline.get().getLimit();
    if (limit.isEmpty()) {
      if (prompt) {
        return PASS;
      }
      return fire(
          ERROR,
          at,
          b,
          q == DeadlineQualifier.NONE
              ? LocalizedText.of(
                  "is due within a period set by another document",
                  "moet binnen een termijn uit een ander document")
              : LocalizedText.of("is due only {0}", "hoeft pas {0}").format(q.getLabel()));
    }
    // The worst case counts: two business days can last 144 hours over a weekend and a holiday.
    Duration longest = limit.get().toMaximumDuration();
    long hours = longest.toHours() + (longest.toMinutesPart() > 0 ? 1 : 0);
    LocalizedText within = limit.get().toText();
    LocalizedText upTo =
        limit.get().toNominalDuration().equals(longest)
            ? LocalizedText.of("", "")
            : LocalizedText.of(" (up to " + hours + " hours)", " (tot " + hours + " uur)");
    if (hours > 72 && !prompt) {
      return fire(
          ERROR,
          at,
          b,
          LocalizedText.of("is due within {0}{1}", "moet binnen {0}{1}").format(within, upTo));
    }
    if (hours >= p.getBreachWarnAtOrAboveHours()) {
      return fire(WARNING, at, b, within, upTo);
    }
    return hours > p.getBreachInfoAboveHours() ? fire(INFO, at, b, within, upTo) : PASS;
  }

  static Optional<RuleResult> suspectedBreachExcluded(DataProcessingAgreement a, Policy p) {
    BreachNotification b = a.getBreachNotification();
    boolean confirmedOnly =
        b.getSuspectedBreaches() == SuspectedBreaches.EXCLUDED
            || b.getDeadline()
                .map(d -> d.getTrigger() == DeadlineTrigger.CONFIRMATION)
                .orElse(false);
    return b.isProcessorNotifies() && confirmedOnly
        ? fire(WARNING, "/breachNotification/suspectedBreaches", b)
        : PASS;
  }

  static Optional<RuleResult> breachContent(DataProcessingAgreement a, Policy p) {
    BreachNotification b = a.getBreachNotification();
    if (!b.isProcessorNotifies()) {
      return PASS;
    }
    List<BreachContent> missing =
        List.of(
                BreachContent.NATURE_CATEGORIES_NUMBERS,
                BreachContent.CONTACT_POINT,
                BreachContent.LIKELY_CONSEQUENCES,
                BreachContent.MEASURES)
            .stream()
            .filter(c -> !b.getContent().contains(c))
            .collect(Collectors.toList());
    return missing.isEmpty()
        ? PASS
        : fire(WARNING, "/breachNotification/content", b, labels(missing));
  }

  // ---- I. End of processing and retention
  // ---------------------------------------------------------

  static Optional<RuleResult> deleteOrReturn(DataProcessingAgreement a, Policy p) {
    EndDisposition d = a.getEndOfProcessing().getDisposition();
    String at = "/endOfProcessing/disposition";
    if (d == EndDisposition.NOT_STATED) {
      return fire(ERROR, at, a.getEndOfProcessing());
    }
    boolean restricted =
        d == EndDisposition.DELETE_DEFAULT_RETURN_IF_AGREED
            || d == EndDisposition.DELETE_ONLY
            || d == EndDisposition.RETURN_ONLY;
    return restricted ? fire(WARNING, at, a.getEndOfProcessing()) : PASS;
  }

  static Optional<RuleResult> deleteCopies(DataProcessingAgreement a, Policy p) {
    EndOfProcessing e = a.getEndOfProcessing();
    return e.getDisposition() != EndDisposition.NOT_STATED && !e.isCopiesCovered()
        ? fire(WARNING, "/endOfProcessing/copiesCovered", e)
        : PASS;
  }

  static Optional<RuleResult> postTermRetention(DataProcessingAgreement a, Policy p) {
    Optional<TimeLimit> kept = a.getRetention().getPostTermRetention();
    return kept.isPresent() && kept.get().getAmount() > 0
        ? fire(ERROR, "/retention/postTermRetention", a.getRetention())
        : PASS;
  }

  static Optional<RuleResult> deletionDeadline(DataProcessingAgreement a, Policy p) {
    EndOfProcessing e = a.getEndOfProcessing();
    if (e.getDisposition() == EndDisposition.NOT_STATED) {
      return PASS;
    }
    Optional<TimeLimit> limit = e.getDeadline().flatMap(Deadline::getLimit);
    boolean tooLong =
        limit.isEmpty()
            || limit.get().toNominalDuration().compareTo(Duration.ofDays(p.getDeletionMaxDays()))
                > 0;
    return tooLong ? fire(WARNING, "/endOfProcessing/deadline", e) : PASS;
  }

  static Optional<RuleResult> deletionCertification(DataProcessingAgreement a, Policy p) {
    EndOfProcessing e = a.getEndOfProcessing();
    return e.getDisposition() != EndDisposition.NOT_STATED && !e.isCertification()
        ? fire(INFO, "/endOfProcessing/certification", e)
        : PASS;
  }

  static Optional<RuleResult> deletionCosts(DataProcessingAgreement a, Policy p) {
    if (a.getEndOfProcessing().isCostsCharged()) {
      return fire(INFO, "/endOfProcessing/costsCharged", a.getEndOfProcessing());
    }
    return a.getRetention().isDeletionOnRequestCharged()
        ? fire(INFO, "/retention/deletionOnRequestCharged", a.getRetention())
        : PASS;
  }

  static Optional<RuleResult> retentionUndefined(DataProcessingAgreement a, Policy p) {
    RetentionDuringTerm r = a.getRetention().getDuringTerm();
    String at = "/retention/duringTerm";
    if (r == RetentionDuringTerm.ABSENT || r == RetentionDuringTerm.VAGUE) {
      return fire(WARNING, at, a.getRetention());
    }
    return r == RetentionDuringTerm.CONTROLLER_DETERMINES_WITH_MECHANISM
        ? fire(INFO, at, a.getRetention())
        : PASS;
  }

  // ---- J. Information and audits
  // ------------------------------------------------------------------

  static Optional<RuleResult> complianceInformation(DataProcessingAgreement a, Policy p) {
    return a.getAudit().isInformationOnRequest()
        ? PASS
        : fire(ERROR, "/audit/informationOnRequest", a.getAudit());
  }

  static Optional<RuleResult> auditRight(DataProcessingAgreement a, Policy p) {
    return a.getAudit().isAuditRight() ? PASS : fire(ERROR, "/audit/auditRight", a.getAudit());
  }

  static Optional<RuleResult> auditSuspicionOnly(DataProcessingAgreement a, Policy p) {
    AuditTerms t = a.getAudit();
    if (!t.isAuditRight()) {
      return PASS;
    }
    if (t.getTrigger() == AuditTrigger.SUSPICION_ONLY) {
      return fire(ERROR, "/audit/trigger", t);
    }
    return t.getTrigger() == AuditTrigger.SUSPICION_AMBIGUOUS
        ? fire(WARNING, "/audit/trigger", t)
        : PASS;
  }

  static Optional<RuleResult> auditScopeLimited(DataProcessingAgreement a, Policy p) {
    AuditTerms t = a.getAudit();
    return t.isAuditRight()
            && (t.getScope() == AuditScope.SECURITY_ONLY
                || t.getScope() == AuditScope.SECURITY_AND_MISUSE)
        ? fire(WARNING, "/audit/scope", t)
        : PASS;
  }

  static Optional<RuleResult> auditFindingsDiscretionary(DataProcessingAgreement a, Policy p) {
    AuditTerms t = a.getAudit();
    return t.isAuditRight() && t.getFindings() == AuditFindings.PROCESSOR_DISCRETION
        ? fire(WARNING, "/audit/findings", t)
        : PASS;
  }

  static Optional<RuleResult> auditCosts(DataProcessingAgreement a, Policy p) {
    AuditTerms t = a.getAudit();
    if (!t.isAuditRight()) {
      return PASS;
    }
    AuditCostBearer bearer = t.getCostBearer();
    if (bearer == AuditCostBearer.CONTROLLER_INCL_PROCESSOR_COSTS) {
      return fire(WARNING, "/audit/costBearer", t);
    }
    boolean controllerPays =
        bearer == AuditCostBearer.CONTROLLER_EXCEPT_PROCESSOR_STAFF
            || bearer == AuditCostBearer.CONTROLLER_UNSPECIFIED
            || bearer == AuditCostBearer.SPLIT;
    return controllerPays ? fire(INFO, "/audit/costBearer", t) : PASS;
  }

  static Optional<RuleResult> auditFrequencyNotice(DataProcessingAgreement a, Policy p) {
    AuditTerms t = a.getAudit();
    if (!t.isAuditRight()) {
      return PASS;
    }
    boolean exceptions =
        !t.getAdditionalTriggers().isEmpty() || t.getTrigger() == AuditTrigger.REGULAR_PLUS_EVENTS;
    boolean longNotice =
        t.getNotice()
            .map(
                n ->
                    n.toNominalDuration().compareTo(Duration.ofDays(p.getAuditMaxNoticeDays())) > 0)
            .orElse(false);
    if ((t.getMaxPerYear().isPresent() && !exceptions) || longNotice) {
      return fire(WARNING, "/audit/maxPerYear", t);
    }
    return t.getMaxPerYear().isPresent() || t.getNotice().isPresent()
        ? fire(INFO, "/audit/maxPerYear", t)
        : PASS;
  }

  static Optional<RuleResult> auditorChoice(DataProcessingAgreement a, Policy p) {
    AuditTerms t = a.getAudit();
    return t.isAuditRight() && t.getAuditor() == Auditor.INDEPENDENT_THIRD_PARTY_ONLY
        ? fire(INFO, "/audit/auditor", t)
        : PASS;
  }

  // ---- K. Infringing instructions
  // -----------------------------------------------------------------

  static Optional<RuleResult> infringingInstruction(DataProcessingAgreement a, Policy p) {
    InfringingInstructionNotice n = a.getInstructions().getInfringingInstructionNotice();
    String at = "/instructions/infringingInstructionNotice";
    if (n == InfringingInstructionNotice.ABSENT) {
      return fire(ERROR, at, a.getInstructions());
    }
    return n == InfringingInstructionNotice.PRESENT_NOT_IMMEDIATE
        ? fire(WARNING, at, a.getInstructions())
        : PASS;
  }

  // ---- L. Liability
  // -------------------------------------------------------------------------------

  static Optional<RuleResult> liabilityCapLow(DataProcessingAgreement a, Policy p) {
    List<LiabilityCap> caps = a.getLiability().getCaps();
    for (int i = 0; i < caps.size(); i++) {
      LiabilityCap cap = caps.get(i);
      String at = "/liability/caps/" + i;
      if (cap.getKind() == LiabilityCapKind.FIXED_AMOUNT && cap.getAmount().isPresent()) {
        Money amount = cap.getAmount().get();
        if (!amount.getCurrency().equals(p.getLiabilityMinCap().getCurrency())) {
          // No exchange rate in the policy: say so rather than pass the cap silently.
          return fire(INFO, at + "/amount", cap, amount, p.getLiabilityMinCap());
        }
        if (amount.compareTo(p.getLiabilityMinCap()) < 0) {
          return fire(WARNING, at + "/amount", cap, amount);
        }
      }
      if (cap.getKind() == LiabilityCapKind.FEES
          && cap.getFeeMonths().isPresent()
          && cap.getFeeMonths().get() < p.getLiabilityMinCapFeeMonths()) {
        int months = cap.getFeeMonths().get();
        return fire(
            WARNING,
            at + "/feeMonths",
            cap,
            months == 1
                ? LocalizedText.of("1 month of fees", "1 maand aan vergoedingen")
                : LocalizedText.of(
                    months + " months of fees", months + " maanden aan vergoedingen"));
      }
    }
    return PASS;
  }

  static Optional<RuleResult> liabilityExcluded(DataProcessingAgreement a, Policy p) {
    return a.getLiability().isExcludedEntirely()
        ? fire(WARNING, "/liability/excludedEntirely", a.getLiability())
        : PASS;
  }

  static Optional<RuleResult> dataLossExcluded(DataProcessingAgreement a, Policy p) {
    return a.getLiability().getExcludedDamages().contains(DamageKind.DATA_LOSS)
        ? fire(WARNING, "/liability/excludedDamages", a.getLiability())
        : PASS;
  }

  static Optional<RuleResult> liabilityExternal(DataProcessingAgreement a, Policy p) {
    LiabilityTerms l = a.getLiability();
    boolean external =
        l.getCoverage().getKind() == CoverageKind.BY_REFERENCE
            || l.getCaps().stream()
                .anyMatch(c -> c.getKind() == LiabilityCapKind.EXTERNAL_REFERENCE);
    return external ? fire(INFO, "/liability/caps", l) : PASS;
  }

  static Optional<RuleResult> liabilityUnspecified(DataProcessingAgreement a, Policy p) {
    LiabilityTerms l = a.getLiability();
    return l.getCaps().isEmpty()
            && !l.isExcludedEntirely()
            && l.getCoverage().getKind() != CoverageKind.BY_REFERENCE
        ? fire(INFO, "/liability/caps", l)
        : PASS;
  }

  static Optional<RuleResult> indemnityOneSided(DataProcessingAgreement a, Policy p) {
    return a.getLiability().getIndemnities().stream()
            .noneMatch(i -> i.getIndemnitor() == LiableParty.CONTROLLER)
        ? PASS
        : fire(WARNING, "/liability/indemnities", a.getLiability());
  }

  static Optional<RuleResult> claimTimeBar(DataProcessingAgreement a, Policy p) {
    LiabilityTerms l = a.getLiability();
    if (l.getClaimBar().isPresent()) {
      LocalizedText period = l.getClaimBar().get().toText();
      return fire(
          INFO,
          "/liability/claimBar",
          l,
          LocalizedText.of("they lapse after {0}", "zij vervallen na {0}").format(period));
    }
    return l.isNoticeOfDefaultRequired()
        ? fire(
            INFO,
            "/liability/noticeOfDefaultRequired",
            l,
            LocalizedText.of(
                "a notice of default is required first", "eerst is een ingebrekestelling vereist"))
        : PASS;
  }

  static Optional<RuleResult> finesAllocation(DataProcessingAgreement a, Policy p) {
    return a.getLiability().getFinesClause() != FinesClause.NONE
        ? fire(INFO, "/liability/finesClause", a.getLiability())
        : PASS;
  }

  // ---- M. Amendment, termination, governance
  // ------------------------------------------------------

  static Optional<RuleResult> unilateralAmendment(DataProcessingAgreement a, Policy p) {
    AmendmentMode mode = a.getAmendment().getMode();
    if (mode == AmendmentMode.UNILATERAL) {
      return fire(ERROR, "/amendment/mode", a.getAmendment());
    }
    return mode == AmendmentMode.UNILATERAL_WITH_NOTICE_AND_EXIT
        ? fire(WARNING, "/amendment/mode", a.getAmendment())
        : PASS;
  }

  static Optional<RuleResult> suspendTerminate(DataProcessingAgreement a, Policy p) {
    return a.getTermination().isControllerSuspendRight()
            && a.getTermination().isControllerTerminateForBreach()
        ? PASS
        : fire(INFO, "/termination", a.getTermination());
  }

  static Optional<RuleResult> precedence(DataProcessingAgreement a, Policy p) {
    Precedence precedence = a.getMetadata().getPrecedenceOverMainAgreement();
    return precedence != Precedence.DPA_PREVAILS || a.getMetadata().isRejectsControllerTerms()
        ? fire(INFO, "/metadata/precedenceOverMainAgreement", a.getMetadata())
        : PASS;
  }

  /** Jurisdictions outside the EU and EEA, recognised in the governing-law text. */
  private static final List<String> NON_EEA_LAW =
      List.of(
          "united states",
          "u.s.",
          "usa",
          "american",
          "californi",
          "new york",
          "delaware",
          "english law",
          "england",
          "united kingdom",
          "scots",
          "swiss",
          "switzerland",
          "zwitser",
          "amerikaans",
          "engels recht",
          "brits");

  static Optional<RuleResult> governingLaw(DataProcessingAgreement a, Policy p) {
    GeneralProvisions g = a.getGeneral();
    Optional<Jurisdiction> law = g.getGoverningLawJurisdiction();
    if (law.isPresent()) {
      return law.get().isWithinEea()
          ? PASS
          : fire(WARNING, "/general/governingLawJurisdiction", g, law.get().toString());
    }
    // Stated only in words, or by reference to the main agreement: not judged from free text.
    return g.getGoverningLaw().isEmpty() && !g.isFollowsMainAgreement()
        ? fire(INFO, "/general/governingLaw", g)
        : PASS;
  }

  /** EDPB Guidelines 07/2020 v2.0 (July 2021) and SCC 2021/915 (June 2021). */
  private static final YearMonth KEY_GUIDANCE = YearMonth.of(2021, 7);

  static Optional<RuleResult> versionDate(DataProcessingAgreement a, Policy p) {
    boolean missing =
        a.getMetadata().getVersion().isEmpty() || a.getMetadata().getDates().isEmpty();
    // The latest date the text states (last updated, effective, the document's date) tells its age.
    boolean outdated =
        a.getMetadata().getDates().stream()
            .map(AgreementDate::getDate)
            .max(PartialDate::compareTo)
            .map(d -> d.getYearMonth().orElse(YearMonth.of(d.getYear().getValue(), 12)))
            .map(m -> m.isBefore(KEY_GUIDANCE))
            .orElse(false);
    return missing || outdated ? fire(INFO, "/metadata/version", a.getMetadata()) : PASS;
  }
}
