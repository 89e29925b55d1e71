package org.dpa4j.validation;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
   * <p>73 by default: a processor's deadline of 72 hours is no WARNING, since the controller is
   * "aware" of a breach only once the processor informs it (EDPB Guidelines 9/2022); set 72 for a
   * margin within the controller's own 72 hours.
   *
   * @return the hours; 73 unless set
   */
  @Value.Default
  public int getBreachWarnAtOrAboveHours() {
    return 73;
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
   * Returns the lowest fixed liability cap in euros that is not reported as low. It must be in
   * euros and not negative: caps are compared only with a minimum in their own currency; minimums
   * in other currencies are {@link #getForeignLiabilityMinCaps()}.
   *
   * @return the amount; EUR 100000 unless set
   */
  @Value.Default
  public Money getLiabilityMinCap() {
    return Money.euros("100000");
  }

  /**
   * Returns minimum liability caps in currencies other than the euro, at most one per currency: a
   * cap in such a currency is compared with its minimum; a cap in a currency that has no minimum is
   * reported as not comparable. There is no exchange rate: each minimum is the policy's own choice.
   *
   * @return the minimums, such as {@code USD 110000}; empty unless set
   */
  public abstract List<Money> getForeignLiabilityMinCaps();

  /**
   * Returns every minimum liability cap: {@link #getLiabilityMinCap()} and the {@link
   * #getForeignLiabilityMinCaps() foreign} ones.
   *
   * @return the minimums, the euro first
   */
  public List<Money> getLiabilityMinCaps() {
    List<Money> all = new ArrayList<>();
    all.add(getLiabilityMinCap());
    all.addAll(getForeignLiabilityMinCaps());
    return all;
  }

  /**
   * Returns the minimum liability cap in a currency.
   *
   * @param currency the currency of a cap
   * @return the minimum, or empty when the policy has none in that currency
   */
  public Optional<Money> liabilityMinCapIn(Currency currency) {
    for (Money minimum : getLiabilityMinCaps()) {
      if (minimum.getCurrency().equals(currency)) {
        return Optional.of(minimum);
      }
    }
    return Optional.empty();
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
   * Returns the shortest window, in days, the controller may be given to object to a new or
   * replacing sub-processor before the objection right is reported as illusory (WARNING); a window
   * in business days counts at its shortest.
   *
   * @return the days; 5 unless set (a week of business days)
   */
  @Value.Default
  public int getObjectionWindowMinDays() {
    return 5;
  }

  /**
   * Returns the public holidays in a row that a deadline in business days is assumed to span at
   * worst, besides its weekends: every deadline rule converts {@code n} business days to {@code n +
   * 2 * ceil(n / 5) + holidays} calendar days before it compares them with its threshold, so that
   * "2 business days" over Easter counts as 6 days (144 hours). 0 counts weekends only.
   *
   * @return the holidays; 2 unless set
   */
  @Value.Default
  public int getBusinessDayHolidays() {
    return 2;
  }

  /**
   * Returns the countries and groups that, besides the EEA, are not a third country for the
   * transfer rules (for example countries with an adequacy decision your organisation relies on).
   *
   * @return the extra areas; empty unless set
   */
  public abstract Set<CountryCode> getAllowedTransferAreas();

  /**
   * Returns the areas that are not third countries: the EEA and {@link #getAllowedTransferAreas()},
   * as text.
   *
   * @return such as {@code EEA,CH}
   */
  public String describeTransferAreas() {
    StringBuilder out = new StringBuilder(CountryCode.EEA.getCode());
    for (CountryCode area : getAllowedTransferAreas()) {
      out.append(',').append(area.getCode());
    }
    return out.toString();
  }

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
        || getObjectionWindowMinDays() < 0
        || getBusinessDayHolidays() < 0
        || getLiabilityMinCap().getAmount().signum() < 0) {
      throw new IllegalArgumentException("policy thresholds must not be negative");
    }
    if (getBreachInfoAboveHours() > getBreachWarnAtOrAboveHours()) {
      // No deadline could get the INFO; equal thresholds switch the INFO off on purpose.
      throw new IllegalArgumentException(
          "breachInfoAboveHours must not be above breachWarnAtOrAboveHours");
    }
    Set<Currency> currencies = new HashSet<>();
    for (Money minimum : getLiabilityMinCaps()) {
      if (!currencies.add(minimum.getCurrency()) || minimum.getAmount().signum() < 0) {
        throw new IllegalArgumentException(
            "liability minimum caps must not be negative, one per currency: " + minimum);
      }
    }
    if (!getLiabilityMinCap().getCurrency().getCurrencyCode().equals("EUR")) {
      // Caps are compared only with a minimum in their own currency: another currency would
      // silently switch the check off for caps in euros.
      throw new IllegalArgumentException("liabilityMinCap must be in EUR");
    }
  }
}
