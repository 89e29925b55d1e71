package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of Condition in JSON, as a user would write without dpa4j.
 * Generated from the schema.
 */
public record ConditionRecord(
    List<String> clauses, String description, String duty, String kind, String quote) {}
