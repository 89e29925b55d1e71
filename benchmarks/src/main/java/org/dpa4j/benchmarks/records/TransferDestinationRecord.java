package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of TransferDestination in JSON, as a user would write
 * without dpa4j. Generated from the schema.
 */
public record TransferDestinationRecord(
    List<String> clauses,
    String country,
    List<String> mechanisms,
    String quote,
    String recipient) {}
