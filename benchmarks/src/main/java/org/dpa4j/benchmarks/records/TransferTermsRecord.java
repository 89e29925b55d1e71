package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of TransferTerms in JSON, as a user would write without
 * dpa4j. Generated from the schema.
 */
public record TransferTermsRecord(
    List<String> clauses,
    List<ConditionRecord> conditions,
    CoverageRecord coverage,
    List<TransferDestinationRecord> destinations,
    List<String> exemptions,
    boolean hostingChosenByController,
    List<String> hostingLocations,
    List<String> mechanisms,
    String policy,
    boolean processorReportsCountries,
    String quote,
    boolean remoteAccessFromThirdCountry,
    List<ProvisionRecord> safeguards,
    boolean storageGuaranteedInEea,
    boolean storageLocationsOnRequest) {}
