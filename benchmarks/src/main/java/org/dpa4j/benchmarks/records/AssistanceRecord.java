package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of Assistance in JSON, as a user would write without dpa4j.
 * Generated from the schema.
 */
public record AssistanceRecord(
    String breachNotification,
    List<String> clauses,
    List<ConditionRecord> conditions,
    boolean costsToController,
    CoverageRecord coverage,
    String dpia,
    boolean inaccurateDataNotice,
    String priorConsultation,
    String quote,
    String security) {}
