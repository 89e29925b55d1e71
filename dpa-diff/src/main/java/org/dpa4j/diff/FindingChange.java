package org.dpa4j.diff;

import java.util.Objects;
import java.util.Optional;
import org.dpa4j.validation.Finding;
import org.dpa4j.validation.Severity;

/**
 * A finding of the validator that appeared, disappeared, changed severity or changed what it says
 * between two versions of an agreement. The findings of one rule id are paired one to one, closest
 * pointer first (the pointer of the old version moved along with the list elements it points into),
 * then same severity, so a reordered list or a finding that moves to another element of the same
 * rule gives no difference.
 */
public final class FindingChange {
  private final FindingChangeKind kind;
  private final Optional<Finding> oldFinding;
  private final Optional<Finding> newFinding;

  FindingChange(
      FindingChangeKind kind, Optional<Finding> oldFinding, Optional<Finding> newFinding) {
    this.kind = kind;
    this.oldFinding = oldFinding;
    this.newFinding = newFinding;
  }

  /**
   * Returns whether the finding appeared, disappeared, changed severity or changed its message.
   *
   * @return the kind
   */
  public FindingChangeKind getKind() {
    return kind;
  }

  /**
   * Returns the rule id of the finding.
   *
   * @return the rule id
   */
  public String getRuleId() {
    return newFinding.or(() -> oldFinding).orElseThrow().getRuleId();
  }

  /**
   * Returns the finding in the old version.
   *
   * @return the finding, or empty when it {@link FindingChangeKind#APPEARED}
   */
  public Optional<Finding> getOldFinding() {
    return oldFinding;
  }

  /**
   * Returns the finding in the new version.
   *
   * @return the finding, or empty when it {@link FindingChangeKind#DISAPPEARED}
   */
  public Optional<Finding> getNewFinding() {
    return newFinding;
  }

  /**
   * Returns the finding of the new version if there is one, else of the old version.
   *
   * @return the finding
   */
  public Finding getFinding() {
    return newFinding.or(() -> oldFinding).orElseThrow();
  }

  /**
   * Tells whether the new version is worse in this respect: the finding appeared, or its severity
   * rose. A {@link FindingChangeKind#CHANGED} finding (same severity, other message) is not worse
   * by itself: which way it cuts is the change of terms behind it, which the classification table
   * judges.
   *
   * @return true when worse
   */
  public boolean isWorse() {
    switch (kind) {
      case APPEARED:
        return true;
      case DISAPPEARED:
        return false;
      default:
        Severity before = oldFinding.orElseThrow().getSeverity();
        Severity after = newFinding.orElseThrow().getSeverity();
        // Severities are declared from most to least serious.
        return after.compareTo(before) < 0;
    }
  }

  /**
   * Returns the same difference seen from the new version to the old one.
   *
   * @return the mirrored difference
   */
  public FindingChange mirror() {
    return new FindingChange(kind.mirror(), newFinding, oldFinding);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof FindingChange)) {
      return false;
    }
    FindingChange that = (FindingChange) other;
    return kind == that.kind
        && oldFinding.equals(that.oldFinding)
        && newFinding.equals(that.newFinding);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, oldFinding, newFinding);
  }

  /** Returns {@code KIND RULE-ID pointer}, with the severities when they changed. */
  @Override
  public String toString() {
    Finding finding = getFinding();
    String severities =
        kind == FindingChangeKind.SEVERITY_CHANGED
            ? " "
                + oldFinding.orElseThrow().getSeverity()
                + " -> "
                + newFinding.orElseThrow().getSeverity()
            : " " + finding.getSeverity();
    return kind.name() + " " + finding.getRuleId() + severities + " " + finding.getPointer();
  }
}
