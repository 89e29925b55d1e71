package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of BreachNotification in JSON, as a user would write
 * without dpa4j. Generated from the schema.
 */
public record BreachNotificationRecord(
    List<String> clauses,
    List<ConditionRecord> conditions,
    List<String> content,
    List<ProvisionRecord> controllerDuties,
    CoverageRecord coverage,
    DeadlineRecord deadline,
    boolean noAdmissionOfFault,
    boolean phased,
    boolean processorNotifies,
    String quote,
    boolean remediation,
    String suspectedBreaches) {}
