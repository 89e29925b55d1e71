package org.dpa4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Optional;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.ImmutableDataProcessingAgreement;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.processing.ImmutableProcessingScope;
import org.dpa4j.testkit.SeedAgreements;
import org.dpa4j.validation.internal.Structural;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, "Hostile input, round 1", for validation: one test per kind of fault, named after what
 * broke.
 */
class HostileInputTest {
  static DataProcessingAgreement withBlankServices(int count) {
    DataProcessingAgreement seed = SeedAgreements.hallo();
    return ImmutableDataProcessingAgreement.copyOf(seed)
        .withScope(
            ImmutableProcessingScope.copyOf(seed.getScope())
                .withServices(Collections.nCopies(count, " ")));
  }

  /**
   * Findings were unbounded: 700,000 blank list entries made 700,031 findings (2.4 GB). A report
   * keeps the first {@code maxFindings} in report order and counts the rest.
   */
  @Test
  void findingsPerReportAreCappedWithACountOfTheRest() {
    DataProcessingAgreement agreement = withBlankServices(5000);
    ValidationReport all = DpaValidator.builder().maxFindings(100_000).build().validate(agreement);
    assertThat(all.getOmittedCount()).isZero();
    assertThat(all.getFindings().size()).isGreaterThan(5000);
    ValidationReport capped = DpaValidator.create().validate(agreement);
    assertThat(capped.getFindings()).hasSize(DpaValidator.DEFAULT_MAX_FINDINGS);
    assertThat(capped.getOmittedCount())
        .isEqualTo(all.getFindings().size() - DpaValidator.DEFAULT_MAX_FINDINGS);
    assertThat(capped.getFindings())
        .isEqualTo(all.getFindings().subList(0, DpaValidator.DEFAULT_MAX_FINDINGS));
    assertThat(capped.hasErrors()).isTrue();
    assertThat(capped.toString()).contains("omitted=" + capped.getOmittedCount());
    ValidationReport one = DpaValidator.builder().maxFindings(1).build().validate(agreement);
    assertThat(one.getFindings()).hasSize(1);
    assertThat(one.getOmittedCount()).isEqualTo(all.getFindings().size() - 1);
    // A clean report is complete.
    assertThat(DpaValidator.create().validate(SeedAgreements.hallo()).getOmittedCount()).isZero();
  }

  /**
   * Round 2: findings were capped but Hibernate Validator's violations were not: 300,000 blank
   * entries made 300,000 violations (450 MB) before the report kept its first thousand. Beyond
   * {@link Structural#REPORTED_AT_LEAST} (or the report's limit, if higher) dpa4j's validators
   * count invalid values instead of reporting them, and the report's count of omitted findings
   * stays exact.
   */
  @Test
  void structuralViolationsBeyondTheBudgetAreCountedNotMade() {
    int blanks = Structural.REPORTED_AT_LEAST + 500;
    DataProcessingAgreement agreement = withBlankServices(blanks);
    Structural.Violations violations = Structural.validate(agreement, 10);
    assertThat(violations.getReported()).hasSize(Structural.REPORTED_AT_LEAST);
    assertThat(violations.getCounted()).isEqualTo(500);
    assertThat(violations.getReported())
        .allSatisfy(v -> assertThat(v.getPointer()).startsWith("/scope/services/"));
    // A limit above the budget raises it: every violation is made.
    Structural.Violations all = Structural.validate(agreement, blanks);
    assertThat(all.getReported()).hasSize(blanks);
    assertThat(all.getCounted()).isZero();

    ValidationReport capped = DpaValidator.create().validate(agreement);
    ValidationReport complete =
        DpaValidator.builder().maxFindings(1_000_000).build().validate(agreement);
    assertThat(complete.getOmittedCount()).isZero();
    assertThat(capped.getFindings()).hasSize(DpaValidator.DEFAULT_MAX_FINDINGS);
    assertThat(capped.getOmittedCount())
        .isEqualTo(complete.getFindings().size() - DpaValidator.DEFAULT_MAX_FINDINGS);
    // The budget is this validation's only: a later one on the same thread reports in full.
    assertThat(Structural.validate(withBlankServices(3), 1).getReported()).hasSize(3);
  }

  /** A custom rule whose evaluation is given as a lambda. */
  static final class Hostile extends CustomRuleTest.NamedSubProcessorRule {
    interface Body {
      Optional<RuleResult> run(DataProcessingAgreement agreement) throws Throwable;
    }

    private final String id;
    private final Body body;

    Hostile(String id, Body body) {
      this.id = id;
      this.body = body;
    }

    @Override
    public String getId() {
      return id;
    }

    @Override
    public LocalizedText getMessage(Severity severity) {
      return LocalizedText.of("Found {0}.", "Gevonden: {0}.");
    }

    @Override
    public Optional<RuleResult> evaluate(DataProcessingAgreement agreement, Policy policy) {
      try {
        return body.run(agreement);
      } catch (Throwable e) {
        throw Hostile.<RuntimeException>sneaky(e);
      }
    }

    @SuppressWarnings("unchecked")
    static <E extends Throwable> E sneaky(Throwable e) throws E {
      throw (E) e;
    }
  }

