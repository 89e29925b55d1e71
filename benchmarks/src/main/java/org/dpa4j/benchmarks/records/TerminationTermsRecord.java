package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of TerminationTerms in JSON, as a user would write without
 * dpa4j. Generated from the schema.
 */
public record TerminationTermsRecord(
    String agreementDuration,
    List<String> clauses,
    List<ConditionRecord> conditions,
    boolean controllerSuspendRight,
    boolean controllerTerminateForBreach,
    CoverageRecord coverage,
    List<ProvisionRecord> otherTerminationRights,
    String quote) {}
