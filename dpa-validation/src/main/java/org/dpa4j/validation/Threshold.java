package org.dpa4j.validation;

import java.util.Objects;
import java.util.function.Function;

/**
 * A policy threshold a catalogue rule reads, declared with the rule: its name as the policy file
 * writes it (README, "Policy files") and how to read its value from a {@link Policy}.
 */
public final class Threshold {
  private final String name;
  private final Function<Policy, ?> value;

  Threshold(String name, Function<Policy, ?> value) {
    this.name = Objects.requireNonNull(name, "name");
    this.value = Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the name, such as {@code breachWarnAtOrAboveHours}.
   *
   * @return the name
   */
  public String getName() {
    return name;
  }

  /**
   * Returns the value in force under a policy, as text.
   *
   * @param policy the policy
   * @return the value, such as {@code 72} or {@code EUR 100000}
   */
  public String getValue(Policy policy) {
    return String.valueOf(value.apply(policy));
  }

  /** Returns {@code name}. */
  @Override
  public String toString() {
    return name;
  }
}