  /**
   * A custom rule that returned null, threw an Error or a checked exception escaped {@code
   * validate()}. Each is now an ERROR finding of that rule saying what went wrong; the other rules
   * still report.
   */
  @Test
  void failingCustomRulesDoNotEscapeValidate() {
    DpaValidator validator =
        DpaValidator.builder()
            .addRule(new Hostile("X-NULL", a -> null))
            .addRule(
                new Hostile(
                    "X-ERROR",
                    a -> {
                      throw new AssertionError("boom");
                    }))
            .addRule(
                new Hostile(
                    "X-CHECKED",
                    a -> {
                      throw new java.io.IOException("boom");
                    }))
            .addRule(new Hostile("X-RECURSION", HostileInputTest::recurse))
            .addRule(
                new Hostile(
                    "X-ARGUMENT",
                    a ->
                        Optional.of(
                            RuleResult.of(
                                Severity.WARNING,
                                "/metadata",
                                java.util.List.of(),
                                new Object() {
                                  @Override
                                  public String toString() {
                                    throw new IllegalStateException("no text");
                                  }
                                }))))
            .addRule(
                new Hostile(
                    "X-INTERRUPTED",
                    a -> {
                      throw new InterruptedException();
                    }))
            .build();
    ValidationReport report = validator.validate(SeedAgreements.hallo());
    assertThat(Thread.interrupted()).as("the interrupt is kept").isTrue();
    java.util.Map<String, Finding> byRule = new java.util.HashMap<>();
    report.getFindings().forEach(f -> byRule.put(f.getRuleId(), f));
    assertThat(byRule.get("X-NULL").getMessage()).contains("returned null");
    assertThat(byRule.get("X-ERROR").getMessage()).contains("AssertionError");
    assertThat(byRule.get("X-CHECKED").getMessage()).contains("IOException");
    assertThat(byRule.get("X-RECURSION").getMessage()).contains("StackOverflowError");
    assertThat(byRule.get("X-ARGUMENT").getMessage()).contains("IllegalStateException");
    assertThat(byRule.get("X-INTERRUPTED").getMessage()).contains("InterruptedException");
    for (String id :
        java.util.List.of(
            "X-NULL", "X-ERROR", "X-CHECKED", "X-RECURSION", "X-ARGUMENT", "X-INTERRUPTED")) {
      assertThat(byRule.get(id).getSeverity()).isEqualTo(Severity.ERROR);
      assertThat(byRule.get(id).getPointer()).isEmpty();
    }
    assertThat(byRule).containsKey("GDPR-33.2-BREACH-TIMELINESS");
  }

  static Optional<RuleResult> recurse(DataProcessingAgreement agreement) {
    return recurse(agreement);
  }

  /**
   * A custom rule's pointer was resolved by calling whatever getters it named: {@code
   * /class/classLoader/parent} reached {@code getClass().getClassLoader().getParent()}. Only the
   * model's accessors are called now; the pointer stops where they end.
   */
  @Test
  void customRulePointerIsResolvedThroughTheModelOnly() {
    java.util.Map<String, String> expected =
        java.util.Map.of(
            "/class/classLoader/parent", "",
            "/metadata/class", "/metadata",
            "/metadata/title/bytes", "/metadata/title",
            "/metadata/title/class/classLoader", "/metadata/title",
            "/extensions/x", "",
            "relative/path", "",
            "/processor/legalName", "/processor/legalName",
            "/subProcessing/subProcessors/0/name", "/subProcessing/subProcessors/0/name");
    DpaValidator.Builder builder = DpaValidator.builder().loadServiceRules(false);
    int i = 0;
    java.util.Map<String, String> ids = new java.util.HashMap<>();
    for (String pointer : expected.keySet()) {
      String id = "X-POINTER-" + i++;
      ids.put(id, pointer);
      builder.addRule(
          new Hostile(
              id, a -> Optional.of(RuleResult.of(Severity.INFO, pointer, java.util.List.of()))));
    }
    for (Finding f : builder.build().validate(SeedAgreements.callvoip()).getFindings()) {
      if (ids.containsKey(f.getRuleId())) {
        assertThat(f.getPointer())
            .as(ids.get(f.getRuleId()))
            .isEqualTo(expected.get(ids.get(f.getRuleId())));
      }
    }
  }

  /** A title of a no-break space and a zero-width space passed the blank check. */
  @Test
  void invisibleTextIsBlank() {
    for (String blank :
        java.util.List.of(
            "\u00a0\u200b",
            "\u2007\u202f",
            "\ufeff",
            "\u200e\u2060",
            " \u3000",
            "\u2800",
            "\u3164",
            "\u115f\u1160",
            "\uffa0",
            "\u034f",
            "\u17b5")) {
      DataProcessingAgreement seed = SeedAgreements.hallo();
      DataProcessingAgreement agreement =
          ImmutableDataProcessingAgreement.copyOf(seed)
              .withMetadata(
                  org.dpa4j.model.ImmutableAgreementMetadata.copyOf(seed.getMetadata())
                      .withVersion(blank)
                      .withTitle("\u00a0\u200b"));
      assertThat(DpaValidator.create().validate(agreement).getFindings())
          .as(blank.codePoints().mapToObj(Integer::toHexString).toList().toString())
          .anyMatch(
              f ->
                  f.getRuleId().equals(DpaValidator.STRUCTURE_RULE_ID)
                      && f.getPointer().equals("/metadata/version"))
          .anyMatch(
              f ->
                  f.getRuleId().equals(DpaValidator.STRUCTURE_RULE_ID)
                      && f.getPointer().equals("/metadata/title"));
    }
    assertThat(org.dpa4j.validation.internal.NonBlankValidator.isBlank("a\u00a0")).isFalse();
    assertThat(org.dpa4j.validation.internal.NonBlankValidator.isBlank("\ud83d\ude00")).isFalse();
  }
}
