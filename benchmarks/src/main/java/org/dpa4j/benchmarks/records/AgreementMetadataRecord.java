package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of AgreementMetadata in JSON, as a user would write without
 * dpa4j. Generated from the schema.
 */
public record AgreementMetadataRecord(
    boolean annexesIntegral,
    List<DocumentRefRecord> basedOn,
    List<String> clauses,
    List<AgreementDateRecord> dates,
    String documentKind,
    List<String> draftingNotes,
    String formation,
    String language,
    String licence,
    boolean mainAgreementProtectionKept,
    boolean partOfMainAgreement,
    String precedenceOverGeneralTerms,
    String precedenceOverMainAgreement,
    String quote,
    String reference,
    boolean rejectsControllerTerms,
    List<DocumentRefRecord> replaces,
    String title,
    String version) {}
