package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of ControllerRoleProcessing in JSON, as a user would write
 * without dpa4j. Generated from the schema.
 */
public record ControllerRoleProcessingRecord(
    List<String> clauses,
    List<PersonalDataCategoryRecord> dataCategories,
    List<DataSubjectCategoryRecord> dataSubjectCategories,
    List<String> purposes,
    String quote) {}
