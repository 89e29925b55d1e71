package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of SecurityTerms in JSON, as a user would write without
 * dpa4j. Generated from the schema.
 */
public record SecurityTermsRecord(
    List<String> certifications,
    List<String> clauses,
    String commitment,
    List<ConditionRecord> conditions,
    boolean controllerAcknowledgesAdequacy,
    CoverageRecord coverage,
    boolean effectivenessDisclaimer,
    List<ProvisionRecord> exclusions,
    List<String> frameworks,
    List<SecurityMeasureRecord> measures,
    DocumentRefRecord measuresDocument,
    boolean measuresExhaustive,
    boolean processorMayChangeUnilaterally,
    boolean processorMayRefuseRequestedMeasures,
    String quote,
    boolean requestedMeasuresCharged,
    boolean riskFactorsReferenced,
    String standard) {}
