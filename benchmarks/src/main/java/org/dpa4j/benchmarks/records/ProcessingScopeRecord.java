package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of ProcessingScope in JSON, as a user would write without
 * dpa4j. Generated from the schema.
 */
public record ProcessingScopeRecord(
    List<String> clauses,
    List<ConditionRecord> conditions,
    ControllerRoleProcessingRecord controllerRoleProcessing,
    CoverageRecord coverage,
    boolean dataListExhaustive,
    boolean dataOwnedByController,
    List<DataSubjectCategoryRecord> dataSubjectCategories,
    List<ProvisionRecord> declaredExclusions,
    String duration,
    String fixedDuration,
    String frequency,
    String nature,
    List<PersonalDataCategoryRecord> personalDataCategories,
    ProcessorOwnUseRecord processorOwnUse,
    String purposeExtension,
    List<String> purposes,
    String quote,
    List<String> services,
    String specialCategories,
    List<String> specialCategorySafeguards,
    String subjectMatter) {}
