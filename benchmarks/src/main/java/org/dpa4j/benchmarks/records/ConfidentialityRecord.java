package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of Confidentiality in JSON, as a user would write without
 * dpa4j. Generated from the schema.
 */
public record ConfidentialityRecord(
    List<String> clauses,
    List<ConditionRecord> conditions,
    CoverageRecord coverage,
    boolean discretionaryDisclosureException,
    boolean legalObligationException,
    boolean mutualBusinessConfidentiality,
    String personnel,
    boolean processorResponsibleForPersonnel,
    String quote) {}
