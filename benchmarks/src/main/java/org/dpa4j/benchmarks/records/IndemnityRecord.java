package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of Indemnity in JSON, as a user would write without dpa4j.
 * Generated from the schema.
 */
public record IndemnityRecord(List<String> clauses, String indemnitor, String quote, String text) {}
