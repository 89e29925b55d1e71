package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of DataSubjectCategory in JSON, as a user would write
 * without dpa4j. Generated from the schema.
 */
public record DataSubjectCategoryRecord(
    List<String> clauses, boolean includesChildren, String kind, String name, String quote) {}
