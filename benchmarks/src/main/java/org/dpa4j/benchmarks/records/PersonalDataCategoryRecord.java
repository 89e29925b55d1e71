package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of PersonalDataCategory in JSON, as a user would write
 * without dpa4j. Generated from the schema.
 */
public record PersonalDataCategoryRecord(
    List<String> clauses,
    boolean communicationMetadata,
    boolean contentData,
    boolean criminalOffenceData,
    List<String> dataSubjects,
    String group,
    String name,
    String quote,
    boolean specialCategory,
    boolean trafficOrLocationData) {}
