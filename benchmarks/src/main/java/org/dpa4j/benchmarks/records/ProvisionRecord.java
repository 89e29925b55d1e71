package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of Provision in JSON, as a user would write without dpa4j.
 * Generated from the schema.
 */
public record ProvisionRecord(List<String> clauses, String quote, String text) {}
