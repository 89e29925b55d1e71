package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of Instructions in JSON, as a user would write without
 * dpa4j. Generated from the schema.
 */
public record InstructionsRecord(
    List<String> clauses,
    List<ProvisionRecord> controllerWarranties,
    CoverageRecord coverage,
    boolean documented,
    String infringingInstructionNotice,
    String legalRequirementNotice,
    boolean onlyOnInstructions,
    boolean personnelBound,
    String quote,
    List<ProvisionRecord> responsibilityDisclaimers) {}
