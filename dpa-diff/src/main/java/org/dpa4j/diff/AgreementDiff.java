package org.dpa4j.diff;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The differences between two versions of an agreement: the changed terms, and the findings that
 * appeared, disappeared or changed severity. Immutable.
 */
public final class AgreementDiff {
  private final List<Change> changes;
  private final List<FindingChange> findingChanges;

  AgreementDiff(List<Change> changes, List<FindingChange> findingChanges) {
    this.changes = List.copyOf(changes);
    this.findingChanges = List.copyOf(findingChanges);
  }

  /**
   * Returns the changed terms, in the canonical order of the model's attributes; within a list, the
   * removed elements, then the changes inside matched elements, then the added elements.
   *
   * @return the changes; empty when the terms are the same
   */
  public List<Change> getChanges() {
    return changes;
  }

  /**
   * Returns the changes of one classification.
   *
   * @param classification stricter, looser, neutral or unknown
   * @return those changes, in order
   */
  public List<Change> getChanges(Classification classification) {
    return changes.stream()
        .filter(c -> c.getClassification() == classification)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the findings that appeared, disappeared or changed severity: disappeared and changed in
   * the order of the old report, then appeared in the order of the new one.
   *
   * @return the finding changes; empty when both versions have the same findings
   */
  public List<FindingChange> getFindingChanges() {
    return findingChanges;
  }

  /**
   * Tells whether nothing changed: no term and no finding.
   *
   * @return true when the versions do not differ
   */
  public boolean isEmpty() {
    return changes.isEmpty() && findingChanges.isEmpty();
  }

  /**
   * Tells whether the new version is looser for the processor anywhere: a change classified looser,
   * or a finding that is worse ({@link FindingChange#isWorse()}: it appeared, its severity rose, or
   * an argument got worse, such as one more offender). Unknown changes do not count; use {@link
   * #isEmpty()} to catch every change.
   *
   * @return true when something got looser or worse
   */
  public boolean isLooser() {
    return changes.stream().anyMatch(c -> c.getClassification() == Classification.LOOSER)
        || findingChanges.stream().anyMatch(FindingChange::isWorse);
  }

  /**
   * Returns the same differences seen from the new version to the old one.
   *
   * @return the mirrored diff
   */
  public AgreementDiff mirror() {
    return new AgreementDiff(
        changes.stream().map(Change::mirror).collect(Collectors.toList()),
        findingChanges.stream().map(FindingChange::mirror).collect(Collectors.toList()));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AgreementDiff
        && changes.equals(((AgreementDiff) other).changes)
        && findingChanges.equals(((AgreementDiff) other).findingChanges);
  }

  @Override
  public int hashCode() {
    return Objects.hash(changes, findingChanges);
  }

  /** Returns the number of changes and finding changes. */
  @Override
  public String toString() {
    return "AgreementDiff[changes=" + changes.size() + ", findings=" + findingChanges.size() + "]";
  }
}
