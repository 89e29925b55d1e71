package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of GeneralProvisions in JSON, as a user would write without
 * dpa4j. Generated from the schema.
 */
public record GeneralProvisionsRecord(
    List<String> clauses,
    List<ConditionRecord> conditions,
    CoverageRecord coverage,
    boolean followsMainAgreement,
    String forum,
    boolean forumExclusive,
    String forumJurisdiction,
    String governingLaw,
    String governingLawJurisdiction,
    List<String> noticeChannels,
    boolean processorCompliesWithLaw,
    String quote,
    boolean severability,
    boolean survival) {}
