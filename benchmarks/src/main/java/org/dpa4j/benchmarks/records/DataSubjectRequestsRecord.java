package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of DataSubjectRequests in JSON, as a user would write
 * without dpa4j. Generated from the schema.
 */
public record DataSubjectRequestsRecord(
    List<String> clauses,
    List<ConditionRecord> conditions,
    boolean costsToController,
    CoverageRecord coverage,
    DeadlineRecord deadline,
    boolean forwardsRequests,
    String mode,
    boolean processorMayInformSubject,
    String quote,
    boolean respondsOnlyOnInstruction,
    List<String> rights) {}
