package org.dpa4j.validation;

import java.util.Optional;
import org.dpa4j.model.DataProcessingAgreement;

/**
 * A check of an agreement: the service-provider interface for an organisation's own rules.
 *
 * <p>Register an implementation with {@link DpaValidator.Builder#addRule(DpaRule)}, or list it in
 * {@code META-INF/services/org.dpa4j.validation.DpaRule} (or {@code provides} it in your {@code
 * module-info}) to have {@link DpaValidator#create()} find it. A rule reports at most one finding
 * per agreement, at its highest applicable severity; it must be thread-safe and must not throw for
 * any valid agreement.
 */
public interface DpaRule extends RuleDefinition {

  /**
   * Checks an agreement.
   *
   * @param agreement the agreement
   * @param policy the thresholds in force
   * @return the finding, or empty when the rule passes or does not apply
   */
  Optional<RuleResult> evaluate(DataProcessingAgreement agreement, Policy policy);
}
