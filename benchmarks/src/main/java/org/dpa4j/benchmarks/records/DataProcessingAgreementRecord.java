package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of DataProcessingAgreement in JSON, as a user would write
 * without dpa4j. Generated from the schema.
 */
public record DataProcessingAgreementRecord(
    String schemaVersion,
    AmendmentTermsRecord amendment,
    AssistanceRecord assistance,
    AuditTermsRecord audit,
    List<BlankRecord> blanks,
    BreachNotificationRecord breachNotification,
    ConfidentialityRecord confidentiality,
    PartyRecord controller,
    DataSubjectRequestsRecord dataSubjectRequests,
    List<DefinitionRecord> definitions,
    EndOfProcessingRecord endOfProcessing,
    GeneralProvisionsRecord general,
    InstructionsRecord instructions,
    List<AppliedLawRecord> laws,
    LiabilityTermsRecord liability,
    AgreementMetadataRecord metadata,
    List<OtherClauseRecord> otherClauses,
    List<PartyRecord> otherParties,
    PartyRecord processor,
    RetentionTermsRecord retention,
    ProcessingScopeRecord scope,
    SecurityTermsRecord security,
    List<StandardClausesRecord> standardClauses,
    SubProcessingTermsRecord subProcessing,
    TerminationTermsRecord termination,
    TransferTermsRecord transfers) {}
