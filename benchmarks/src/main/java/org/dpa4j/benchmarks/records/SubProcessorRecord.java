package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of SubProcessor in JSON, as a user would write without
 * dpa4j. Generated from the schema.
 */
public record SubProcessorRecord(
    AddressRecord address,
    boolean affiliate,
    String category,
    List<String> clauses,
    List<ContactRecord> contacts,
    String contractStatus,
    String country,
    List<String> dataCategories,
    List<String> dataSubjectCategories,
    String duration,
    boolean locationChosenByController,
    String name,
    boolean optional,
    DocumentRefRecord ownSubProcessorList,
    List<String> processingLocations,
    String purpose,
    String quote,
    List<RegistrationRecord> registrations,
    String subjectMatter,
    List<String> transferMechanisms,
    String url) {}
