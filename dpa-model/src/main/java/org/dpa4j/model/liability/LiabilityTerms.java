package org.dpa4j.model.liability;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.dpa4j.model.Coverage;
import org.dpa4j.model.Provision;
import org.dpa4j.model.Term;
import org.dpa4j.model.value.TimeLimit;
import org.immutables.value.Value;

/** Liability between the parties, and fines (art. 82 and 83 GDPR). */
@Value.Immutable
public abstract class LiabilityTerms extends Term {

  LiabilityTerms() {}

  /**
   * Returns the caps, in the order the text gives them.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@Valid LiabilityCap> getCaps();

  /**
   * Returns whether the text first excludes all liability.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isExcludedEntirely() {
    return false;
  }

  /**
   * Returns whether the text narrows what counts as direct damage.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isDirectDamageDefined() {
    return false;
  }

  /**
   * Returns how several caps combine: the lesser of, the greater of, each for its own matters.
   *
   * @return the combination; {@link CapCombination#NOT_STATED} unless set
   */
  @Value.Default
  public CapCombination getCapCombination() {
    return CapCombination.NOT_STATED;
  }

  /**
   * Returns the kinds of damage excluded from liability, such as indirect damage or loss of data.
   *
   * @return the kinds, in declaration order; empty for none
   */
  public abstract java.util.Set<DamageKind> getExcludedDamages();

  /**
   * Returns whether the limits fall away on intent or deliberate recklessness.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isIntentCarveOut() {
    return false;
  }

  /**
   * Returns how soon a claim lapses, such as {@code P12M}.
   *
   * @return the value, or empty
   */
  public abstract Optional<TimeLimit> getClaimBar();

  /**
   * Returns whether liability arises only after a notice of default.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isNoticeOfDefaultRequired() {
    return false;
  }

  /**
   * Returns the indemnities, each with who gives it: the controller, the processor or each party.
   *
   * @return the indemnities, in the order of the text; empty for none
   */
  public abstract List<@Valid Indemnity> getIndemnities();

  /**
   * Returns what the text says about fines.
   *
   * @return the value; {@code none} unless set
   */
  @Value.Default
  public FinesClause getFinesClause() {
    return FinesClause.NONE;
  }

  /**
   * Returns duties the text attaches to fines, such as cooperating when one is contested.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@Valid Provision> getFinesConditions();

  /**
   * Returns whether only the parties themselves, not their affiliates, may claim under the
   * agreement.
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isClaimantsLimitedToParties() {
    return false;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableLiabilityTerms.Builder builder() {
    return ImmutableLiabilityTerms.builder();
  }

  /**
   * Returns the value for an agreement that says nothing on this subject.
   *
   * @return the value, with {@link Coverage#notStated()}
   */
  public static LiabilityTerms notStated() {
    return builder().coverage(Coverage.notStated()).build();
  }
}
