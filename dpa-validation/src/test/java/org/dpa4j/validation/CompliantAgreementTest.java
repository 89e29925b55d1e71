package org.dpa4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.stream.Collectors;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.testkit.SampleAgreements;
import org.dpa4j.testkit.SeedAgreements;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** Frameworks that validate with {@code @Valid} see ERROR findings as constraint violations. */
class CompliantAgreementTest {

  /**
   * A user's own type holding an agreement. Public with a getter, so that the validation provider
   * can read it without the test's package being opened to it.
   */
  public static final class Contract {
    private final DataProcessingAgreement dpa;

    Contract(DataProcessingAgreement dpa) {
      this.dpa = dpa;
    }

    /**
     * Returns the agreement.
     *
     * @return the agreement
     */
    public @Valid @CompliantAgreement DataProcessingAgreement getDpa() {
      return dpa;
    }
  }

  static final Validator VALIDATOR =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory()
          .getValidator();

  @Test
  void errorFindingsBecomeViolationsWithPropertyPaths() {
    Set<ConstraintViolation<Contract>> violations =
        VALIDATOR.validate(new Contract(SeedAgreements.hallo()));
    Set<String> paths =
        violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    assertThat(paths)
        .contains(
            "dpa.instructions.legalRequirementNotice",
            "dpa.subProcessing.flowDown",
            "dpa.breachNotification.deadline");
    assertThat(violations).hasSize(5);
    assertThat(violations)
        .anySatisfy(
            v ->
                assertThat(v.getMessage())
                    .startsWith(
                        "GDPR-33.2-BREACH-TIMELINESS: Breach notice to the controller is due only"
                            + " within a reasonable period"));
  }

  @Test
  void compliantAgreementHasNoViolation() {
    assertThat(VALIDATOR.validate(new Contract(SampleAgreements.compliant()))).isEmpty();
  }
}
