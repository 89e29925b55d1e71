package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of RetentionPeriod in JSON, as a user would write without
 * dpa4j. Generated from the schema.
 */
public record RetentionPeriodRecord(
    List<String> clauses,
    String dataCategory,
    String description,
    String from,
    String period,
    String quote) {}
