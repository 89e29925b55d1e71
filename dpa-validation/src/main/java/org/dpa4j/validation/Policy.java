package org.dpa4j.validation;

import java.util.Map;
import java.util.Set;
import org.dpa4j.model.value.CountryCode;
import org.dpa4j.model.value.Money;
import org.immutables.value.Value;

/**
 * The thresholds and choices a validation applies, with documented defaults (the rule catalogue's
 * §3): rules can be switched off or re-graded by id.
 *
 * <pre>{@code
 * Policy strict = Policy.builder()
 *     .breachWarnAtOrAboveHours(48)
 *     .putSeverityOverrides("GDPR-28.3.a-LEGAL-REQUIREMENT-NOTICE", Severity.WARNING)
 *     .addDisabledRules("META-VERSION-DATE")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Policy implements WithPolicy {

  Policy() {}

  /**
   * Returns the breach notice, in hours, at or above which the deadline leaves the controller no
   * margin within its own 72 hours (WARNING).
   *
   * @return the hours; 72 unless set
   */
  @Value.Default
  public int getBreachWarnAtOrAboveHours() {
    return 72;
  }

  /**
   * Returns the breach notice, in hours, above which a shorter deadline is suggested (INFO). It
   * must not be above {@link #getBreachWarnAtOrAboveHours()}; equal to it, the INFO is off.
   *
   * @return the hours; 24 unless set
   */
  @Value.Default
  public int getBreachInfoAboveHours() {
    return 24;
  }

  /**
   * Returns the longest deletion or return deadline after the end, in days, before a WARNING.
   *
   * @return the days; 90 unless set
   */
  @Value.Default
  public int getDeletionMaxDays() {
    return 90;
  }

  /**
   * Returns the lowest fixed liability cap that is not reported as low. It must be in euros and not
   * negative: caps are compared only with a minimum in their own currency, so a minimum in another
   * currency would switch the check off.
   *
   * @return the amount; EUR 100000 unless set
   */
  @Value.Default
  public Money getLiabilityMinCap() {
    return Money.euros("100000");
  }

  /**
   * Returns the fewest months of fees a liability cap in fees may cover before it is reported as
   * low.
   *
   * @return the months; 12 unless set
   */
  @Value.Default
  public int getLiabilityMinCapFeeMonths() {
    return 12;
  }

  /**
   * Returns the longest audit notice, in days, that is not reported.
   *
   * @return the days; 30 unless set
   */
  @Value.Default
  public int getAuditMaxNoticeDays() {
    return 30;
  }

  /**
   * Returns the countries and groups that, besides the EEA, are not a third country for the
   * transfer rules (for example countries with an adequacy decision your organisation relies on).
   *
   * @return the extra areas; empty unless set
   */
  public abstract Set<CountryCode> getAllowedTransferAreas();

  /**
   * Returns the ids of rules that are switched off.
   *
   * @return the rule ids
   */
  public abstract Set<String> getDisabledRules();

  /**
   * Returns severities that replace a rule's own, by rule id.
   *
   * @return the overrides
   */
  public abstract Map<String, Severity> getSeverityOverrides();

  /**
   * Returns the default policy.
   *
   * @return the defaults of the rule catalogue
   */
  public static Policy defaults() {
    return builder().build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutablePolicy.Builder builder() {
    return ImmutablePolicy.builder();
  }

  /**
   * Tells whether a country lies within the EEA or the allowed areas.
   *
   * @param country the country or group
   * @return true when it is not a third country under this policy
   */
  public boolean isAllowedTransferDestination(CountryCode country) {
    return country.isWithin(CountryCode.EEA)
        || getAllowedTransferAreas().stream().anyMatch(country::isWithin);
  }

  @Value.Check
  void check() {
    if (getBreachInfoAboveHours() < 0
        || getBreachWarnAtOrAboveHours() < 0
        || getDeletionMaxDays() < 0
        || getLiabilityMinCapFeeMonths() < 0
        || getAuditMaxNoticeDays() < 0
        || getLiabilityMinCap().getAmount().signum() < 0) {
      throw new IllegalArgumentException("policy thresholds must not be negative");
    }
    if (getBreachInfoAboveHours() > getBreachWarnAtOrAboveHours()) {
      // No deadline could get the INFO; equal thresholds switch the INFO off on purpose.
      throw new IllegalArgumentException(
          "breachInfoAboveHours must not be above breachWarnAtOrAboveHours");
    }
    if (!getLiabilityMinCap().getCurrency().getCurrencyCode().equals("EUR")) {
      // Caps are compared only with a minimum in their own currency: another currency would
      // silently switch the check off for caps in euros.
      throw new IllegalArgumentException("liabilityMinCap must be in EUR");
    }
  }
}
