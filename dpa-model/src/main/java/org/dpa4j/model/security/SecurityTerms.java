package org.dpa4j.model.security;

import jakarta.validation.Valid;
import java.util.List;
import org.dpa4j.model.Coverage;
import org.dpa4j.model.DocumentRef;
import org.dpa4j.model.Provision;
import org.dpa4j.model.Term;
import org.dpa4j.model.constraints.NonBlank;
import org.immutables.value.Value;

/** Security of the processing (art. 28(3)(c) and 32 GDPR). */
@Value.Immutable
public abstract class SecurityTerms extends Term {

  SecurityTerms() {}

  /**
   * Returns how strongly the processor commits to security.
   *
   * @return the value; {@code absent} unless set
   */
  @Value.Default
  public ObligationStrength getCommitment() {
    return ObligationStrength.ABSENT;
  }

  /**
   * Returns the level the measures must reach.
   *
   * @return the value; {@code not_stated} unless set
   */
  @Value.Default
  public SecurityStandard getStandard() {
    return SecurityStandard.NOT_STATED;
  }

  /**
   * Returns whether the processor disclaims that security is effective in all circumstances.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isEffectivenessDisclaimer() {
    return false;
  }

  /**
   * Returns the measures listed.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@Valid SecurityMeasure> getMeasures();

  /**
   * Returns whether the list of measures is exhaustive (false for "among others", "waaronder").
   *
   * @return true when the text says the list is complete; false unless set
   */
  @Value.Default
  public boolean isMeasuresExhaustive() {
    return false;
  }

  /**
   * Returns the document that describes the measures, where the text refers to one (a security
   * page, a trust centre).
   *
   * @return the document, or empty
   */
  public abstract java.util.Optional<@Valid DocumentRef> getMeasuresDocument();

  /**
   * Returns the certifications and attestations the text says the processor holds, such as ISO/IEC
   * 27001 or a SOC 2 report.
   *
   * @return the certifications, in declaration order; empty for none
   */
  public abstract java.util.Set<SecurityCertification> getCertifications();

  /**
   * Returns laws or standards the text refers to, such as "art. 32 AVG" or "ISO 27001".
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@NonBlank String> getFrameworks();

  /**
   * Returns whether the text names the risks the measures must address.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isRiskFactorsReferenced() {
    return false;
  }

  /**
   * Returns whether the controller declares the measures adequate.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isControllerAcknowledgesAdequacy() {
    return false;
  }

  /**
   * Returns whether the processor may change measures on its own.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isProcessorMayChangeUnilaterally() {
    return false;
  }

  /**
   * Returns whether the processor may refuse measures the controller asks for.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isProcessorMayRefuseRequestedMeasures() {
    return false;
  }

  /**
   * Returns whether measures the controller asks for are charged.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isRequestedMeasuresCharged() {
    return false;
  }

  /**
   * Returns services or situations the measures do not cover.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@Valid Provision> getExclusions();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableSecurityTerms.Builder builder() {
    return ImmutableSecurityTerms.builder();
  }

  /**
   * Returns the value for an agreement that says nothing on this subject.
   *
   * @return the value, with {@link Coverage#notStated()}
   */
  public static SecurityTerms notStated() {
    return builder().coverage(Coverage.notStated()).build();
  }

  /**
   * Tells whether any listed measure falls in a category.
   *
   * @param category the category
   * @return true when a measure of that category is listed
   */
  public boolean covers(MeasureCategory category) {
    return getMeasures().stream().anyMatch(m -> m.getCategory() == category);
  }
}
