package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of LiabilityTerms in JSON, as a user would write without
 * dpa4j. Generated from the schema.
 */
public record LiabilityTermsRecord(
    List<LiabilityCapRecord> caps,
    String claimBar,
    List<String> clauses,
    List<ProvisionRecord> controllerIndemnities,
    CoverageRecord coverage,
    boolean dataLossExcluded,
    boolean directDamageDefined,
    boolean excludedEntirely,
    String finesClause,
    List<ProvisionRecord> finesConditions,
    boolean indirectDamageExcluded,
    boolean intentCarveOut,
    boolean noticeOfDefaultRequired,
    String quote) {}
