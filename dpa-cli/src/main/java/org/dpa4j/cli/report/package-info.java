/**
 * Report formats for continuous integration, free of the command's own logic so that every command
 * that reports can use them: {@link org.dpa4j.cli.report.Sarif} (SARIF 2.1.0, for GitHub code
 * scanning and other SARIF viewers) and {@link org.dpa4j.cli.report.JUnitXml} (the JUnit XML report
 * that CI servers show as tests).
 */
package org.dpa4j.cli.report;
