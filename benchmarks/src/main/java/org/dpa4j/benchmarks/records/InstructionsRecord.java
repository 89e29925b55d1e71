package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of Instructions in JSON, as a user would write without
 * dpa4j. Generated from the schema.
 */
public record InstructionsRecord(
    boolean agreementIsInstruction,
    List<String> clauses,
    List<ConditionRecord> conditions,
    List<ProvisionRecord> controllerWarranties,
    CoverageRecord coverage,
    boolean documented,
    boolean inabilityToComplyNotice,
    String infringingInstructionNotice,
    boolean laterInstructionsAllowed,
    String legalRequirementNotice,
    boolean onlyOnInstructions,
    boolean personnelBound,
    String quote,
    List<ProvisionRecord> responsibilityDisclaimers) {}
