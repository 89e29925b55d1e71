package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of AmendmentTerms in JSON, as a user would write without
 * dpa4j. Generated from the schema.
 */
public record AmendmentTermsRecord(
    List<String> clauses,
    String controllerExitNotice,
    String controllerExitPeriod,
    CoverageRecord coverage,
    String mode,
    String notice,
    String quote) {}
