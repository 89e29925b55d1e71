package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of SubProcessingTerms in JSON, as a user would write
 * without dpa4j. Generated from the schema.
 */
public record SubProcessingTermsRecord(
    String authorisation,
    boolean changeNoticeRequired,
    List<String> clauses,
    boolean controllerMayInspectContracts,
    CoverageRecord coverage,
    String flowDown,
    String listDisclosure,
    String noticePeriod,
    String objectionEffect,
    String objectionRight,
    String objectionTerminationNotice,
    String processorLiability,
    boolean processorMayExtendList,
    String quote,
    boolean roleAmbiguity,
    List<SubProcessorRecord> subProcessors,
    boolean subSubProcessorVisibilityDisclaimer,
    String thirdPartyDisclaimer) {}
