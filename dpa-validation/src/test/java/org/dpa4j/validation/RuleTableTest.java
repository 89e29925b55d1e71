package org.dpa4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dpa4j.validation.Severity.ERROR;
import static org.dpa4j.validation.Severity.INFO;
import static org.dpa4j.validation.Severity.WARNING;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.dpa4j.model.AgreementDate;
import org.dpa4j.model.AgreementKind;
import org.dpa4j.model.Condition;
import org.dpa4j.model.ConditionKind;
import org.dpa4j.model.Coverage;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.DateKind;
import org.dpa4j.model.DocumentKind;
import org.dpa4j.model.DocumentRef;
import org.dpa4j.model.Formation;
import org.dpa4j.model.ImmutableAgreementMetadata;
import org.dpa4j.model.ImmutableDataProcessingAgreement;
import org.dpa4j.model.ImmutableGeneralProvisions;
import org.dpa4j.model.Precedence;
import org.dpa4j.model.audit.AuditCostBearer;
import org.dpa4j.model.audit.AuditFindings;
import org.dpa4j.model.audit.AuditMethod;
import org.dpa4j.model.audit.AuditScope;
import org.dpa4j.model.audit.AuditTrigger;
import org.dpa4j.model.audit.Auditor;
import org.dpa4j.model.audit.ExcludedAuditor;
import org.dpa4j.model.audit.ImmutableAuditTerms;
import org.dpa4j.model.breach.BreachContent;
import org.dpa4j.model.breach.ImmutableBreachNotification;
import org.dpa4j.model.breach.SuspectedBreaches;
import org.dpa4j.model.liability.DamageKind;
import org.dpa4j.model.liability.FinesClause;
import org.dpa4j.model.liability.ImmutableLiabilityTerms;
import org.dpa4j.model.liability.Indemnity;
import org.dpa4j.model.liability.LiabilityCap;
import org.dpa4j.model.liability.LiabilityCapKind;
import org.dpa4j.model.liability.LiableParty;
import org.dpa4j.model.parties.ImmutableParty;
import org.dpa4j.model.processing.AssistanceLevel;
import org.dpa4j.model.processing.ControllerRoleProcessing;
import org.dpa4j.model.processing.DataSubjectCategory;
import org.dpa4j.model.processing.DataSubjectRequestMode;
import org.dpa4j.model.processing.ImmutableAssistance;
import org.dpa4j.model.processing.ImmutableDataSubjectRequests;
import org.dpa4j.model.processing.ImmutableInstructions;
import org.dpa4j.model.processing.ImmutableProcessingScope;
import org.dpa4j.model.processing.ImmutableProcessorOwnUse;
import org.dpa4j.model.processing.InfringingInstructionNotice;
import org.dpa4j.model.processing.LegalRequirementNotice;
import org.dpa4j.model.processing.OwnUsePolicy;
import org.dpa4j.model.processing.PersonalDataCategory;
import org.dpa4j.model.processing.ProcessingDuration;
import org.dpa4j.model.processing.PurposeExtension;
import org.dpa4j.model.processing.SpecialCategoriesStance;
import org.dpa4j.model.security.ImmutableConfidentiality;
import org.dpa4j.model.security.ImmutableSecurityTerms;
import org.dpa4j.model.security.ObligationStrength;
import org.dpa4j.model.subprocessing.ContractStatus;
import org.dpa4j.model.subprocessing.FlowDown;
import org.dpa4j.model.subprocessing.ImmutableSubProcessingTerms;
import org.dpa4j.model.subprocessing.ImmutableSubProcessor;
import org.dpa4j.model.subprocessing.ListDisclosure;
import org.dpa4j.model.subprocessing.NoticeChannel;
import org.dpa4j.model.subprocessing.ObjectionEffect;
import org.dpa4j.model.subprocessing.ObjectionRight;
import org.dpa4j.model.subprocessing.SubProcessorAuthorisation;
import org.dpa4j.model.subprocessing.SubProcessorLiability;
import org.dpa4j.model.subprocessing.ThirdPartyDisclaimer;
import org.dpa4j.model.termination.AmendmentMode;
import org.dpa4j.model.termination.EndDisposition;
import org.dpa4j.model.termination.ImmutableAmendmentTerms;
import org.dpa4j.model.termination.ImmutableEndOfProcessing;
import org.dpa4j.model.termination.ImmutableRetentionTerms;
import org.dpa4j.model.termination.ImmutableTerminationTerms;
import org.dpa4j.model.termination.RetentionDuringTerm;
import org.dpa4j.model.transfers.ImmutableTransferTerms;
import org.dpa4j.model.transfers.TransferDestination;
import org.dpa4j.model.transfers.TransferExemption;
import org.dpa4j.model.transfers.TransferMechanism;
import org.dpa4j.model.transfers.TransferPolicy;
import org.dpa4j.model.value.CountryCode;
import org.dpa4j.model.value.Deadline;
import org.dpa4j.model.value.DeadlineQualifier;
import org.dpa4j.model.value.DeadlineTrigger;
import org.dpa4j.model.value.Jurisdiction;
import org.dpa4j.model.value.Money;
import org.dpa4j.model.value.PartialDate;
import org.dpa4j.model.value.TimeLimit;
import org.dpa4j.model.value.TimeLimitUnit;
import org.dpa4j.testkit.SampleAgreements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule, one term at a time: starting from {@link SampleAgreements#compliant()}, which has no
 * finding at all, each case changes one term and expects one rule to report at one severity (or,
 * for the boundary cases, not at all). Thresholds are tested on both sides of their boundary.
 */
class RuleTableTest {
  static final DataProcessingAgreement BASE = SampleAgreements.compliant();
  static final DpaValidator VALIDATOR = DpaValidator.builder().loadServiceRules(false).build();

  record Case(
      String name,
      String rule,
      Severity expected,
      DataProcessingAgreement agreement,
      Policy policy,
      List<String> mentions) {
    @Override
    public String toString() {
      return rule + " " + (expected == null ? "passes" : expected) + ": " + name;
    }
  }

  static final List<Case> CASES = new ArrayList<>();

  static void add(
      String rule,
      Severity expected,
      String name,
      UnaryOperator<ImmutableDataProcessingAgreement> change) {
    add(rule, expected, name, change, Policy.defaults());
  }

  static void add(
      String rule,
      Severity expected,
      String name,
      UnaryOperator<ImmutableDataProcessingAgreement> change,
      Policy policy) {
    expect(rule, expected, name, List.of(), change, policy);
  }

  /**
   * A case whose finding must name facts of the agreement in its English message, such as the
   * deadline as written or the sub-processors concerned: one such case per outcome.
   */
  static void expect(
      String rule,
      Severity expected,
      String name,
      List<String> mentions,
      UnaryOperator<ImmutableDataProcessingAgreement> change,
      Policy policy) {
    CASES.add(
        new Case(
            name,
            rule,
            expected,
            change.apply(ImmutableDataProcessingAgreement.copyOf(BASE)),
            policy,
            mentions));
  }

  static void expect(
      String rule,
      Severity expected,
      String name,
      List<String> mentions,
      UnaryOperator<ImmutableDataProcessingAgreement> change) {
    expect(rule, expected, name, mentions, change, Policy.defaults());
  }

  static ImmutableAgreementMetadata meta() {
    return ImmutableAgreementMetadata.copyOf(BASE.getMetadata());
  }

  static ImmutableParty processor() {
    return ImmutableParty.copyOf(BASE.getProcessor());
  }

  static ImmutableParty controller() {
    return ImmutableParty.copyOf(BASE.getController());
  }

  static org.dpa4j.model.parties.Party placeholder() {
    return org.dpa4j.model.parties.Party.builder()
        .role(org.dpa4j.model.parties.PartyRole.CONTROLLER)
        .placeholder(true)
        .description("de klant")
        .build();
  }

  static ImmutableProcessingScope scope() {
    return ImmutableProcessingScope.copyOf(BASE.getScope());
  }

  static ImmutableInstructions instr() {
    return ImmutableInstructions.copyOf(BASE.getInstructions());
  }

  static ImmutableConfidentiality conf() {
    return ImmutableConfidentiality.copyOf(BASE.getConfidentiality());
  }

  static ImmutableSecurityTerms sec() {
    return ImmutableSecurityTerms.copyOf(BASE.getSecurity());
  }

  static ImmutableSubProcessingTerms sub() {
    return ImmutableSubProcessingTerms.copyOf(BASE.getSubProcessing());
  }

  static ImmutableSubProcessor firstSub() {
    return ImmutableSubProcessor.copyOf(BASE.getSubProcessing().getSubProcessors().get(0));
  }

  static ImmutableTransferTerms tr() {
    return ImmutableTransferTerms.copyOf(BASE.getTransfers());
  }

  static ImmutableDataSubjectRequests dsar() {
    return ImmutableDataSubjectRequests.copyOf(BASE.getDataSubjectRequests());
  }

  static ImmutableAssistance assist() {
    return ImmutableAssistance.copyOf(BASE.getAssistance());
  }

  static ImmutableBreachNotification breach() {
    return ImmutableBreachNotification.copyOf(BASE.getBreachNotification());
  }

  static ImmutableEndOfProcessing end() {
    return ImmutableEndOfProcessing.copyOf(BASE.getEndOfProcessing());
  }

  static ImmutableRetentionTerms ret() {
    return ImmutableRetentionTerms.copyOf(BASE.getRetention());
  }

  static ImmutableAuditTerms audit() {
    return ImmutableAuditTerms.copyOf(BASE.getAudit());
  }

  static ImmutableLiabilityTerms liab() {
    return ImmutableLiabilityTerms.copyOf(BASE.getLiability());
  }

  static ImmutableAmendmentTerms amend() {
    return ImmutableAmendmentTerms.copyOf(BASE.getAmendment());
  }

  static ImmutableTerminationTerms term() {
    return ImmutableTerminationTerms.copyOf(BASE.getTermination());
  }

  static ImmutableGeneralProvisions gen() {
    return ImmutableGeneralProvisions.copyOf(BASE.getGeneral());
  }

  static UnaryOperator<ImmutableDataProcessingAgreement> breachWithin(
      DeadlineQualifier q, TimeLimit limit) {
    return a ->
        a.withBreachNotification(
            breach().withDeadline(Deadline.of(q, limit, DeadlineTrigger.AWARENESS)));
  }

  static UnaryOperator<ImmutableDataProcessingAgreement> deletionWithin(TimeLimit limit) {
    return a ->
        a.withEndOfProcessing(
            end().withDeadline(Deadline.within(limit, DeadlineTrigger.END_OF_AGREEMENT)));
  }

  static UnaryOperator<ImmutableDataProcessingAgreement> cap(LiabilityCap cap) {
    return a -> a.withLiability(liab().withCaps(cap));
  }

  static {
    String r;
    r = "GDPR-28.9-WRITTEN-FORM";
    add(
        r,
        ERROR,
        "formation not stated",
        a -> a.withMetadata(meta().withFormation(Formation.NOT_STATED)));
    add(
        r,
        ERROR,
        "unilateral statement",
        a -> a.withMetadata(meta().withFormation(Formation.UNILATERAL_STATEMENT)));
    add(
        r,
        INFO,
        "part of the main agreement",
        a -> a.withMetadata(meta().withFormation(Formation.INCORPORATED_IN_MAIN_AGREEMENT)));
    r = "LL-PARTY-PROCESSOR-IDENTITY";
    add(
        r,
        null,
        "legal name without KvK number is enough",
        a -> a.withProcessor(processor().withRegistrations(List.of())));
    r = "GDPR-28.3-SUBJECT-MATTER";
    add(
        r,
        ERROR,
        "no subject matter or services",
        a -> a.withScope(scope().withSubjectMatter(Optional.empty()).withServices(List.of())));
    add(r, null, "services only", a -> a.withScope(scope().withSubjectMatter(Optional.empty())));
    r = "GDPR-28.3-DURATION";
    add(
        r,
        ERROR,
        "duration not stated",
        a -> a.withScope(scope().withDuration(ProcessingDuration.NOT_STATED)));
    add(
        r,
        null,
        "indefinite",
        a -> a.withScope(scope().withDuration(ProcessingDuration.INDEFINITE)));
    r = "EDPB-28.3-PURPOSE-OPEN-ENDED";
    add(
        r,
        WARNING,
        "related purposes",
        a -> a.withScope(scope().withPurposeExtension(PurposeExtension.RELATED_PURPOSES)));
    add(
        r,
        WARNING,
        "related or later agreed",
        a ->
            a.withScope(scope().withPurposeExtension(PurposeExtension.RELATED_OR_FURTHER_CONSENT)));
    r = "GDPR-28.3-DATA-SUBJECTS";
    add(
        r,
        ERROR,
        "no data subjects",
        a -> a.withScope(scope().withDataSubjectCategories(List.of())));
    add(
        r,
        WARNING,
        "call data without called parties",
        a -> a.withScope(scope().withDataSubjectCategories(DataSubjectCategory.of("Klanten"))));
    r = "GDPR-28.3-CONTROLLER-RIGHTS";
    add(
        r,
        ERROR,
        "no right at all",
        a ->
            a.withInstructions(instr().withOnlyOnInstructions(false))
                .withAudit(audit().withAuditRight(false))
                .withSubProcessing(sub().withObjectionRight(ObjectionRight.ABSENT))
                .withTermination(
                    term()
                        .withControllerSuspendRight(false)
                        .withControllerTerminateForBreach(false)));
    r = "GDPR-9-SPECIAL-CATEGORIES";
    add(
        r,
        WARNING,
        "recordings without safeguards",
        a ->
            a.withScope(
                scope()
                    .withPersonalDataCategories(
                        PersonalDataCategory.builder()
                            .name("Call recordings")
                            .contentData(true)
                            .build())));
    add(
        r,
        WARNING,
        "special category listed",
        a ->
            a.withScope(
                scope()
                    .withPersonalDataCategories(
                        PersonalDataCategory.builder()
                            .name("Gezondheid")
                            .specialCategory(true)
                            .build())));
    add(
        r,
        INFO,
        "heading only",
        a ->
            a.withScope(
                scope().withSpecialCategories(SpecialCategoriesStance.LABEL_ONLY_AMBIGUOUS)));
    add(
        r,
        INFO,
        "excluded by design",
        a ->
            a.withScope(scope().withSpecialCategories(SpecialCategoriesStance.EXCLUDED_BY_DESIGN)));
    r = "GDPR-28.10-ROLE-HYBRID-DOCUMENT";
    add(
        r,
        WARNING,
        "hybrid document",
        a ->
            a.withMetadata(
                meta().withDocumentKind(AgreementKind.HYBRID_PRIVACY_STATEMENT_AND_DPA)));
    r = "GDPR-28.3.a-INSTRUCTIONS";
    add(
        r,
        ERROR,
        "not only on instructions",
        a -> a.withInstructions(instr().withOnlyOnInstructions(false)));
    add(
        r,
        INFO,
        "instructions not documented",
        a -> a.withInstructions(instr().withDocumented(false)));
    r = "GDPR-28.3.a-LEGAL-REQUIREMENT-NOTICE";
    expect(
        r,
        ERROR,
        "absent",
        List.of("does not oblige the processor to inform the controller, before processing"),
        a -> a.withInstructions(instr().withLegalRequirementNotice(LegalRequirementNotice.ABSENT)));
    expect(
        r,
        ERROR,
        "exception without notice",
        List.of("where the law requires it, without informing the controller"),
        a ->
            a.withInstructions(
                instr()
                    .withLegalRequirementNotice(LegalRequirementNotice.EXCEPTION_WITHOUT_NOTICE)));
    add(
        r,
        WARNING,
        "re-graded by policy",
        a -> a.withInstructions(instr().withLegalRequirementNotice(LegalRequirementNotice.ABSENT)),
        Policy.builder().putSeverityOverrides(r, WARNING).build());
    r = "GDPR-28.3.a-TRANSFER-INSTRUCTIONS";
    add(
        r,
        null,
        "condition and named countries",
        a ->
            a.withTransfers(
                tr().withPolicy(TransferPolicy.ALLOWED_CONDITIONAL)
                    .withMechanisms(TransferMechanism.DPF)
                    .withDestinations(TransferDestination.of(CountryCode.of("US")))));
    r = "GDPR-29-PERSONNEL-INSTRUCTIONS";
    add(
        r,
        INFO,
        "personnel not bound, confidentiality on best efforts",
        a ->
            a.withInstructions(instr().withPersonnelBound(false))
                .withConfidentiality(conf().withPersonnel(ObligationStrength.BEST_EFFORTS)));
    add(
        r,
        null,
        "processor only on instructions, personnel bound to confidentiality (SCC 7.1, 7.4)",
        a ->
            a.withInstructions(instr().withPersonnelBound(false))
                .withConfidentiality(conf().withPersonnel(ObligationStrength.OBLIGATION)));
    r = "GDPR-28.3.b-CONFIDENTIALITY";
    add(
        r,
        ERROR,
        "absent",
        a -> a.withConfidentiality(conf().withPersonnel(ObligationStrength.ABSENT)));
    add(
        r,
        WARNING,
        "best efforts",
        a -> a.withConfidentiality(conf().withPersonnel(ObligationStrength.BEST_EFFORTS)));
    r = "RISK-CONF-DISCRETIONARY-DISCLOSURE";
    add(
        r,
        WARNING,
        "logically necessary",
        a -> a.withConfidentiality(conf().withDiscretionaryDisclosureException(true)));
    r = "GDPR-28.3.c-SECURITY";
    add(r, ERROR, "absent", a -> a.withSecurity(sec().withCommitment(ObligationStrength.ABSENT)));
    add(
        r,
        WARNING,
        "best efforts",
        a -> a.withSecurity(sec().withCommitment(ObligationStrength.BEST_EFFORTS)));
    add(
        r,
        WARNING,
        "effectiveness disclaimer",
        a -> a.withSecurity(sec().withEffectivenessDisclaimer(true)));
    r = "GDPR-32.1-TOMS-SPECIFIED";
    add(r, WARNING, "no measures", a -> a.withSecurity(sec().withMeasures(List.of())));
    add(
        r,
        INFO,
        "no back-up measure",
        a ->
            a.withSecurity(
                sec()
                    .withMeasures(
                        BASE.getSecurity().getMeasures().stream()
                            .filter(
                                m ->
                                    m.getCategory()
                                        != org.dpa4j.model.security.MeasureCategory
                                            .AVAILABILITY_RESTORE)
                            .collect(Collectors.toList()))));
    add(
        r,
        WARNING,
        "one element only",
        a -> a.withSecurity(sec().withMeasures(BASE.getSecurity().getMeasures().subList(0, 1))));
    r = "RISK-32-CONTROLLER-DEEMS-ADEQUATE";
    add(
        r,
        WARNING,
        "controller deems adequate",
        a -> a.withSecurity(sec().withControllerAcknowledgesAdequacy(true)));
    r = "EDPB-32-UNILATERAL-SECURITY-CHANGE";
    add(
        r,
        WARNING,
        "changes unilaterally",
        a -> a.withSecurity(sec().withProcessorMayChangeUnilaterally(true)));
    add(
        r,
        WARNING,
        "may refuse requested measures",
        a -> a.withSecurity(sec().withProcessorMayRefuseRequestedMeasures(true)));
    r = "GDPR-32.2-RISK-FACTORS";
    add(r, INFO, "risks not named", a -> a.withSecurity(sec().withRiskFactorsReferenced(false)));
    r = "GDPR-28.2-SUBPROCESSOR-AUTHORISATION";
    add(
        r,
        ERROR,
        "sub-processors without authorisation",
        a -> a.withSubProcessing(sub().withAuthorisation(SubProcessorAuthorisation.NONE)));
    add(
        r,
        null,
        "no authorisation and none used",
        a ->
            a.withSubProcessing(
                sub()
                    .withAuthorisation(SubProcessorAuthorisation.NONE)
                    .withSubProcessors(List.of())));
    r = "GDPR-28.2-CHANGE-NOTIFICATION";
    add(
        r,
        ERROR,
        "general authorisation without notice",
        a -> a.withSubProcessing(sub().withChangeNoticeRequired(false)));
    add(
        r,
        null,
        "specific authorisation needs no notice",
        a ->
            a.withSubProcessing(
                sub()
                    .withAuthorisation(SubProcessorAuthorisation.SPECIFIC)
                    .withChangeNoticeRequired(false)));
    r = "GDPR-28.2-OBJECTION-RIGHT";
    add(
        r,
        ERROR,
        "general authorisation without objection",
        a -> a.withSubProcessing(sub().withObjectionRight(ObjectionRight.ABSENT)));
    r = "SCC-7.7-NOTICE-PERIOD";
    add(
        r,
        WARNING,
        "no notice period",
        a -> a.withSubProcessing(sub().withNoticePeriod(Optional.empty())));
    r = "SCC-7.7-OBJECTION-EFFECT";
    add(
        r,
        WARNING,
        "effect not stated",
        a -> a.withSubProcessing(sub().withObjectionEffect(ObjectionEffect.NOT_STATED)));
    expect(
        r,
        WARNING,
        "an objection leads only to good-faith consultation",
        List.of("only to consultation in good faith", "neither stop the engagement"),
        a ->
            a.withSubProcessing(sub().withObjectionEffect(ObjectionEffect.GOOD_FAITH_COOPERATION)));
    add(
        r,
        null,
        "consultation, then termination",
        a ->
            a.withSubProcessing(
                sub().withObjectionEffect(ObjectionEffect.NEGOTIATE_THEN_TERMINATE)));
    r = "EDPB-28.2-SUBPROCESSOR-LIST";
    add(
        r,
        WARNING,
        "list on request",
        a -> a.withSubProcessing(sub().withListDisclosure(ListDisclosure.ON_REQUEST)));
    expect(
        r,
        WARNING,
        "list published outside the agreement: not called 'on request'",
        List.of("not named in the agreement or an annex to it (published outside the agreement)"),
        a -> a.withSubProcessing(sub().withListDisclosure(ListDisclosure.PUBLISHED)));
    r = "RISK-SUBPROCESSOR-DETAILS";
    add(
        r,
        WARNING,
        "no country",
        a ->
            a.withSubProcessing(sub().withSubProcessors(firstSub().withCountry(Optional.empty()))));
    r = "RISK-SUBPROCESSOR-CONTRACT-STATUS";
    add(
        r,
        WARNING,
        "contract not confirmed",
        a ->
            a.withSubProcessing(
                sub().withSubProcessors(firstSub().withContractStatus(ContractStatus.NOT_STATED))));
    r = "GDPR-28.4-FLOW-DOWN";
    add(
        r,
        ERROR,
        "conditional flow-down",
        a -> a.withSubProcessing(sub().withFlowDown(FlowDown.CONDITIONAL)));
    add(
        r,
        ERROR,
        "security only",
        a -> a.withSubProcessing(sub().withFlowDown(FlowDown.SECURITY_ONLY)));
    r = "GDPR-28.4-SUBPROCESSOR-LIABILITY";
    add(
        r,
        ERROR,
        "limited to what is recoverable",
        a ->
            a.withSubProcessing(
                sub().withProcessorLiability(SubProcessorLiability.LIMITED_TO_RECOVERABLE)));
    r = "RISK-SUBSUBPROCESSOR-VISIBILITY";
    add(
        r,
        WARNING,
        "disclaims sub-sub-processors",
        a -> a.withSubProcessing(sub().withSubSubProcessorVisibilityDisclaimer(true)));
    r = "RISK-SUBPROCESSOR-ROLE-AMBIGUITY";
    add(r, WARNING, "role ambiguous", a -> a.withSubProcessing(sub().withRoleAmbiguity(true)));
    r = "RISK-THIRD-PARTY-RESPONSIBILITY-DISCLAIMER";
    add(
        r,
        WARNING,
        "unqualified disclaimer",
        a -> a.withSubProcessing(sub().withThirdPartyDisclaimer(ThirdPartyDisclaimer.UNQUALIFIED)));
    add(
        r,
        null,
        "only parties the controller contracts",
        a ->
            a.withSubProcessing(
                sub().withThirdPartyDisclaimer(ThirdPartyDisclaimer.CONTROLLER_CONTRACTED_ONLY)));
    r = "GDPR-44-TRANSFER-MECHANISM";
    add(
        r,
        WARNING,
        "allowed with consent, no destination, no mechanism",
        a -> a.withTransfers(tr().withPolicy(TransferPolicy.ALLOWED_WITH_CONSENT)));
    add(
        r,
        null,
        "each transfer on instruction under the SCCs (SCC 2021/915 7.8)",
        a ->
            a.withTransfers(
                tr().withPolicy(TransferPolicy.ALLOWED_WITH_CONSENT)
                    .withMechanisms(TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES)));
    add(
        r,
        ERROR,
        "US sub-processor, no mechanism",
        a ->
            a.withSubProcessing(
                sub().withSubProcessors(firstSub().withCountry(CountryCode.of("US")))));
    add(
        r,
        null,
        "US sub-processor under the DPF",
        a ->
            a.withSubProcessing(
                    sub().withSubProcessors(firstSub().withCountry(CountryCode.of("US"))))
                .withTransfers(tr().withMechanisms(TransferMechanism.DPF)));
    add(
        r,
        null,
        "Norway is in the EEA",
        a ->
            a.withSubProcessing(
                sub().withSubProcessors(firstSub().withCountry(CountryCode.of("NO")))));
    add(
        r,
        null,
        "Swiss sub-processor allowed by policy",
        a ->
            a.withSubProcessing(
                sub().withSubProcessors(firstSub().withCountry(CountryCode.of("CH")))),
        Policy.builder().addAllowedTransferAreas(CountryCode.of("CH")).build());
    add(
        r,
        WARNING,
        "allowed in general terms",
        a -> a.withTransfers(tr().withPolicy(TransferPolicy.ALLOWED_WITH_CONSENT)));
    r = "EDPB-44-REMOTE-ACCESS-TRANSFER";
    add(
        r,
        WARNING,
        "remote access without mechanism",
        a -> a.withTransfers(tr().withRemoteAccessFromThirdCountry(true)));
    add(
        r,
        null,
        "remote access under SCCs",
        a ->
            a.withTransfers(
                tr().withRemoteAccessFromThirdCountry(true)
                    .withMechanisms(TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES)));
    r = "GDPR-45-ADEQUACY-SELF-ASSESSMENT";
    add(
        r,
        WARNING,
        "self-assessment",
        a -> a.withTransfers(tr().withMechanisms(TransferMechanism.PROCESSOR_SELF_ASSESSMENT)));
    r = "GDPR-28.3.e-DSAR-ASSISTANCE";
    add(
        r,
        ERROR,
        "absent",
        a -> a.withDataSubjectRequests(dsar().withMode(DataSubjectRequestMode.ABSENT)));
    add(
        r,
        WARNING,
        "forward only",
        a -> a.withDataSubjectRequests(dsar().withMode(DataSubjectRequestMode.FORWARD_ONLY)));
    r = "SCC-8-PROCESSOR-CONTACTS-DATA-SUBJECT";
    add(
        r,
        INFO,
        "may inform the subject",
        a -> a.withDataSubjectRequests(dsar().withProcessorMayInformSubject(true)));
    r = "RISK-ASSISTANCE-COSTS";
    add(
        r,
        INFO,
        "costs charged",
        a -> a.withDataSubjectRequests(dsar().withCostsToController(true)));
    r = "GDPR-28.3.f-SECURITY-ASSISTANCE";
    add(r, INFO, "absent", a -> a.withAssistance(assist().withSecurity(AssistanceLevel.ABSENT)));
    r = "GDPR-28.3.f-PRIOR-CONSULTATION";
    add(
        r,
        WARNING,
        "absent",
        a -> a.withAssistance(assist().withPriorConsultation(AssistanceLevel.ABSENT)));
    r = "GDPR-33.2-BREACH-NOTIFICATION";
    add(
        r,
        ERROR,
        "no duty to notify",
        a -> a.withBreachNotification(breach().withProcessorNotifies(false)));
    r = "GDPR-33.2-BREACH-TIMELINESS";
    add(r, null, "24 h", breachWithin(DeadlineQualifier.NONE, TimeLimit.ofHours(24)));
    add(r, null, "one day is 24 h", breachWithin(DeadlineQualifier.NONE, TimeLimit.ofDays(1)));
    add(r, INFO, "25 h", breachWithin(DeadlineQualifier.NONE, TimeLimit.ofHours(25)));
    add(r, INFO, "71 h", breachWithin(DeadlineQualifier.NONE, TimeLimit.ofHours(71)));
    // EDPB Guidelines 9/2022: the controller is aware only once the processor informs it, so a
    // processor's 72 hours is no WARNING by default (docs/rule-decisions.md); a policy may say so.
    add(r, INFO, "72 h", breachWithin(DeadlineQualifier.NONE, TimeLimit.ofHours(72)));
    add(r, INFO, "3 days", breachWithin(DeadlineQualifier.NONE, TimeLimit.ofDays(3)));
    add(
        r,
        WARNING,
        "without undue delay, at most 73 h",
        breachWithin(DeadlineQualifier.WITHOUT_UNDUE_DELAY, TimeLimit.ofHours(73)));
    add(
        r,
        ERROR,
        "73 h and nothing else",
        breachWithin(DeadlineQualifier.NONE, TimeLimit.ofHours(73)));
    add(
        r,
        ERROR,
        "a reasonable period",
        a ->
            a.withBreachNotification(
                breach()
                    .withDeadline(
                        Deadline.qualified(
                            DeadlineQualifier.REASONABLE_PERIOD, DeadlineTrigger.AWARENESS))));
    add(
        r,
        null,
        "without undue delay, no cap",
        a ->
            a.withBreachNotification(
                breach()
                    .withDeadline(
                        Deadline.qualified(
                            DeadlineQualifier.WITHOUT_UNDUE_DELAY, DeadlineTrigger.AWARENESS))));
    add(
        r,
        ERROR,
        "no deadline at all",
        a -> a.withBreachNotification(breach().withDeadline(Optional.empty())));
    add(
        r,
        WARNING,
        "48 h under a stricter policy",
        breachWithin(DeadlineQualifier.NONE, TimeLimit.ofHours(48)),
        Policy.builder().breachWarnAtOrAboveHours(48).build());
    add(
        r,
        null,
        "47 h under the same policy",
        breachWithin(DeadlineQualifier.NONE, TimeLimit.ofHours(47)),
        Policy.builder().breachWarnAtOrAboveHours(48).breachInfoAboveHours(48).build());
    r = "RISK-33-SUSPECTED-BREACH-EXCLUDED";
    add(
        r,
        WARNING,
        "only actual breaches",
        a -> a.withBreachNotification(breach().withSuspectedBreaches(SuspectedBreaches.EXCLUDED)));
    add(
        r,
        WARNING,
        "after confirmation",
        breachWithin(DeadlineQualifier.NONE, TimeLimit.ofHours(24))
                .andThen(
                    a ->
                        a.withBreachNotification(
                            ImmutableBreachNotification.copyOf(a.getBreachNotification())
                                .withDeadline(
                                    Deadline.within(
                                        TimeLimit.ofHours(24), DeadlineTrigger.CONFIRMATION))))
            ::apply);
    r = "GDPR-33.3-BREACH-CONTENT";
    add(
        r,
        WARNING,
        "no contact point",
        a ->
            a.withBreachNotification(
                breach()
                    .withContent(
                        BreachContent.FACT,
                        BreachContent.NATURE_CATEGORIES_NUMBERS,
                        BreachContent.LIKELY_CONSEQUENCES,
                        BreachContent.MEASURES)));
    add(
        r,
        WARNING,
        "all relevant information is not enough",
        a -> a.withBreachNotification(breach().withContent(BreachContent.ALL_RELEVANT_INFO)));
    r = "GDPR-28.3.g-DELETE-COPIES";
    add(
        r,
        WARNING,
        "copies not covered",
        a -> a.withEndOfProcessing(end().withCopiesCovered(false)));
    r = "GDPR-28.3.g-POST-TERM-RETENTION";
    expect(
        r,
        ERROR,
        "two years after the end",
        List.of("may keep the data for 2 years after the end"),
        a -> a.withRetention(ret().withPostTermRetention(TimeLimit.ofYears(2))));
    add(
        r,
        null,
        "zero days",
        a -> a.withRetention(ret().withPostTermRetention(TimeLimit.ofDays(0))));
    r = "RISK-DELETION-DEADLINE";
    add(r, null, "90 days", deletionWithin(TimeLimit.ofDays(90)));
    expect(
        r,
        WARNING,
        "91 days: the deadline as written, not 'no deadline'",
        List.of("within 91 days", "longer than 90 days"),
        deletionWithin(TimeLimit.ofDays(91)));
    add(r, null, "12 weeks", deletionWithin(TimeLimit.ofWeeks(12)));
    add(r, WARNING, "13 weeks", deletionWithin(TimeLimit.ofWeeks(13)));
    add(r, null, "3 months (90 days nominal)", deletionWithin(TimeLimit.ofMonths(3)));
    expect(
        r,
        WARNING,
        "no deadline",
        List.of("sets no deadline"),
        a -> a.withEndOfProcessing(end().withDeadline(Optional.empty())));
    add(
        r,
        null,
        "no deadline, the agreement applies until deletion (SCC 10(d))",
        a ->
            a.withEndOfProcessing(
                end().withDeadline(Optional.empty()).withComplianceUntilDeletion(true)));
    add(
        r,
        WARNING,
        "60 days under a 30-day policy",
        deletionWithin(TimeLimit.ofDays(60)),
        Policy.builder().deletionMaxDays(30).build());
    r = "SCC-10-DELETION-CERTIFICATION";
    add(r, INFO, "no certificate", a -> a.withEndOfProcessing(end().withCertification(false)));
    r = "RISK-DELETION-COSTS";
    add(r, INFO, "deletion charged", a -> a.withEndOfProcessing(end().withCostsCharged(true)));
    add(
        r,
        INFO,
        "deletion on request charged",
        a -> a.withRetention(ret().withDeletionOnRequestCharged(true)));
    r = "RISK-RETENTION-UNDEFINED";
    add(
        r,
        WARNING,
        "absent",
        a -> a.withRetention(ret().withDuringTerm(RetentionDuringTerm.ABSENT)));
    add(r, WARNING, "vague", a -> a.withRetention(ret().withDuringTerm(RetentionDuringTerm.VAGUE)));
    add(
        r,
        INFO,
        "controller decides",
        a ->
            a.withRetention(
                ret().withDuringTerm(RetentionDuringTerm.CONTROLLER_DETERMINES_WITH_MECHANISM)));
    r = "GDPR-28.3.h-COMPLIANCE-INFORMATION";
    add(r, ERROR, "no information duty", a -> a.withAudit(audit().withInformationOnRequest(false)));
    r = "GDPR-28.3.h-AUDIT-RIGHT";
    add(r, ERROR, "no audit right", a -> a.withAudit(audit().withAuditRight(false)));
    r = "RISK-AUDIT-SUSPICION-ONLY";
    add(
        r,
        null,
        "n/a without an audit right",
        a -> a.withAudit(audit().withAuditRight(false).withTrigger(AuditTrigger.SUSPICION_ONLY)));
    r = "RISK-AUDIT-SCOPE-LIMITED";
    add(r, WARNING, "security only", a -> a.withAudit(audit().withScope(AuditScope.SECURITY_ONLY)));
    r = "RISK-AUDIT-FINDINGS-DISCRETIONARY";
    add(
        r,
        WARNING,
        "processor's discretion",
        a -> a.withAudit(audit().withFindings(AuditFindings.PROCESSOR_DISCRETION)));
    r = "RISK-AUDIT-COSTS";
    add(
        r,
        WARNING,
        "controller pays processor's costs",
        a -> a.withAudit(audit().withCostBearer(AuditCostBearer.CONTROLLER_INCL_PROCESSOR_COSTS)));
    add(
        r,
        INFO,
        "controller pays",
        a -> a.withAudit(audit().withCostBearer(AuditCostBearer.CONTROLLER_UNSPECIFIED)));
    r = "RISK-AUDIT-FREQUENCY-NOTICE";
    add(r, WARNING, "once a year, no exceptions", a -> a.withAudit(audit().withMaxPerYear(1)));
    add(
        r,
        INFO,
        "once a year plus events",
        a -> a.withAudit(audit().withMaxPerYear(1).withTrigger(AuditTrigger.REGULAR_PLUS_EVENTS)));
    add(
        r,
        INFO,
        "30 days notice",
        a -> a.withAudit(audit().withPriorNoticeRequired(true).withNotice(TimeLimit.ofDays(30))));
    add(
        r,
        WARNING,
        "31 days notice",
        a -> a.withAudit(audit().withPriorNoticeRequired(true).withNotice(TimeLimit.ofDays(31))));
    add(
        r,
        WARNING,
        "5 weeks notice",
        a ->
            a.withAudit(
                audit()
                    .withPriorNoticeRequired(true)
                    .withNotice(TimeLimit.of(5, TimeLimitUnit.WEEKS))));
    r = "GDPR-28.3.h-AUDITOR-CHOICE";
    add(
        r,
        INFO,
        "independent third party only",
        a -> a.withAudit(audit().withAuditor(Auditor.INDEPENDENT_THIRD_PARTY_ONLY)));
    r = "RISK-82-LIABILITY-CAP-LOW";
    add(
        r,
        WARNING,
        "EUR 99999.99",
        cap(
            LiabilityCap.builder()
                .kind(LiabilityCapKind.FIXED_AMOUNT)
                .amount(Money.euros("99999.99"))
                .build()));
    add(
        r,
        null,
        "EUR 100000",
        cap(
            LiabilityCap.builder()
                .kind(LiabilityCapKind.FIXED_AMOUNT)
                .amount(Money.euros("100000"))
                .build()));
    add(
        r,
        WARNING,
        "11 months of fees",
        cap(LiabilityCap.builder().kind(LiabilityCapKind.FEES).feeMonths(11).build()));
    add(
        r,
        null,
        "12 months of fees",
        cap(LiabilityCap.builder().kind(LiabilityCapKind.FEES).feeMonths(12).build()));
    add(
        r,
        INFO,
        "a USD cap cannot be compared with the EUR minimum: said so, not passed silently",
        cap(
            LiabilityCap.builder()
                .kind(LiabilityCapKind.FIXED_AMOUNT)
                .amount(Money.of("10", "USD"))
                .build()));
    r = "RISK-82-LIABILITY-EXCLUDED";
    add(
        r,
        WARNING,
        "excluded in principle",
        a -> a.withLiability(liab().withExcludedEntirely(true)));
    r = "RISK-82-DATA-LOSS-EXCLUDED";
    add(
        r,
        WARNING,
        "data loss excluded",
        a -> a.withLiability(liab().withExcludedDamages(DamageKind.DATA_LOSS)));
    r = "RISK-82-LIABILITY-EXTERNAL";
    add(
        r,
        INFO,
        "cap in the general terms",
        cap(
            LiabilityCap.builder()
                .kind(LiabilityCapKind.EXTERNAL_REFERENCE)
                .document(DocumentRef.of(DocumentKind.GENERAL_TERMS))
                .build()));
    add(
        r,
        INFO,
        "liability by reference",
        a ->
            a.withLiability(
                liab()
                    .withCoverage(
                        Coverage.byReference(DocumentRef.of(DocumentKind.MAIN_AGREEMENT)))));
    r = "RISK-82-LIABILITY-UNSPECIFIED";
    add(r, INFO, "no liability clause", a -> a.withLiability(liab().withCaps(List.of())));
    add(
        r,
        null,
        "the text of standard clauses",
        a ->
            a.withLiability(liab().withCaps(List.of()))
                .withMetadata(meta().withDocumentKind(AgreementKind.STANDARD_CLAUSES)));
    r = "RISK-INDEMNITY-ONE-SIDED";
    add(
        r,
        WARNING,
        "controller indemnifies",
        a ->
            a.withLiability(
                liab()
                    .withIndemnities(
                        Indemnity.of(LiableParty.CONTROLLER, "Claims of data subjects.", "12.3"))));
    r = "RISK-CLAIM-TIME-BAR";
    add(
        r,
        INFO,
        "claims lapse after 12 months",
        a -> a.withLiability(liab().withClaimBar(TimeLimit.ofMonths(12))));
    add(
        r,
        INFO,
        "notice of default",
        a -> a.withLiability(liab().withNoticeOfDefaultRequired(true)));
    r = "GDPR-83-FINES-ALLOCATION";
    add(
        r,
        INFO,
        "fines clause",
        a -> a.withLiability(liab().withFinesClause(FinesClause.CONTROLLER_BEARS_ATTRIBUTABLE)));
    r = "RISK-UNILATERAL-AMENDMENT";
    add(r, ERROR, "unilateral", a -> a.withAmendment(amend().withMode(AmendmentMode.UNILATERAL)));
    add(
        r,
        WARNING,
        "unilateral with notice and exit",
        a -> a.withAmendment(amend().withMode(AmendmentMode.UNILATERAL_WITH_NOTICE_AND_EXIT)));
    r = "SCC-10-SUSPEND-TERMINATE";
    expect(
        r,
        INFO,
        "no suspension right",
        List.of("may terminate the agreement", "no right to suspend"),
        a -> a.withTermination(term().withControllerSuspendRight(false)));
    expect(
        r,
        INFO,
        "no termination right",
        List.of("may suspend the processing", "no right to terminate"),
        a -> a.withTermination(term().withControllerTerminateForBreach(false)));
    expect(
        r,
        INFO,
        "neither right",
        List.of("no right to suspend the processing or to terminate"),
        a ->
            a.withTermination(
                term().withControllerSuspendRight(false).withControllerTerminateForBreach(false)));
    r = "SCC-4-PRECEDENCE";
    add(
        r,
        INFO,
        "precedence not stated",
        a -> a.withMetadata(meta().withPrecedenceOverMainAgreement(Precedence.NOT_STATED)));
    add(
        r,
        INFO,
        "controller's DPA rejected",
        a -> a.withMetadata(meta().withRejectsControllerTerms(true)));
    r = "GDPR-28.3-GOVERNING-LAW";
    add(r, INFO, "not stated", a -> a.withGeneral(gen().withGoverningLaw(Optional.empty())));
    add(
        r,
        null,
        "not stated in the text of standard clauses",
        a ->
            a.withGeneral(gen().withGoverningLaw(Optional.empty()))
                .withMetadata(meta().withDocumentKind(AgreementKind.STANDARD_CLAUSES)));
    add(
        r,
        WARNING,
        "English law",
        a ->
            a.withGeneral(
                gen()
                    .withGoverningLaw("English law")
                    .withGoverningLawJurisdiction(Jurisdiction.parse("GB-ENG"))));
    add(
        r,
        null,
        "Belgian law",
        a ->
            a.withGeneral(
                gen()
                    .withGoverningLaw("Belgisch recht")
                    .withGoverningLawJurisdiction(Jurisdiction.parse("BE"))));
    add(
        r,
        null,
        "a law stated only in words is not judged from its words",
        a -> a.withGeneral(gen().withGoverningLaw("the law of Lausanne")));
    add(
        r,
        null,
        "the main agreement's law, by reference",
        a ->
            a.withGeneral(gen().withGoverningLaw(Optional.empty()).withFollowsMainAgreement(true)));
    r = "META-VERSION-DATE";
    add(r, INFO, "no version", a -> a.withMetadata(meta().withVersion(Optional.empty())));
    add(
        r,
        null,
        "standard clauses, identified by their instrument",
        a ->
            a.withMetadata(
                meta()
                    .withVersion(Optional.empty())
                    .withDocumentKind(AgreementKind.STANDARD_CLAUSES)));
    add(
        r,
        INFO,
        "dated 2018",
        a ->
            a.withMetadata(
                meta()
                    .withDates(AgreementDate.of(DateKind.DOCUMENT, PartialDate.parse("2018-05")))));
    add(
        r,
        null,
        "dated July 2021",
        a ->
            a.withMetadata(
                meta()
                    .withDates(AgreementDate.of(DateKind.DOCUMENT, PartialDate.parse("2021-07")))));
    add(
        r,
        null,
        "switched off by policy",
        a -> a.withMetadata(meta().withVersion(Optional.empty())),
        Policy.builder().addDisabledRules(r).build());
  }

  /**
   * Rules whose outcomes once shared one text (issue 11 item 2): each outcome's message says what
   * that outcome found, with the facts it judged, and no other outcome's words.
   */
  static {
    String r = "LL-PARTY-PROCESSOR-IDENTITY";
    expect(
        r,
        ERROR,
        "processor only described: not named",
        List.of("not named", "only describes it"),
        a ->
            a.withProcessor(
                org.dpa4j.model.parties.Party.builder()
                    .role(org.dpa4j.model.parties.PartyRole.PROCESSOR)
                    .placeholder(true)
                    .description("de leverancier")
                    .build()));
    expect(
        r,
        WARNING,
        "trade name only: no legal name, no KvK number",
        List.of("only by a trade name", "legal name", "KvK"),
        a ->
            a.withProcessor(
                processor()
                    .withTradeNames("Bellen.nl")
                    .withLegalName(Optional.empty())
                    .withRegistrations(List.of())));
    expect(
        r,
        INFO,
        "no street address, contacts given",
        List.of("no street address"),
        a -> a.withProcessor(processor().withAddress(Optional.empty())));
    expect(
        r,
        INFO,
        "street address given, no contacts",
        List.of("no contact person or contact details"),
        a -> a.withProcessor(processor().withContacts(List.of())));
    expect(
        r,
        INFO,
        "neither street address nor contacts",
        List.of("neither a street address nor a contact person"),
        a -> a.withProcessor(processor().withAddress(Optional.empty()).withContacts(List.of())));
    r = "LL-PARTY-CONTROLLER-IDENTITY";
    expect(
        r,
        INFO,
        "placeholder controller, DPA signed on its own",
        List.of("identified only by signing"),
        a ->
            a.withController(placeholder())
                .withMetadata(meta().withFormation(Formation.SIGNED_STANDALONE)));
    expect(
        r,
        INFO,
        "placeholder controller, DPA part of the main agreement",
        List.of("forms part of the main agreement"),
        a ->
            a.withController(placeholder())
                .withMetadata(meta().withFormation(Formation.INCORPORATED_IN_MAIN_AGREEMENT)));
    for (Formation unnamed : List.of(Formation.UNILATERAL_STATEMENT, Formation.NOT_STATED)) {
      expect(
          r,
          WARNING,
          "placeholder controller, formation " + unnamed.getCode(),
          List.of(
              "neither that the controller signs it nor that it forms part of a main agreement"),
          a -> a.withController(placeholder()).withMetadata(meta().withFormation(unnamed)));
    }
    r = "GDPR-28.3-NATURE-PURPOSE";
    expect(
        r,
        ERROR,
        "neither purposes nor subject-matter",
        List.of("neither the purposes nor the subject-matter"),
        a -> a.withScope(scope().withPurposes(List.of()).withSubjectMatter(Optional.empty())));
    expect(
        r,
        WARNING,
        "two purposes as controller mixed in",
        List.of("as controller itself (number of purposes: 2)"),
        a ->
            a.withScope(
                scope()
                    .withControllerRoleProcessing(
                        ControllerRoleProcessing.builder()
                            .addPurposes("facturatie", "marketing")
                            .build())));
    r = "GDPR-28.3-DATA-TYPES";
    expect(
        r,
        ERROR,
        "no types of data",
        List.of("lists no types of personal data"),
        a -> a.withScope(scope().withPersonalDataCategories(List.of())));
    expect(
        r,
        WARNING,
        "list not said to be complete",
        List.of("does not say the list is complete"),
        a -> a.withScope(scope().withDataListExhaustive(false)));
    r = "GDPR-28.10-PROCESSOR-OWN-PURPOSES";
    expect(
        r,
        ERROR,
        "personal data for own purposes",
        List.of("use the personal data themselves for its own purposes"),
        a ->
            a.withScope(
                scope()
                    .withProcessorOwnUse(
                        ImmutableProcessorOwnUse.copyOf(BASE.getScope().getProcessorOwnUse())
                            .withPolicy(OwnUsePolicy.ALLOWED))));
    expect(
        r,
        WARNING,
        "anonymised data for own purposes",
        List.of("once fully anonymised", "anonymising them is itself processing"),
        a ->
            a.withScope(
                scope()
                    .withProcessorOwnUse(
                        ImmutableProcessorOwnUse.copyOf(BASE.getScope().getProcessorOwnUse())
                            .withPolicy(OwnUsePolicy.ANONYMISED_ONLY))));
    r = "GDPR-28.3.a-TRANSFER-INSTRUCTIONS";
    expect(
        r,
        ERROR,
        "conditional transfers on no mechanism",
        List.of("names no transfer mechanism"),
        a -> a.withTransfers(tr().withPolicy(TransferPolicy.ALLOWED_CONDITIONAL)));
    expect(
        r,
        WARNING,
        "conditional transfers on two mechanisms, no destination",
        List.of(
            "(EU-US Data Privacy Framework, standard contractual clauses)",
            "no country or recipient"),
        a ->
            a.withTransfers(
                tr().withPolicy(TransferPolicy.ALLOWED_CONDITIONAL)
                    .withMechanisms(
                        TransferMechanism.DPF, TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES)));
    for (ListDisclosure unseen :
        List.of(ListDisclosure.ON_REQUEST, ListDisclosure.PUBLISHED, ListDisclosure.NONE)) {
      expect(
          r,
          WARNING,
          "exempted listed sub-processors, list " + unseen.getCode(),
          List.of("does not annex their list (" + unseen.getLabel().getEnglish() + ")"),
          a ->
              a.withTransfers(
                      tr().withPolicy(TransferPolicy.ALLOWED_WITH_CONSENT)
                          .withExemptions(TransferExemption.LISTED_SUBPROCESSORS))
                  .withSubProcessing(sub().withListDisclosure(unseen)));
    }
    r = "GDPR-28.3.f-DPIA-ASSISTANCE";
    expect(
        r,
        WARNING,
        "no duty to assist with DPIAs",
        List.of("no duty to assist the controller with data protection impact assessments"),
        a -> a.withAssistance(assist().withDpia(AssistanceLevel.ABSENT)));
    expect(
        r,
        INFO,
        "DPIA assistance within a limit",
        List.of("only within a limit of its own"),
        a -> a.withAssistance(assist().withDpia(AssistanceLevel.QUALIFIED)));
    r = "GDPR-28.3.g-DELETE-OR-RETURN";
    expect(
        r,
        ERROR,
        "end of processing not stated",
        List.of("does not say what happens to the personal data at the end"),
        a -> a.withEndOfProcessing(end().withDisposition(EndDisposition.NOT_STATED)));
    for (EndDisposition restricted :
        List.of(
            EndDisposition.DELETE_DEFAULT_RETURN_IF_AGREED,
            EndDisposition.DELETE_ONLY,
            EndDisposition.RETURN_ONLY)) {
      expect(
          r,
          WARNING,
          "no choice: " + restricted.getCode(),
          List.of("the personal data are " + restricted.getLabel().getEnglish() + ";"),
          a -> a.withEndOfProcessing(end().withDisposition(restricted)));
    }
    r = "RISK-AUDIT-SUSPICION-ONLY";
    expect(
        r,
        ERROR,
        "audit only on suspicion",
        List.of("only on a concrete suspicion"),
        a -> a.withAudit(audit().withTrigger(AuditTrigger.SUSPICION_ONLY)));
    expect(
        r,
        WARNING,
        "audit may take place on suspicion",
        List.of("without saying whether only then"),
        a -> a.withAudit(audit().withTrigger(AuditTrigger.SUSPICION_AMBIGUOUS)));
    r = "GDPR-28.3.h-INFRINGING-INSTRUCTION";
    expect(
        r,
        ERROR,
        "no duty to warn",
        List.of("has no duty to inform"),
        a ->
            a.withInstructions(
                instr().withInfringingInstructionNotice(InfringingInstructionNotice.ABSENT)));
    expect(
        r,
        WARNING,
        "warning without a time",
        List.of("does not say it must do so immediately"),
        a ->
            a.withInstructions(
                instr()
                    .withInfringingInstructionNotice(
                        InfringingInstructionNotice.PRESENT_NOT_IMMEDIATE)));
  }

  /** Rules on the facts model 2 added (issue 11 item 7), one case per outcome and its boundary. */
  static {
    String r = "SCC-7.7-OBJECTION-WINDOW";
    expect(
        r,
        WARNING,
        "3 days to object",
        List.of("3 days", "5 days"),
        a -> a.withSubProcessing(sub().withObjectionWindow(TimeLimit.ofDays(3))));
    expect(
        r,
        WARNING,
        "3 business days to object: at least 3 days",
        List.of("3 business days"),
        a -> a.withSubProcessing(sub().withObjectionWindow(TimeLimit.ofBusinessDays(3))));
    expect(
        r,
        INFO,
        "14 days to object to a change announced 30 days ahead",
        List.of("14 days", "30 days"),
        a -> a.withSubProcessing(sub().withObjectionWindow(TimeLimit.ofDays(14))));
    expect(
        r,
        INFO,
        "4 days to object, the policy's minimum 3",
        List.of("4 days", "30 days"),
        a -> a.withSubProcessing(sub().withObjectionWindow(TimeLimit.ofDays(4))),
        Policy.builder().objectionWindowMinDays(3).build());
    add(
        r,
        null,
        "5 business days to object: the minimum",
        a ->
            a.withSubProcessing(
                sub()
                    .withObjectionWindow(TimeLimit.ofBusinessDays(5))
                    .withNoticePeriod(TimeLimit.ofDays(5))));
    add(
        r,
        null,
        "as long as the notice",
        a -> a.withSubProcessing(sub().withObjectionWindow(TimeLimit.ofDays(30))));
    add(
        r,
        null,
        "no objection right: rule 27 reports it",
        a ->
            a.withSubProcessing(
                sub()
                    .withObjectionWindow(TimeLimit.ofDays(1))
                    .withObjectionRight(ObjectionRight.ABSENT)));

    r = "GDPR-28.2-CHANGE-NOTICE-CHANNEL";
    expect(
        r,
        WARNING,
        "only a web page",
        List.of("on a web page the controller must watch"),
        a -> a.withSubProcessing(sub().withNoticeChannels(NoticeChannel.WEB_PAGE)));
    add(
        r,
        null,
        "a web page and e-mail",
        a ->
            a.withSubProcessing(
                sub().withNoticeChannels(NoticeChannel.WEB_PAGE, NoticeChannel.EMAIL)));
    add(
        r,
        null,
        "a list to subscribe to",
        a -> a.withSubProcessing(sub().withNoticeChannels(NoticeChannel.SUBSCRIPTION)));
    add(
        r,
        null,
        "specific authorisation",
        a ->
            a.withSubProcessing(
                sub()
                    .withAuthorisation(SubProcessorAuthorisation.SPECIFIC)
                    .withNoticeChannels(NoticeChannel.WEB_PAGE)));

    r = "RISK-SUBPROCESSOR-PROCESSING";
    ImmutableSubProcessor withData =
        ImmutableSubProcessor.builder()
            .name("Mail B.V.")
            .purpose("E-mail")
            .country(CountryCode.of("NL"))
            .contractStatus(ContractStatus.CONFIRMED)
            .addDataCategories("e-mail addresses")
            .build();
    expect(
        r,
        WARNING,
        "no purpose",
        List.of("Voorbeeld Datacenter B.V."),
        a ->
            a.withSubProcessing(sub().withSubProcessors(firstSub().withPurpose(Optional.empty()))));
    add(
        r,
        null,
        "no purpose, but the subject matter",
        a ->
            a.withSubProcessing(
                sub()
                    .withSubProcessors(
                        firstSub().withPurpose(Optional.empty()).withSubjectMatter("hosting"))));
    expect(
        r,
        INFO,
        "no data categories where the list gives them for another",
        List.of("Voorbeeld Datacenter B.V."),
        a -> a.withSubProcessing(sub().withSubProcessors(firstSub(), withData)));
    expect(
        r,
        WARNING,
        "no purpose for one, no data categories for another",
        List.of("Mail B.V.", "Voorbeeld Datacenter B.V."),
        a ->
            a.withSubProcessing(
                sub().withSubProcessors(firstSub(), withData.withPurpose(Optional.empty()))));
    add(r, null, "no data categories anywhere in the list", a -> a);

    r = "GDPR-28.3.h-AUDIT-METHODS";
    expect(
        r,
        ERROR,
        "reports and certifications only",
        List.of("third-party audit reports, certifications"),
        a ->
            a.withAudit(
                audit().withMethods(AuditMethod.THIRD_PARTY_REPORTS, AuditMethod.CERTIFICATIONS)));
    add(
        r,
        null,
        "reports and an inspection on site",
        a ->
            a.withAudit(audit().withMethods(AuditMethod.THIRD_PARTY_REPORTS, AuditMethod.ON_SITE)));
    add(
        r,
        null,
        "reports first, an audit when they do not suffice",
        a ->
            a.withAudit(
                audit().withMethods(AuditMethod.THIRD_PARTY_REPORTS).withReportsFirst(true)));

    r = "GDPR-28.3.h-AUDITOR-CHOICE";
    expect(
        r,
        INFO,
        "competitors excluded",
        List.of("competitors of the processor"),
        a -> a.withAudit(audit().withExcludedAuditors(ExcludedAuditor.COMPETITORS)));

    r = "RISK-AUDIT-FREQUENCY-NOTICE";
    expect(
        r,
        WARNING,
        "once a year, named",
        List.of("limited to 1 per year"),
        a -> a.withAudit(audit().withMaxPerYear(1)));
    expect(
        r,
        WARNING,
        "22 business days' notice: up to 34 days",
        List.of("22 business days", "30 days"),
        a ->
            a.withAudit(
                audit().withPriorNoticeRequired(true).withNotice(TimeLimit.ofBusinessDays(22))));
    expect(
        r,
        INFO,
        "20 business days' notice: up to 30 days",
        List.of("20 business days"),
        a ->
            a.withAudit(
                audit().withPriorNoticeRequired(true).withNotice(TimeLimit.ofBusinessDays(20))));
    expect(
        r,
        WARNING,
        "20 business days' notice over three holidays: up to 31 days",
        List.of("20 business days"),
        a ->
            a.withAudit(
                audit().withPriorNoticeRequired(true).withNotice(TimeLimit.ofBusinessDays(20))),
        Policy.builder().businessDayHolidays(3).build());

    r = "GDPR-33.2-BREACH-TIMELINESS";
    expect(
        r,
        ERROR,
        "1 business day over a weekend and two holidays: 120 hours",
        List.of("1 business day", "120 hours"),
        a ->
            a.withBreachNotification(
                breach()
                    .withDeadline(
                        Deadline.within(TimeLimit.ofBusinessDays(1), DeadlineTrigger.AWARENESS))));
    expect(
        r,
        INFO,
        "1 business day over a weekend, no holidays: 72 hours",
        List.of("1 business day", "72 hours"),
        a ->
            a.withBreachNotification(
                breach()
                    .withDeadline(
                        Deadline.within(TimeLimit.ofBusinessDays(1), DeadlineTrigger.AWARENESS))),
        Policy.builder().businessDayHolidays(0).build());

    r = "RISK-DELETION-DEADLINE";
    add(
        r,
        null,
        "60 business days: up to 86 days",
        a ->
            a.withEndOfProcessing(
                end()
                    .withDeadline(
                        Deadline.within(
                            TimeLimit.ofBusinessDays(60), DeadlineTrigger.END_OF_AGREEMENT))));
    add(
        r,
        WARNING,
        "63 business days: up to 91 days",
        a ->
            a.withEndOfProcessing(
                end()
                    .withDeadline(
                        Deadline.within(
                            TimeLimit.ofBusinessDays(63), DeadlineTrigger.END_OF_AGREEMENT))));

    r = "GDPR-28.3-DUTY-CONDITIONS";
    expect(
        r,
        ERROR,
        "assistance only where the law requires it",
        List.of("/assistance: only where the law requires it"),
        a ->
            a.withAssistance(
                assist()
                    .withConditions(
                        Condition.builder().kind(ConditionKind.REQUIRED_BY_LAW_ONLY).build())));
    expect(
        r,
        ERROR,
        "breach notice only for incidents attributable to the processor",
        List.of("/breachNotification/deadline: only where attributable to the processor"),
        a ->
            a.withBreachNotification(
                breach()
                    .withConditions(
                        Condition.on(ConditionKind.ATTRIBUTABLE_TO_PROCESSOR, "/deadline"))));
    expect(
        r,
        ERROR,
        "breach notice only at the controller's request",
        List.of("/breachNotification: only at the controller's request"),
        a ->
            a.withBreachNotification(
                breach()
                    .withConditions(
                        Condition.builder().kind(ConditionKind.AT_CONTROLLER_REQUEST).build())));
    expect(
        r,
        WARNING,
        "audit right to the extent legally permitted",
        List.of("/audit/auditRight: to the extent legally permitted"),
        a ->
            a.withAudit(
                audit()
                    .withConditions(
                        Condition.on(
                            ConditionKind.TO_THE_EXTENT_LEGALLY_PERMITTED, "/auditRight"))));
    expect(
        r,
        ERROR,
        "a narrowing and a weakening condition: the narrowing one is named",
        List.of("/dataSubjectRequests/mode: only for events with material impact"),
        a ->
            a.withAudit(
                    audit()
                        .withConditions(
                            Condition.on(ConditionKind.REASONABLE_EFFORTS, "/auditRight")))
                .withDataSubjectRequests(
                    dsar()
                        .withConditions(
                            Condition.on(ConditionKind.MATERIAL_IMPACT_ONLY, "/mode"))));
    add(
        r,
        null,
        "legal-requirement notice to the extent legally permitted: the law's own limit",
        a ->
            a.withInstructions(
                instr()
                    .withConditions(
                        Condition.on(
                            ConditionKind.TO_THE_EXTENT_LEGALLY_PERMITTED,
                            "/legalRequirementNotice"))));
    add(
        r,
        null,
        "the GDPR's own words and conditions on how a duty is performed",
        a ->
            a.withAssistance(
                    assist()
                        .withConditions(
                            Condition.builder().kind(ConditionKind.NATURE_OF_PROCESSING).build(),
                            Condition.builder().kind(ConditionKind.INFORMATION_AVAILABLE).build()))
                .withAudit(
                    audit()
                        .withConditions(
                            Condition.on(ConditionKind.AT_CONTROLLER_REQUEST, "/auditRight"),
                            Condition.on(ConditionKind.CONFIDENTIALITY_REQUIRED, "/auditRight"),
                            Condition.builder()
                                .kind(ConditionKind.OTHER)
                                .description("only during business hours")
                                .build())));
    add(
        r,
        null,
        "a condition on a term the law does not require",
        a ->
            a.withAmendment(
                amend().withConditions(Condition.on(ConditionKind.MATERIAL_IMPACT_ONLY, "/mode"))));

    r = "RISK-DELETION-ANONYMISATION";
    expect(
        r,
        WARNING,
        "anonymise instead of delete",
        List.of("anonymise the data instead of deleting or returning it"),
        a -> a.withEndOfProcessing(end().withAnonymisationInsteadOfDeletion(true)));
    add(r, null, "delete or return", a -> a);

    r = "GDPR-28.3.g-LEGAL-RETENTION-AUTHORISED";
    expect(
        r,
        WARNING,
        "required or authorised by law",
        List.of("where the law authorises it"),
        a -> a.withEndOfProcessing(end().withLegalRetentionWhereAuthorised(true)));
    add(r, null, "required by law only", a -> a);

    r = "RISK-DEEMED-CONSENT-AMENDMENT";
    expect(
        r,
        WARNING,
        "changes take effect unless the controller objects within 30 days",
        List.of("within 30 days"),
        a ->
            a.withAmendment(
                amend()
                    .withDeemedConsentUnlessObjection(true)
                    .withObjectionWindow(TimeLimit.ofDays(30))));
    expect(
        r,
        WARNING,
        "changes take effect unless the controller objects",
        List.of("unless the controller objects: silence"),
        a -> a.withAmendment(amend().withDeemedConsentUnlessObjection(true)));
    add(r, null, "amended in writing by both", a -> a);

    // A published list of sub-processors is judged only on what a list must say.
    UnaryOperator<ImmutableDataProcessingAgreement> list =
        a ->
            a.withMetadata(meta().withDocumentKind(AgreementKind.SUB_PROCESSOR_LIST))
                .withAudit(org.dpa4j.model.audit.AuditTerms.notStated())
                .withSubProcessing(
                    sub()
                        .withAuthorisation(SubProcessorAuthorisation.NONE)
                        .withListDisclosure(ListDisclosure.NONE)
                        .withSubProcessors(
                            firstSub()
                                .withCountry(Optional.empty())
                                .withPurpose(Optional.empty())));
    add("GDPR-28.3.h-AUDIT-RIGHT", null, "a list of sub-processors has no audit terms", list);
    add(
        "GDPR-28.2-SUBPROCESSOR-AUTHORISATION",
        null,
        "a list of sub-processors authorises nothing",
        list);
    add("RISK-SUBPROCESSOR-DETAILS", WARNING, "a list entry without a country", list);
    expect(
        "GDPR-44-TRANSFER-MECHANISM",
        WARNING,
        "a list entry in the US with no mechanism: the DPA must give one",
        List.of("United States (Voorbeeld Datacenter B.V.)"),
        a ->
            list.apply(a)
                .withSubProcessing(
                    sub()
                        .withAuthorisation(SubProcessorAuthorisation.NONE)
                        .withListDisclosure(ListDisclosure.NONE)
                        .withSubProcessors(firstSub().withCountry(CountryCode.of("US")))));
    add(
        "GDPR-44-TRANSFER-MECHANISM",
        ERROR,
        "a list entry in the US under the Privacy Shield",
        a ->
            list.apply(a)
                .withSubProcessing(
                    sub()
                        .withAuthorisation(SubProcessorAuthorisation.NONE)
                        .withListDisclosure(ListDisclosure.NONE)
                        .withSubProcessors(
                            firstSub()
                                .withCountry(CountryCode.of("US"))
                                .withTransferMechanisms(TransferMechanism.PRIVACY_SHIELD))));
    expect(
        "RISK-SUBPROCESSOR-PROCESSING",
        WARNING,
        "a list entry without a purpose",
        List.of("Voorbeeld Datacenter B.V."),
        list);
  }

  static List<Case> cases() {
    return CASES;
  }

  /** Regression: a message listed every sub-processor; with 10,000 it was 150 KB and slow. */
  @Test
  void messagesListAtMostTenNamesAndCountTheRest() {
    List<org.dpa4j.model.subprocessing.SubProcessor> many = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      many.add(firstSub().withName("Sub " + i).withCountry(Optional.empty()));
    }
    DataProcessingAgreement agreement =
        ImmutableDataProcessingAgreement.copyOf(BASE)
            .withSubProcessing(sub().withSubProcessors(many));
    Finding finding =
        VALIDATOR.validate(agreement).getFindings().stream()
            .filter(f -> f.getRuleId().equals("RISK-SUBPROCESSOR-DETAILS"))
            .findFirst()
            .orElseThrow();
    assertThat(finding.getMessage(java.util.Locale.ENGLISH))
        .contains("Sub 0, Sub 1")
        .contains("Sub 9 (+15)")
        .doesNotContain("Sub 10");
  }

  @Test
  void theBaselineHasNoFindingAtAll() {
    assertThat(VALIDATOR.validate(BASE).getFindings()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void ruleRespondsToItsTerm(Case c) {
    DpaValidator validator =
        c.policy().equals(Policy.defaults())
            ? VALIDATOR
            : DpaValidator.builder().policy(c.policy()).loadServiceRules(false).build();
    List<Finding> findings =
        validator.validate(c.agreement()).getFindings().stream()
            .filter(f -> f.getRuleId().equals(c.rule()))
            .collect(Collectors.toList());
    if (c.expected() == null) {
      assertThat(findings).isEmpty();
    } else {
      assertThat(findings).hasSize(1);
      Finding f = findings.get(0);
      assertThat(f.getSeverity()).isEqualTo(c.expected());
      assertThat(f.getMessage(java.util.Locale.ENGLISH)).isNotBlank().doesNotContain("{0}", "{1}");
      for (String fact : c.mentions()) {
        assertThat(f.getMessage(java.util.Locale.ENGLISH)).contains(fact);
      }
      assertThat(f.getMessage(org.dpa4j.model.LocalizedText.DUTCH))
          .isNotBlank()
          .doesNotContain("{0}");
      assertThat(f.getLegalBasis()).isNotBlank();
      assertThat(f.getPointer()).startsWith("/");
    }
  }

  @Test
  void everyCatalogueRuleIsTriggeredByAtLeastOneCaseAtEachOfItsSeverities() {
    Set<String> missing = new TreeSet<>();
    for (CatalogRule rule : CatalogRule.values()) {
      for (Severity severity : rule.getSeverities()) {
        boolean covered =
            CASES.stream().anyMatch(c -> c.rule().equals(rule.getId()) && c.expected() == severity);
        if (!covered) {
          missing.add(rule.getId() + " " + severity);
        }
      }
    }
    assertThat(missing).isEmpty();
  }
}
