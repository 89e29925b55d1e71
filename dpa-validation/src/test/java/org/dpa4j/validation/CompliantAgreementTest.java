package org.dpa4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.dpa4j.json.DpaJson;
import org.dpa4j.model.Blank;
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

  static final Validator VALIDATOR = validator();

  private static Validator validator() {
    // README validator example: start
    Validator validator =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
    // README validator example: end
    return validator;
  }

  /** Interpolates in the given language, as a framework does with a request's locale. */
  private static Validator validatorIn(String language) {
    return Validation.byDefaultProvider()
        .configure()
        .messageInterpolator(
            new ParameterMessageInterpolator(Set.of(), Locale.forLanguageTag(language), false))
        .buildValidatorFactory()
        .getValidator();
  }

  /** A policy that grades every catalogue rule ERROR. */
  public static final class EverythingIsAnError implements Supplier<Policy> {
    /** Creates the policy's supplier. */
    public EverythingIsAnError() {}

    @Override
    public Policy get() {
      Map<String, Severity> all = new HashMap<>();
      DpaValidator.create().getRules().forEach(r -> all.put(r.getId(), Severity.ERROR));
      all.put("TEMPLATE-INCOMPLETE", Severity.ERROR);
      return Policy.builder().putAllSeverityOverrides(all).build();
    }
  }

  /** A user's type validated under a policy of its own, in Dutch. */
  public static final class StrictContract {
    private final DataProcessingAgreement dpa;

    StrictContract(DataProcessingAgreement dpa) {
      this.dpa = dpa;
    }

    /**
     * Returns the agreement.
     *
     * @return the agreement
     */
    public @CompliantAgreement(policy = EverythingIsAnError.class, locale = "nl")
    DataProcessingAgreement getDpa() {
      return dpa;
    }
  }

  /** Pointer to property path, written out independently of the code under test. */
  private static String path(String pointer) {
    return "dpa"
        + pointer.replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.').replace(".[", "[");
  }

  @Test
  void everyPathFollowsItsFindingsPointerWithIndices() {
    DpaValidator everything =
        DpaValidator.builder().structural(false).policy(new EverythingIsAnError().get()).build();
    for (DataProcessingAgreement seed :
        List.of(SeedAgreements.hallo(), SeedAgreements.digiteam(), thirdCountries())) {
      List<String> expected =
          everything.validate(seed).getFindings(Severity.ERROR).stream()
              .map(f -> path(f.getPointer()))
              .sorted()
              .collect(Collectors.toList());
      List<String> actual =
          VALIDATOR.validate(new StrictContract(seed)).stream()
              .map(v -> v.getPropertyPath().toString())
              .sorted()
              .collect(Collectors.toList());
      assertThat(actual).isEqualTo(expected);
    }
  }

  private static DataProcessingAgreement thirdCountries() {
    return DpaJson.standard()
        .read(Path.of("src/test/resources/cases/rules/third-countries-without-mechanism.json"));
  }

  @Test
  void anIndexedPathNamesTheElement() {
    DataProcessingAgreement template =
        SeedAgreements.hallo()
            .withBlanks(
                Blank.builder().pointer("/endOfProcessing/deadline").placeholder("[X]").build());
    assertThat(VALIDATOR.validate(new StrictContract(thirdCountries())))
        .extracting(v -> v.getPropertyPath().toString())
        .contains("dpa.transfers.destinations[0].country");
    assertThat(VALIDATOR.validate(new StrictContract(template)))
        .extracting(v -> v.getPropertyPath().toString())
        .contains("dpa.blanks[0]");
  }

  @Test
  void theMessageFollowsTheInterpolatorsLanguage() {
    Contract hallo = new Contract(SeedAgreements.hallo());
    assertThat(validatorIn("nl").validate(hallo))
        .extracting(ConstraintViolation::getMessage)
        .contains(
            "GDPR-33.2-BREACH-TIMELINESS: "
                + DpaValidator.builder()
                    .locale(Locale.forLanguageTag("nl"))
                    .build()
                    .validate(SeedAgreements.hallo())
                    .getFindings()
                    .stream()
                    .filter(f -> f.getRuleId().equals("GDPR-33.2-BREACH-TIMELINESS"))
                    .findFirst()
                    .orElseThrow()
                    .getMessage());
    assertThat(validatorIn("en").validate(hallo))
        .extracting(ConstraintViolation::getMessage)
        .anySatisfy(
            m ->
                assertThat(m)
                    .startsWith("GDPR-33.2-BREACH-TIMELINESS: Breach notice to the controller"));
    assertThat(validatorIn("de").validate(hallo))
        .as("a language without messages gets English")
        .extracting(ConstraintViolation::getMessage)
        .anySatisfy(
            m ->
                assertThat(m)
                    .startsWith("GDPR-33.2-BREACH-TIMELINESS: Breach notice to the controller"));
  }

  @Test
  void theAnnotationsLocaleAndPolicyWin() {
    Set<ConstraintViolation<StrictContract>> strict =
        validatorIn("en").validate(new StrictContract(SeedAgreements.hallo()));
    assertThat(strict).hasSizeGreaterThan(5);
    assertThat(strict)
        .extracting(ConstraintViolation::getMessage)
        .anySatisfy(m -> assertThat(m).startsWith("GDPR-33.2-BREACH-TIMELINESS: Melding"));
  }

  @Test
  void aPolicyWithoutAPublicConstructorIsAClearError() {
    assertThatThrownBy(
            () -> new CompliantAgreement.Checker().initialize(annotation(NoConstructor.class)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NoConstructor");
  }

  /** Not usable: no public constructor. */
  public static final class NoConstructor implements Supplier<Policy> {
    private NoConstructor() {}

    @Override
    public Policy get() {
      return Policy.defaults();
    }
  }

  private static CompliantAgreement annotation(Class<? extends Supplier<Policy>> policy) {
    return new CompliantAgreement() {
      @Override
      public Class<? extends java.lang.annotation.Annotation> annotationType() {
        return CompliantAgreement.class;
      }

      @Override
      public String message() {
        return "";
      }

      @Override
      public Class<?>[] groups() {
        return new Class<?>[0];
      }

      @SuppressWarnings({"unchecked", "rawtypes"})
      @Override
      public Class<? extends jakarta.validation.Payload>[] payload() {
        return new Class[0];
      }

      @Override
      public Class<? extends Supplier<Policy>> policy() {
        return policy;
      }

      @Override
      public String locale() {
        return "";
      }
    };
  }

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
