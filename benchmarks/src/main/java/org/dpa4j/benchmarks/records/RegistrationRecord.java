package org.dpa4j.benchmarks.records;

/**
 * Baseline: a plain record of the shape of Registration in JSON, as a user would write without
 * dpa4j. Generated from the schema.
 */
public record RegistrationRecord(String country, String number, String scheme) {}
