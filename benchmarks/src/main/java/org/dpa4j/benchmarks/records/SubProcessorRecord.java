package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of SubProcessor in JSON, as a user would write without
 * dpa4j. Generated from the schema.
 */
public record SubProcessorRecord(
    List<String> clauses,
    String contractStatus,
    String country,
    List<String> dataCategories,
    String name,
    boolean optional,
    String processingRegion,
    String purpose,
    String quote) {}
