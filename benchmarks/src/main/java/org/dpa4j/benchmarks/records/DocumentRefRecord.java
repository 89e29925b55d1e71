package org.dpa4j.benchmarks.records;

/**
 * Baseline: a plain record of the shape of DocumentRef in JSON, as a user would write without
 * dpa4j. Generated from the schema.
 */
public record DocumentRefRecord(
    String date, String kind, String publisher, String title, String url, String version) {}
