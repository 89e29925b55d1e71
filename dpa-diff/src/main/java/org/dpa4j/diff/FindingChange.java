package org.dpa4j.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.validation.Finding;
import org.dpa4j.validation.Outcome;
import org.dpa4j.validation.Parameter;
import org.dpa4j.validation.Severity;

/**
 * A finding of the validator that appeared, disappeared, changed severity or changed what it says
 * between two versions of an agreement. The findings of one rule id are paired one to one, closest
 * pointer first (the pointer of the old version moved along with the list elements it points into),
 * then same severity, then same outcome and arguments, so a reordered list or a finding that moves
 * to another element of the same rule gives no difference.
 *
 * <p>Two findings say the same when they have the same outcome ({@link Finding#getOutcome()}, by
 * key) and the same arguments ({@link Finding#getArguments()}; a list argument in any order, and
 * the sub-processors it names ({@link org.dpa4j.validation.Named}) paired as the agreement's list
 * elements are, by registration number and then by name, so a renamed offender with the same
 * registration is the same offender): their texts are never compared, so a message re-worded
 * between releases is no change.
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
   * Returns the arguments of the finding's message that differ between the versions, for a finding
   * found in both with the same outcome: the deadline that went from 48 to 72 hours, the list of
   * offenders that gained one.
   *
   * @return the changed arguments, in the order of the outcome's parameters; empty when the finding
   *     is in one version only, when its outcome changed, or when only its severity changed
   */
  public List<ArgumentChange> getChangedArguments() {
    if (oldFinding.isEmpty() || newFinding.isEmpty() || !sameOutcome(oldFinding, newFinding)) {
      return List.of();
    }
    Map<String, Object> before = oldFinding.get().getArguments();
    Map<String, Object> after = newFinding.get().getArguments();
    Set<String> names = new LinkedHashSet<>(after.keySet());
    names.addAll(before.keySet());
    List<ArgumentChange> changed = new ArrayList<>();
    for (String name : names) {
      Object from = before.get(name);
      Object to = after.get(name);
      if (!ArgumentChange.sameValue(from, to)) {
        changed.add(
            new ArgumentChange(
                name,
                label(name),
                parameter(name),
                Optional.ofNullable(from),
                Optional.ofNullable(to),
                newFinding.get().getPointer()));
      }
    }
    return List.copyOf(changed);
  }

  /**
   * Returns what changed for people, in English and Dutch: the changed arguments ({@code
   * meldtermijn: 48 uur -> 72 uur}), or, when the finding now says something else altogether (its
   * outcome changed), the old message and the new one ({@code old -> new}); for a finding in one
   * version, or one whose severity alone changed, its message.
   *
   * @return the description
   */
  public LocalizedText getMessage() {
    List<ArgumentChange> arguments = getChangedArguments();
    if (!arguments.isEmpty()) {
      List<Object> parts = new ArrayList<>();
      arguments.forEach(a -> parts.add(a.getMessage()));
      return Values.joined(parts, "; ");
    }
    if (oldFinding.isPresent() && newFinding.isPresent() && !sameOutcome(oldFinding, newFinding)) {
      return LocalizedText.of("{0} -> {1}", "{0} -> {1}")
          .format(message(oldFinding.get()), message(newFinding.get()));
    }
    return message(getFinding());
  }

  private static LocalizedText message(Finding finding) {
    return LocalizedText.of(
        finding.getMessage(Locale.ENGLISH), finding.getMessage(LocalizedText.DUTCH));
  }

  /** The parameter of an argument by its name, in either version's outcome. */
  private Optional<Parameter<?>> parameter(String name) {
    for (Optional<Finding> finding : List.of(newFinding, oldFinding)) {
      Optional<Outcome> outcome = finding.flatMap(Finding::getOutcome);
      if (outcome.isPresent()) {
        for (Parameter<?> parameter : outcome.get().getParameters()) {
          if (parameter.getName().equals(name)) {
            return Optional.of(parameter);
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The label of an argument: its parameter's, or this module's for the validator's own names. */
  private LocalizedText label(String name) {
    Optional<Parameter<?>> parameter = parameter(name);
    if (parameter.isPresent()) {
      return parameter.get().getLabel();
    }
    if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
      // A custom rule's positional argument {0}, {1}, ...: counted from 1 for people.
      return LocalizedText.of("{0} {1}", "{0} {1}")
          .format(Labels.get().word("argument"), Integer.parseInt(name) + 1);
    }
    return Labels.get().word("argument." + name);
  }

  /**
   * Tells whether two findings of one rule say the same: the same outcome and arguments equal, a
   * list argument in any order (a reordered list of offenders is the same finding), its elements
   * paired by {@link ArgumentChange#pair} (a renamed offender with the same registration is the
   * same offender).
   */
  static boolean sameFinding(Finding a, Finding b) {
    if (!sameOutcome(Optional.of(a), Optional.of(b))
        || !a.getArguments().keySet().equals(b.getArguments().keySet())) {
      return false;
    }
    return a.getArguments().entrySet().stream()
        .allMatch(e -> ArgumentChange.sameValue(e.getValue(), b.getArguments().get(e.getKey())));
  }

  static boolean sameOutcome(Finding a, Finding b) {
    return sameOutcome(Optional.of(a), Optional.of(b));
  }

  private static boolean sameOutcome(Optional<Finding> a, Optional<Finding> b) {
    return outcomeKey(a).equals(outcomeKey(b));
  }

  private static Optional<String> outcomeKey(Optional<Finding> finding) {
    return finding.flatMap(Finding::getOutcome).map(Outcome::getKey);
  }

  /**
   * Tells whether the new version is worse in this respect: the finding appeared, its severity
   * rose, or (a {@link FindingChangeKind#CHANGED} finding: same rule, outcome and severity) one of
   * its arguments got worse ({@link ArgumentChange#isWorse()}: a list of offenders gained one, a
   * deadline or amount moved the looser way).
   *
   * @return true when worse
   */
  public boolean isWorse() {
    switch (kind) {
      case APPEARED:
        return true;
      case DISAPPEARED:
        return false;
      case CHANGED:
        return getChangedArguments().stream().anyMatch(ArgumentChange::isWorse);
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
