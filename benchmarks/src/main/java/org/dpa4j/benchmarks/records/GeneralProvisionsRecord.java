package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of GeneralProvisions in JSON, as a user would write without
 * dpa4j. Generated from the schema.
 */
public record GeneralProvisionsRecord(
    List<String> clauses,
    CoverageRecord coverage,
    String forum,
    boolean forumExclusive,
    String governingLaw,
    String quote,
    boolean severability,
    boolean survival) {}
