package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of EndOfProcessing in JSON, as a user would write without
 * dpa4j. Generated from the schema.
 */
public record EndOfProcessingRecord(
    boolean anonymisationInsteadOfDeletion,
    boolean certification,
    DeadlineRecord certificationDeadline,
    boolean certificationOnRequestOnly,
    List<String> clauses,
    boolean complianceUntilDeletion,
    List<ConditionRecord> conditions,
    boolean copiesCovered,
    boolean costsCharged,
    CoverageRecord coverage,
    DeadlineRecord deadline,
    String disposition,
    boolean legalRetentionException,
    boolean legalRetentionWhereAuthorised,
    String quote,
    String returnFormat) {}
