package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of LiabilityCap in JSON, as a user would write without
 * dpa4j. Generated from the schema.
 */
public record LiabilityCapRecord(
    String amount,
    String basis,
    List<String> clauses,
    DocumentRefRecord document,
    boolean fallback,
    Integer feeMonths,
    String kind,
    String liableParty,
    String matters,
    String quote) {}
