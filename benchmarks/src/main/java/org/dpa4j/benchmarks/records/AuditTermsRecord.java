package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of AuditTerms in JSON, as a user would write without dpa4j.
 * Generated from the schema.
 */
public record AuditTermsRecord(
    List<ProvisionRecord> additionalTriggers,
    List<String> auditConditions,
    boolean auditRight,
    String auditor,
    List<String> clauses,
    List<ConditionRecord> conditions,
    String costBearer,
    CoverageRecord coverage,
    List<String> excludedAuditors,
    String findings,
    boolean informationOnRequest,
    Integer maxInformationRequestsPerYear,
    Integer maxPerYear,
    List<String> methods,
    boolean noDisruption,
    String notice,
    List<String> noticeContents,
    boolean priorNoticeRequired,
    String quote,
    String recordsKeptFor,
    boolean reportsFirst,
    String scope,
    boolean supervisoryAuthorityAccess,
    String trigger) {}
