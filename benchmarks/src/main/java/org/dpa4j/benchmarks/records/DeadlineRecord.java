package org.dpa4j.benchmarks.records;

/**
 * Baseline: a plain record of the shape of Deadline in JSON, as a user would write without dpa4j.
 * Generated from the schema.
 */
public record DeadlineRecord(
    String limit, String qualifier, DocumentRefRecord setBy, String trigger) {}
