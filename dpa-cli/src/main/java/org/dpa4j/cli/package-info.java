/**
 * The {@code dpa} command: validate agreements and print reports, format canonical JSON, print the
 * JSON Schema, explain a rule. {@link org.dpa4j.cli.Main} is the entry point.
 */
package org.dpa4j.cli;
