package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of StandardClauses in JSON, as a user would write without
 * dpa4j. Generated from the schema.
 */
public record StandardClausesRecord(
    String annexMapping,
    List<String> clauses,
    boolean dockingClause,
    String exporterJurisdiction,
    String exporterRole,
    String forum,
    String governingLaw,
    String governingLawOption,
    String importerRole,
    boolean incorporatedByReference,
    boolean independentDisputeResolution,
    String instrument,
    List<String> modules,
    String name,
    boolean prevailOverAgreement,
    String quote,
    String subProcessorNoticePeriod,
    String subProcessorOption,
    String supervisoryAuthority) {}
