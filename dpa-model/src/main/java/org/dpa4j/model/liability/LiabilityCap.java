package org.dpa4j.model.liability;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpa4j.model.ClauseRef;
import org.dpa4j.model.DocumentRef;
import org.dpa4j.model.Extensible;
import org.dpa4j.model.ExtensionValue;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.ModelProblemCode;
import org.dpa4j.model.Sourced;
import org.dpa4j.model.value.Money;
import org.immutables.value.Value;

/** A limit on the processor's liability. */
@Value.Immutable
public abstract class LiabilityCap implements Sourced, Extensible {

  LiabilityCap() {}

  /**
   * Returns how the cap is measured.
   *
   * @return the value
   */
  public abstract LiabilityCapKind getKind();

  /**
   * Returns the amount, for a fixed cap.
   *
   * @return the value, or empty
   */
  public abstract Optional<Money> getAmount();

  /**
   * Returns the number of months of fees, for a cap in fees.
   *
   * @return the value, or empty
   */
  public abstract Optional<@Positive Integer> getFeeMonths();

  /**
   * Returns what the cap applies to.
   *
   * @return the value; {@code not_stated} unless set
   */
  @Value.Default
  public CapBasis getBasis() {
    return CapBasis.NOT_STATED;
  }

  /**
   * Returns the document whose cap applies, for an external reference.
   *
   * @return the value, or empty
   */
  public abstract Optional<@Valid DocumentRef> getDocument();

  /**
   * Returns whose liability the cap limits.
   *
   * @return the party; {@link LiableParty#PROCESSOR} unless set
   */
  @Value.Default
  public LiableParty getLiableParty() {
    return LiableParty.PROCESSOR;
  }

  /**
   * Returns what the cap (or, for {@link LiabilityCapKind#UNLIMITED}, the absence of one) applies
   * to, in our words, such as "breaches of this DPA" or "indemnities".
   *
   * @return the matters, or empty when the cap applies to all liability
   */
  public abstract Optional<@org.dpa4j.model.constraints.NonBlank String> getMatters();

  /**
   * Returns whether the cap applies only when the one before it does not.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isFallback() {
    return false;
  }

  /**
   * Returns the properties read from JSON that the model has no attribute for.
   *
   * @return the extensions by name; empty for none
   */
  @Override
  @Value.Redacted
  public abstract Map<String, ExtensionValue> getExtensions();

  @Override
  public abstract List<ClauseRef> getClauses();

  @Override
  public abstract Optional<String> getQuote();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableLiabilityCap.Builder builder() {
    return ImmutableLiabilityCap.builder();
  }

  @Value.Check
  void check() {
    switch (getKind()) {
      case FIXED_AMOUNT:
        if (getAmount().isEmpty() || getAmount().get().getAmount().signum() < 0) {
          throw ModelProblemCode.INCONSISTENT.exception(
              "/amount",
              LocalizedText.of(
                  "a fixed cap needs an amount of zero or more",
                  "een vast plafond heeft een bedrag van nul of meer nodig"));
        }
        break;
      case FEES:
        if (getFeeMonths().isEmpty() || getFeeMonths().get() < 1) {
          throw ModelProblemCode.INCONSISTENT.exception(
              "/feeMonths",
              LocalizedText.of(
                  "a cap in fees needs one or more months",
                  "een plafond in vergoedingen heeft een of meer maanden nodig"));
        }
        break;
      case INSURANCE_PAYOUT:
      case UNLIMITED:
        break;
      default:
        if (getDocument().isEmpty()) {
          throw ModelProblemCode.INCONSISTENT.exception(
              "/document",
              LocalizedText.of(
                  "an external cap needs the document it refers to",
                  "een extern plafond heeft het document nodig waarnaar het verwijst"));
        }
    }
  }
}
