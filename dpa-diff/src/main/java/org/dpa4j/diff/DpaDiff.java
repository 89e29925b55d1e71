package org.dpa4j.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.validation.DpaValidator;
import org.dpa4j.validation.Finding;

/**
 * Compares two versions of an agreement term by term, and their findings.
 *
 * <pre>{@code
 * AgreementDiff diff = DpaDiff.create().compare(oldVersion, newVersion);
 * List<String> lines = new ArrayList<>();
 * for (Change c : diff.getChanges()) {
 *   lines.add(c.getClassification() + " " + c.getPointer() + ": " + c.getMessage(locale));
 * }
 * diff.isLooser(); // a looser term, or a finding that appeared or got more severe
 * }</pre>
 *
 * <p>Every attribute of the model is compared; how a change bears on the processor comes from one
 * table per attribute ({@code classification.properties} in this package), as do the identities by
 * which list elements are matched (a sub-processor by its name), so a reordered list is no change.
 * Immutable and thread-safe.
 */
public final class DpaDiff {
  private final DpaValidator validator;

  private DpaDiff(DpaValidator validator) {
    this.validator = validator;
  }

  /**
   * Returns a diff that compares findings with {@link DpaValidator#create()}.
   *
   * @return the diff
   */
  public static DpaDiff create() {
    return new DpaDiff(DpaValidator.create());
  }

  /**
   * Returns a diff that compares the findings of the given validator (its policy, locale and custom
   * rules).
   *
   * @param validator the validator run on both versions
   * @return the diff
   */
  public static DpaDiff withValidator(DpaValidator validator) {
    return new DpaDiff(Objects.requireNonNull(validator, "validator"));
  }

  /**
   * Compares two versions: the changed terms and the findings delta.
   *
   * @param oldVersion the old version, or the baseline (a model agreement, a template)
   * @param newVersion the new version
   * @return the differences; empty when the versions are equal
   */
  public AgreementDiff compare(
      DataProcessingAgreement oldVersion, DataProcessingAgreement newVersion) {
    Objects.requireNonNull(oldVersion, "oldVersion");
    Objects.requireNonNull(newVersion, "newVersion");
    Walker walker = new Walker();
    walker.compare(oldVersion, newVersion);
    List<FindingChange> findings =
        findings(
            validator.validate(oldVersion).getFindings(),
            validator.validate(newVersion).getFindings(),
            walker.moved());
    return new AgreementDiff(walker.changes(), findings);
  }

  /**
   * Compares only the terms, without running the validator.
   *
   * @param oldVersion the old version
   * @param newVersion the new version
   * @return the changes of the terms
   */
  public static List<Change> compareTerms(
      DataProcessingAgreement oldVersion, DataProcessingAgreement newVersion) {
    Walker walker = new Walker();
    walker.compare(Objects.requireNonNull(oldVersion), Objects.requireNonNull(newVersion));
    return List.copyOf(walker.changes());
  }

  /**
   * Pairs the findings of one rule id between the versions, one to one: the old pointer is first
   * moved along with the list elements it points into (into a removed element: to the list), then
   * the pairs are taken closest pointer first, then same severity, then same outcome and arguments,
   * so that a finding that moved (to the next offending sub-processor, from {@code
   * /audit/maxPerYear} to {@code /audit}) stays one finding. A pair is no difference when severity,
   * outcome and arguments agree (a list of the same offenders in another order agrees; the texts
   * are never compared), a severity change when the severities differ, and a changed finding
   * otherwise. A pair of two outcomes (the finding now says something else, "destinations not
   * named" for "no mechanism") keeps both: each side has its own outcome and message, and every
   * format of the command shows both. Distances and the order of ties do not depend on which
   * version comes first, so the result of the other order is the mirror image.
   */
  static List<FindingChange> findings(
      List<Finding> before, List<Finding> after, Map<String, Optional<String>> moved) {
    List<long[]> candidates = new ArrayList<>();
    for (int i = 0; i < before.size(); i++) {
      Finding old = before.get(i);
      String[] from = segments(translate(old.getPointer(), moved));
      for (int j = 0; j < after.size(); j++) {
        Finding now = after.get(j);
        if (now.getRuleId().equals(old.getRuleId())) {
          long distance = distance(from, segments(now.getPointer()));
          long severity = now.getSeverity() == old.getSeverity() ? 0 : 1;
          long same = FindingChange.sameFinding(old, now) ? 0 : 1;
          candidates.add(new long[] {distance, severity, same, Math.min(i, j), i, j});
        }
      }
    }
    candidates.sort(
        Comparator.<long[]>comparingLong(c -> c[0])
            .thenComparingLong(c -> c[1])
            .thenComparingLong(c -> c[2])
            .thenComparingLong(c -> c[3])
            .thenComparingLong(c -> c[4] + c[5]));
    int[] partner = new int[before.size()];
    Arrays.fill(partner, -1);
    boolean[] taken = new boolean[after.size()];
    for (long[] c : candidates) {
      int i = (int) c[4];
      int j = (int) c[5];
      if (partner[i] < 0 && !taken[j]) {
        partner[i] = j;
        taken[j] = true;
      }
    }
    List<FindingChange> result = new ArrayList<>();
    for (int i = 0; i < before.size(); i++) {
      Finding old = before.get(i);
      if (partner[i] < 0) {
        result.add(
            new FindingChange(FindingChangeKind.DISAPPEARED, Optional.of(old), Optional.empty()));
        continue;
      }
      Finding now = after.get(partner[i]);
      if (now.getSeverity() != old.getSeverity()) {
        result.add(
            new FindingChange(
                FindingChangeKind.SEVERITY_CHANGED, Optional.of(old), Optional.of(now)));
      } else if (!FindingChange.sameFinding(old, now)) {
        result.add(
            new FindingChange(FindingChangeKind.CHANGED, Optional.of(old), Optional.of(now)));
      }
    }
    for (int j = 0; j < after.size(); j++) {
      if (!taken[j]) {
        result.add(
            new FindingChange(
                FindingChangeKind.APPEARED, Optional.empty(), Optional.of(after.get(j))));
      }
    }
    return result;
  }

  private static String[] segments(String pointer) {
    return pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
  }

  /** The number of pointer segments not in the common prefix of both. */
  private static long distance(String[] a, String[] b) {
    int common = 0;
    while (common < a.length && common < b.length && a[common].equals(b[common])) {
      common++;
    }
    return (long) a.length + b.length - 2L * common;
  }

  /**
   * Moves an old pointer along with the deepest list element it points into; a pointer into an
   * element that the new version does not have moves to the list (moved in turn).
   */
  private static String translate(String pointer, Map<String, Optional<String>> moved) {
    for (int end = pointer.length(); end > 0; end = pointer.lastIndexOf('/', end - 1)) {
      String prefix = pointer.substring(0, end);
      Optional<String> to = moved.get(prefix);
      if (to != null) {
        String rest = pointer.substring(end);
        return to.isPresent()
            ? to.get() + rest
            : translate(prefix.substring(0, prefix.lastIndexOf('/')), moved);
      }
    }
    return pointer;
  }

  @Override
  public String toString() {
    return "DpaDiff[" + validator + "]";
  }
}
