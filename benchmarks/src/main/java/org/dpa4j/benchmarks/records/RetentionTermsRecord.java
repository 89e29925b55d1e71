package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of RetentionTerms in JSON, as a user would write without
 * dpa4j. Generated from the schema.
 */
public record RetentionTermsRecord(
    List<String> clauses,
    List<ConditionRecord> conditions,
    CoverageRecord coverage,
    boolean deletionOnRequestCharged,
    String duringTerm,
    List<RetentionPeriodRecord> perCategory,
    String postTermRetention,
    String quote) {}
