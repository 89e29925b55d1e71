package org.dpa4j.examples;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.value.Deadline;
import org.dpa4j.model.value.TimeLimit;
import org.dpa4j.validation.DpaRule;
import org.dpa4j.validation.Policy;
import org.dpa4j.validation.RuleResult;
import org.dpa4j.validation.Severity;

/**
 * An organisation's own rule: its procurement policy wants breach notices within 24 hours. It is
 * registered in {@code META-INF/services/org.dpa4j.validation.DpaRule}, so {@code
 * DpaValidator.create()} runs it next to the catalogue.
 */
public final class BreachWithin24HoursRule implements DpaRule {

  /** Creates the rule; {@link java.util.ServiceLoader} calls this. */
  public BreachWithin24HoursRule() {}

  @Override
  public String getId() {
    return "ACME-BREACH-24H";
  }

  @Override
  public String getLegalBasis() {
    return "ACME procurement policy, section 7 (stricter than GDPR 33(2))";
  }

  @Override
  public String getRequirement() {
    return "The processor notifies breaches within 24 hours.";
  }

  @Override
  public Severity getDefaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public Set<Severity> getSeverities() {
    return Set.of(Severity.WARNING);
  }

  @Override
  public LocalizedText getMessage(Severity severity) {
    return LocalizedText.of(
        "Breach notice is not promised within 24 hours ({0}).",
        "Melding van datalekken is niet binnen 24 uur toegezegd ({0}).");
  }

  @Override
  public Optional<RuleResult> evaluate(DataProcessingAgreement agreement, Policy policy) {
    Optional<TimeLimit> limit =
        agreement.getBreachNotification().getDeadline().flatMap(Deadline::getLimit);
    boolean within24 =
        limit.isPresent() && limit.get().toNominalDuration().compareTo(Duration.ofHours(24)) <= 0;
    return within24
        ? Optional.empty()
        : Optional.of(
            RuleResult.of(
                Severity.WARNING,
                "/breachNotification/deadline",
                agreement.getBreachNotification().getClauses(),
                limit.map(TimeLimit::toString).orElse("no limit")));
  }
}
