package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of LiabilityTerms in JSON, as a user would write without
 * dpa4j. Generated from the schema.
 */
public record LiabilityTermsRecord(
    String capCombination,
    List<LiabilityCapRecord> caps,
    String claimBar,
    boolean claimantsLimitedToParties,
    List<String> clauses,
    List<ConditionRecord> conditions,
    CoverageRecord coverage,
    boolean directDamageDefined,
    List<String> excludedDamages,
    boolean excludedEntirely,
    String finesClause,
    List<ProvisionRecord> finesConditions,
    List<IndemnityRecord> indemnities,
    boolean intentCarveOut,
    boolean noticeOfDefaultRequired,
    String quote) {}
