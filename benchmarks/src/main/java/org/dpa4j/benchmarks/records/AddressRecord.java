package org.dpa4j.benchmarks.records;

/**
 * Baseline: a plain record of the shape of Address in JSON, as a user would write without dpa4j.
 * Generated from the schema.
 */
public record AddressRecord(
    String city, String country, String postbox, String postcode, String region, String street) {}
