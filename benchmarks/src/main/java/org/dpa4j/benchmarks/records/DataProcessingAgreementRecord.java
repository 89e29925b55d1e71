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
    BreachNotificationRecord breachNotification,
    ConfidentialityRecord confidentiality,
    PartyRecord controller,
    DataSubjectRequestsRecord dataSubjectRequests,
    EndOfProcessingRecord endOfProcessing,
    GeneralProvisionsRecord general,
    InstructionsRecord instructions,
    LiabilityTermsRecord liability,
    AgreementMetadataRecord metadata,
    List<OtherClauseRecord> otherClauses,
    PartyRecord processor,
    RetentionTermsRecord retention,
    ProcessingScopeRecord scope,
    SecurityTermsRecord security,
    SubProcessingTermsRecord subProcessing,
    TerminationTermsRecord termination,
    TransferTermsRecord transfers) {}
