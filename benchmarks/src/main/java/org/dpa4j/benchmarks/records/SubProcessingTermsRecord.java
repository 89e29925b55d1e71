package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of SubProcessingTerms in JSON, as a user would write
 * without dpa4j. Generated from the schema.
 */
public record SubProcessingTermsRecord(
    String authorisation,
    List<String> changeNoticeContents,
    boolean changeNoticeRequired,
    List<String> clauses,
    List<ConditionRecord> conditions,
    boolean controllerMayInspectContracts,
    CoverageRecord coverage,
    boolean deemedApprovalOnSilence,
    boolean dueDiligence,
    boolean failureNotice,
    String flowDown,
    String listDisclosure,
    DocumentRefRecord listDocument,
    List<String> noticeChannels,
    String noticePeriod,
    String objectionEffect,
    List<String> objectionFinancialTerms,
    String objectionRight,
    String objectionTerminationNotice,
    String objectionWindow,
    String processorLiability,
    boolean processorMayExtendList,
    String quote,
    boolean roleAmbiguity,
    List<SubProcessorRecord> subProcessors,
    boolean subSubProcessorVisibilityDisclaimer,
    boolean subSubProcessorsAllowed,
    String thirdPartyDisclaimer) {}
