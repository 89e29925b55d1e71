package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of AgreementDate in JSON, as a user would write without
 * dpa4j. Generated from the schema.
 */
public record AgreementDateRecord(List<String> clauses, String date, String kind, String quote) {}
