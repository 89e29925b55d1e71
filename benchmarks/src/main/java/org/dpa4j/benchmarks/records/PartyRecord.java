package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of Party in JSON, as a user would write without dpa4j.
 * Generated from the schema.
 */
public record PartyRecord(
    AddressRecord address,
    List<String> alsoActsAs,
    String bic,
    List<String> clauses,
    List<ContactRecord> contacts,
    String definedTerm,
    String description,
    String iban,
    String kind,
    String legalForm,
    String legalName,
    boolean placeholder,
    AddressRecord postalAddress,
    String quote,
    List<RegistrationRecord> registrations,
    String role,
    List<String> tradeNames,
    String vatNumber,
    String website) {}
