package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of AppliedLaw in JSON, as a user would write without dpa4j.
 * Generated from the schema.
 */
public record AppliedLawRecord(
    List<String> clauses,
    boolean complianceCertification,
    String jurisdiction,
    String law,
    String name,
    String processorRole,
    String quote) {}
