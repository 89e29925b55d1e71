package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of ProcessorOwnUse in JSON, as a user would write without
 * dpa4j. Generated from the schema.
 */
public record ProcessorOwnUseRecord(
    List<String> clauses,
    List<String> conditions,
    String modelTraining,
    String policy,
    List<String> purposes,
    String quote) {}
