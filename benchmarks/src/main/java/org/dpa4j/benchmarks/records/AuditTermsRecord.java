package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of AuditTerms in JSON, as a user would write without dpa4j.
 * Generated from the schema.
 */
public record AuditTermsRecord(
    List<ProvisionRecord> additionalTriggers,
    boolean auditRight,
    String auditor,
    List<String> clauses,
    String costBearer,
    CoverageRecord coverage,
    String findings,
    boolean informationOnRequest,
    Integer maxPerYear,
    boolean noDisruption,
    String notice,
    List<String> noticeContents,
    boolean priorNoticeRequired,
    String quote,
    String scope,
    String trigger) {}
