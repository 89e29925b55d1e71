package org.dpa4j.testkit;

import static org.dpa4j.testkit.Seeds.refs;

import org.dpa4j.model.AgreementDate;
import org.dpa4j.model.AgreementMetadata;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.DateKind;
import org.dpa4j.model.Formation;
import org.dpa4j.model.GeneralProvisions;
import org.dpa4j.model.Precedence;
import org.dpa4j.model.audit.AuditCostBearer;
import org.dpa4j.model.audit.AuditFindings;
import org.dpa4j.model.audit.AuditScope;
import org.dpa4j.model.audit.AuditTerms;
import org.dpa4j.model.audit.AuditTrigger;
import org.dpa4j.model.audit.Auditor;
import org.dpa4j.model.breach.BreachContent;
import org.dpa4j.model.breach.BreachNotification;
import org.dpa4j.model.breach.SuspectedBreaches;
import org.dpa4j.model.liability.CapBasis;
import org.dpa4j.model.liability.LiabilityCap;
import org.dpa4j.model.liability.LiabilityCapKind;
import org.dpa4j.model.liability.LiabilityTerms;
import org.dpa4j.model.parties.Address;
import org.dpa4j.model.parties.Contact;
import org.dpa4j.model.parties.ContactKind;
import org.dpa4j.model.parties.Party;
import org.dpa4j.model.parties.PartyRole;
import org.dpa4j.model.parties.Registration;
import org.dpa4j.model.processing.Assistance;
import org.dpa4j.model.processing.AssistanceLevel;
import org.dpa4j.model.processing.DataSubjectCategory;
import org.dpa4j.model.processing.DataSubjectKind;
import org.dpa4j.model.processing.DataSubjectRequestMode;
import org.dpa4j.model.processing.DataSubjectRequests;
import org.dpa4j.model.processing.InfringingInstructionNotice;
import org.dpa4j.model.processing.Instructions;
import org.dpa4j.model.processing.LegalRequirementNotice;
import org.dpa4j.model.processing.OwnUsePolicy;
import org.dpa4j.model.processing.PersonalDataCategory;
import org.dpa4j.model.processing.ProcessingDuration;
import org.dpa4j.model.processing.ProcessingScope;
import org.dpa4j.model.processing.ProcessorOwnUse;
import org.dpa4j.model.processing.PurposeExtension;
import org.dpa4j.model.processing.SpecialCategoriesStance;
import org.dpa4j.model.security.Confidentiality;
import org.dpa4j.model.security.MeasureCategory;
import org.dpa4j.model.security.ObligationStrength;
import org.dpa4j.model.security.SecurityMeasure;
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
import org.dpa4j.model.termination.AmendmentMode;
import org.dpa4j.model.termination.AmendmentTerms;
import org.dpa4j.model.termination.EndDisposition;
import org.dpa4j.model.termination.EndOfProcessing;
import org.dpa4j.model.termination.RetentionDuringTerm;
import org.dpa4j.model.termination.RetentionTerms;
import org.dpa4j.model.termination.TerminationTerms;
import org.dpa4j.model.transfers.TransferPolicy;
import org.dpa4j.model.transfers.TransferTerms;
import org.dpa4j.model.value.CountryCode;
import org.dpa4j.model.value.Deadline;
import org.dpa4j.model.value.DeadlineQualifier;
import org.dpa4j.model.value.DeadlineTrigger;
import org.dpa4j.model.value.KvkNumber;
import org.dpa4j.model.value.Money;
import org.dpa4j.model.value.PartialDate;
import org.dpa4j.model.value.TimeLimit;

/**
 * Made-up agreements for tests: {@link #compliant()} meets every rule of the catalogue, so a test
 * can change one term and see exactly one rule respond.
 */
public final class SampleAgreements {
  private SampleAgreements() {}

