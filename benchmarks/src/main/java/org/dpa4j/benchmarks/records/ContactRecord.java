package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of Contact in JSON, as a user would write without dpa4j.
 * Generated from the schema.
 */
public record ContactRecord(
    List<String> clauses,
    List<String> emails,
    List<String> faxes,
    String kind,
    String name,
    List<String> phones,
    String position,
    String quote) {}
