package org.dpa4j.validation;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The findings of validating one agreement, in a fixed order: by severity (errors first), then by
 * rule (structural checks, catalogue number, custom rules after), then by pointer. A report keeps
 * at most {@link DpaValidator.Builder#maxFindings(int) maxFindings} findings and counts the rest
 * ({@link #getOmittedCount()}); every count and test here is over the findings kept. Immutable.
 */
public final class ValidationReport {
  private final List<Finding> findings;
  private final int omitted;

  ValidationReport(List<Finding> findings, int omitted) {
    this.findings = List.copyOf(findings);
    this.omitted = omitted;
  }

  /**
   * Returns how many findings were left out of this report: those after the first {@link
   * DpaValidator.Builder#maxFindings(int) maxFindings} in report order.
   *
   * @return the number left out; 0 when the report is complete
   */
  public int getOmittedCount() {
    return omitted;
  }

  /**
   * Returns every finding, in report order.
   *
   * @return the findings
   */
  public List<Finding> getFindings() {
    return findings;
  }

  /**
   * Returns the findings of one severity, in report order.
   *
   * @param severity the severity
   * @return the findings
   */
  public List<Finding> getFindings(Severity severity) {
    return findings.stream().filter(f -> f.getSeverity() == severity).collect(Collectors.toList());
  }

  /**
   * Returns the ids of the rules that reported at a severity.
   *
   * @param severity the severity
   * @return the rule ids
   */
  public Set<String> getRuleIds(Severity severity) {
    return findings.stream()
        .filter(f -> f.getSeverity() == severity)
        .map(Finding::getRuleId)
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  /**
   * Counts the findings of a severity.
   *
   * @param severity the severity
   * @return the count
   */
  public int count(Severity severity) {
    return (int) findings.stream().filter(f -> f.getSeverity() == severity).count();
  }

  /**
   * Tells whether any finding is at least as serious as a severity.
   *
   * @param severity the threshold
   * @return true when a finding reaches it
   */
  public boolean hasFindingsAtOrAbove(Severity severity) {
    return findings.stream().anyMatch(f -> f.getSeverity().compareTo(severity) <= 0);
  }

  /**
   * Tells whether there are errors.
   *
   * @return true when a finding is an {@link Severity#ERROR}
   */
  public boolean hasErrors() {
    return hasFindingsAtOrAbove(Severity.ERROR);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ValidationReport
        && findings.equals(((ValidationReport) other).findings)
        && omitted == ((ValidationReport) other).omitted;
  }

  @Override
  public int hashCode() {
    return findings.hashCode() * 31 + omitted;
  }

  /** Returns the counts per severity. */
  @Override
  public String toString() {
    return "ValidationReport[errors="
        + count(Severity.ERROR)
        + ", warnings="
        + count(Severity.WARNING)
        + ", infos="
        + count(Severity.INFO)
        + (omitted > 0 ? ", omitted=" + omitted : "")
        + "]";
  }
}
