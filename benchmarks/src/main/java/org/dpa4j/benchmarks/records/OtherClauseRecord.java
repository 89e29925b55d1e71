package org.dpa4j.benchmarks.records;

/**
 * Baseline: a plain record of the shape of OtherClause in JSON, as a user would write without
 * dpa4j. Generated from the schema.
 */
public record OtherClauseRecord(String heading, String reference, String text) {}
