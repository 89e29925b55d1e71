package org.dpa4j.diff;

import java.util.ArrayList;
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
 * for (Change c : diff.getChanges()) {
 *   System.out.println(c.getClassification() + " " + c.getPointer() + ": " + c.getMessage(locale));
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
   * Matches findings by rule id and pointer, the old pointers moved with their list elements: first
   * the findings that are the same in both (severity and message too), then the rest in order, so
   * that a pair of findings is the same whichever version comes first.
   */
  private static List<FindingChange> findings(
      List<Finding> before, List<Finding> after, Map<String, Optional<String>> moved) {
    int[] partner = new int[before.size()];
    java.util.Arrays.fill(partner, -1);
    boolean[] taken = new boolean[after.size()];
    for (boolean exact : new boolean[] {true, false}) {
      for (int i = 0; i < before.size(); i++) {
        if (partner[i] >= 0) {
          continue;
        }
        Finding old = before.get(i);
        Optional<String> pointer = translate(old.getPointer(), moved);
        for (int j = 0; j < after.size(); j++) {
          Finding candidate = after.get(j);
          if (!taken[j]
              && candidate.getRuleId().equals(old.getRuleId())
              && pointer.isPresent()
              && candidate.getPointer().equals(pointer.get())
              && (!exact
                  || (candidate.getSeverity() == old.getSeverity()
                      && candidate.getMessage().equals(old.getMessage())))) {
            partner[i] = j;
            taken[j] = true;
            break;
          }
        }
      }
    }
    List<FindingChange> result = new ArrayList<>();
    for (int i = 0; i < before.size(); i++) {
      Finding old = before.get(i);
      if (partner[i] < 0) {
        result.add(
            new FindingChange(FindingChangeKind.DISAPPEARED, Optional.of(old), Optional.empty()));
      } else if (after.get(partner[i]).getSeverity() != old.getSeverity()) {
        result.add(
            new FindingChange(
                FindingChangeKind.SEVERITY_CHANGED,
                Optional.of(old),
                Optional.of(after.get(partner[i]))));
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

  /**
   * Moves an old pointer along with the deepest list element it points into; empty when that
   * element is not in the new version, so that no finding there can match.
   */
  private static Optional<String> translate(String pointer, Map<String, Optional<String>> moved) {
    for (int end = pointer.length(); end > 0; end = pointer.lastIndexOf('/', end - 1)) {
      Optional<String> to = moved.get(pointer.substring(0, end));
      if (to != null) {
        String rest = pointer.substring(end);
        return to.map(p -> p + rest);
      }
    }
    return Optional.of(pointer);
  }

  @Override
  public String toString() {
    return "DpaDiff[" + validator + "]";
  }
}
