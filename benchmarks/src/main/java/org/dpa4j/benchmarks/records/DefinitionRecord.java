package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of Definition in JSON, as a user would write without dpa4j.
 * Generated from the schema.
 */
public record DefinitionRecord(List<String> clauses, String meaning, String quote, String term) {}
