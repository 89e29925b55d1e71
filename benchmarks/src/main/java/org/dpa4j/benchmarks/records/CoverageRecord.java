package org.dpa4j.benchmarks.records;

/**
 * Baseline: a plain record of the shape of Coverage in JSON, as a user would write without dpa4j.
 * Generated from the schema.
 */
public record CoverageRecord(DocumentRefRecord document, String kind) {}