  /**
   * An agreement that meets every rule of the catalogue under the default policy: no ERROR, WARNING
   * or INFO finding.
   *
   * @return the agreement
   */
  public static DataProcessingAgreement compliant() {
    return DataProcessingAgreement.builder()
        .metadata(
            AgreementMetadata.builder()
                .title("Verwerkersovereenkomst")
                .version("2.0")
                .addDates(AgreementDate.of(DateKind.EFFECTIVE, PartialDate.parse("2024-05")))
                .formation(Formation.SIGNED_STANDALONE)
                .precedenceOverMainAgreement(Precedence.DPA_PREVAILS)
                .addAllClauses(refs("1", "14"))
                .build())
        .processor(
            Party.builder()
                .role(PartyRole.PROCESSOR)
                .legalName("Voorbeeld Telefonie B.V.")
                .addRegistrations(Registration.of(KvkNumber.of("12345678")))
                .address(
                    Address.builder()
                        .street("Voorbeeldstraat 1")
                        .postcode("1234 AB")
                        .city("Utrecht")
                        .country(CountryCode.of("NL"))
                        .build())
                .addContacts(
                    Contact.builder()
                        .kind(ContactKind.PRIVACY)
                        .addEmails("privacy@voorbeeld.nl")
                        .build())
                .addAllClauses(refs("preamble"))
                .build())
        .controller(
            Party.builder()
                .role(PartyRole.CONTROLLER)
                .legalName("Klant B.V.")
                .addRegistrations(Registration.of(KvkNumber.of("87654321")))
                .addAllClauses(refs("preamble"))
                .build())
        .scope(
            ProcessingScope.builder()
                .subjectMatter("Hosted telefonie")
                .addServices("Hosted telefonie")
                .duration(ProcessingDuration.COTERMINOUS_WITH_MAIN_AGREEMENT)
                .addPurposes("het leveren van hosted telefonie aan de verwerkingsverantwoordelijke")
                .purposeExtension(PurposeExtension.NONE)
                .processorOwnUse(ProcessorOwnUse.builder().policy(OwnUsePolicy.PROHIBITED).build())
                .addDataSubjectCategories(
                    DataSubjectCategory.of("Medewerkers van de klant", DataSubjectKind.EMPLOYEES),
                    DataSubjectCategory.of(
                        "Gebelde en bellende partijen", DataSubjectKind.COMMUNICATION_PARTIES))
                .addPersonalDataCategories(
                    PersonalDataCategory.of("NAW-gegevens"),
                    PersonalDataCategory.builder()
                        .name("Call Detail Records")
                        .trafficOrLocationData(true)
                        .communicationMetadata(true)
                        .build())
                .dataListExhaustive(true)
                .specialCategories(SpecialCategoriesStance.NONE_DECLARED)
                .addAllClauses(refs("2.1", "Bijlage 1"))
                .build())
        .instructions(
            Instructions.builder()
                .onlyOnInstructions(true)
                .documented(true)
                .legalRequirementNotice(LegalRequirementNotice.PRESENT)
                .infringingInstructionNotice(InfringingInstructionNotice.IMMEDIATE)
                .personnelBound(true)
                .addAllClauses(refs("3.1", "3.2", "3.3"))
                .build())
        .confidentiality(
            Confidentiality.builder()
                .personnel(ObligationStrength.OBLIGATION)
                .legalObligationException(true)
                .addAllClauses(refs("4.1"))
                .build())
        .security(
            SecurityTerms.builder()
                .commitment(ObligationStrength.OBLIGATION)
                .standard(SecurityStandard.APPROPRIATE)
                .addMeasures(
                    SecurityMeasure.of(
                        "Versleuteling van opslag en verkeer",
                        MeasureCategory.PSEUDONYMISATION_ENCRYPTION),
                    SecurityMeasure.of(
                        "Multifactor-authenticatie",
                        MeasureCategory.ACCESS_CONFIDENTIALITY_INTEGRITY),
                    SecurityMeasure.of(
                        "Dagelijkse back-up met hersteltest", MeasureCategory.AVAILABILITY_RESTORE),
                    SecurityMeasure.of(
                        "Jaarlijkse penetratietest", MeasureCategory.TESTING_EVALUATION))
                .riskFactorsReferenced(true)
                .addAllClauses(refs("5.1", "Bijlage 2"))
                .build())
        .subProcessing(
            SubProcessingTerms.builder()
                .authorisation(SubProcessorAuthorisation.GENERAL_EXPLICIT)
                .changeNoticeRequired(true)
                .noticePeriod(TimeLimit.ofDays(30))
                .objectionRight(ObjectionRight.PRESENT)
                .objectionEffect(ObjectionEffect.PROCESSOR_REFRAINS)
                .listDisclosure(ListDisclosure.ANNEXED)
                .addSubProcessors(
                    SubProcessor.builder()
                        .name("Voorbeeld Datacenter B.V.")
                        .purpose("Hosting")
                        .country(CountryCode.of("NL"))
                        .contractStatus(ContractStatus.CONFIRMED)
                        .build())
                .flowDown(FlowDown.SAME_OBLIGATIONS)
                .processorLiability(SubProcessorLiability.FULL)
                .addAllClauses(refs("6.1", "6.2", "Bijlage 3"))
                .build())
        .transfers(
            TransferTerms.builder()
                .policy(TransferPolicy.EEA_ONLY)
                .addAllClauses(refs("7.1"))
                .build())
        .dataSubjectRequests(
            DataSubjectRequests.builder()
                .mode(DataSubjectRequestMode.ASSIST)
                .addAllClauses(refs("8.1"))
                .build())
        .assistance(
            Assistance.builder()
                .security(AssistanceLevel.PRESENT)
                .dpia(AssistanceLevel.PRESENT)
                .priorConsultation(AssistanceLevel.PRESENT)
                .addAllClauses(refs("8.2"))
                .build())
        .breachNotification(
            BreachNotification.builder()
                .processorNotifies(true)
                .deadline(
                    Deadline.of(
                        DeadlineQualifier.WITHOUT_UNDUE_DELAY,
                        TimeLimit.ofHours(24),
                        DeadlineTrigger.AWARENESS))
                .suspectedBreaches(SuspectedBreaches.INCLUDED)
                .addContent(
                    BreachContent.FACT,
                    BreachContent.NATURE_CATEGORIES_NUMBERS,
                    BreachContent.CONTACT_POINT,
                    BreachContent.LIKELY_CONSEQUENCES,
                    BreachContent.MEASURES)
                .addAllClauses(refs("9.1", "9.2"))
                .build())
        .endOfProcessing(
            EndOfProcessing.builder()
                .disposition(EndDisposition.CONTROLLER_CHOICE)
                .copiesCovered(true)
                .deadline(Deadline.within(TimeLimit.ofDays(30), DeadlineTrigger.END_OF_AGREEMENT))
                .certification(true)
                .legalRetentionException(true)
                .addAllClauses(refs("10.1"))
                .build())
        .retention(
            RetentionTerms.builder()
                .duringTerm(RetentionDuringTerm.DEFINED)
                .addAllClauses(refs("10.2"))
                .build())
        .audit(
            AuditTerms.builder()
                .informationOnRequest(true)
                .auditRight(true)
                .auditor(Auditor.CONTROLLER_OR_MANDATED)
                .scope(AuditScope.ALL_OBLIGATIONS)
                .trigger(AuditTrigger.ANY_TIME)
                .costBearer(AuditCostBearer.PROCESSOR)
                .findings(AuditFindings.MANDATORY)
                .addAllClauses(refs("11.1", "11.2"))
                .build())
        .liability(
            LiabilityTerms.builder()
                .addCaps(
                    LiabilityCap.builder()
                        .kind(LiabilityCapKind.FIXED_AMOUNT)
                        .amount(Money.euros("1000000"))
                        .basis(CapBasis.PER_EVENT)
                        .build())
                .addAllClauses(refs("12.1"))
                .build())
        .amendment(
            AmendmentTerms.builder()
                .mode(AmendmentMode.MUTUAL_WRITTEN)
                .addAllClauses(refs("13.1"))
                .build())
        .termination(
            TerminationTerms.builder()
                .controllerSuspendRight(true)
                .controllerTerminateForBreach(true)
                .addAllClauses(refs("13.2"))
                .build())
        .general(
            GeneralProvisions.builder()
                .governingLaw("Nederlands recht")
                .forum("Rechtbank Midden-Nederland")
                .addAllClauses(refs("14.1"))
                .build())
        .build();
  }
}
