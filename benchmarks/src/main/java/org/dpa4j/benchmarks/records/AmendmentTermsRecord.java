package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of AmendmentTerms in JSON, as a user would write without
 * dpa4j. Generated from the schema.
 */
public record AmendmentTermsRecord(
    List<String> clauses,
    List<ConditionRecord> conditions,
    String controllerExitNotice,
    String controllerExitPeriod,
    CoverageRecord coverage,
    boolean deemedConsentUnlessObjection,
    String mode,
    String notice,
    String objectionWindow,
    String quote,
    boolean standardClausesInvariable) {}
