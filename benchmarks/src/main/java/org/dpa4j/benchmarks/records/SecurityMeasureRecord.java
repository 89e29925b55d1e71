package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of SecurityMeasure in JSON, as a user would write without
 * dpa4j. Generated from the schema.
 */
public record SecurityMeasureRecord(
    String category, List<String> clauses, String description, boolean qualified, String quote) {}
