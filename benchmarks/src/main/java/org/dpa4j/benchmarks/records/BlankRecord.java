package org.dpa4j.benchmarks.records;

import java.util.List;

/**
 * Baseline: a plain record of the shape of Blank in JSON, as a user would write without dpa4j.
 * Generated from the schema.
 */
public record BlankRecord(
    List<String> clauses,
    String kind,
    List<String> options,
    String placeholder,
    String pointer,
    String quote) {}
