package org.dpa4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.testkit.SampleAgreements;
import org.dpa4j.testkit.SeedAgreements;
import org.junit.jupiter.api.Test;

/** Custom rules added programmatically take part like catalogue rules. */
class CustomRuleTest {

  /** An organisation's own rule: the agreement must name at least one sub-processor. */
  static class NamedSubProcessorRule implements DpaRule {
    @Override
    public String getId() {
      return "ACME-NAMED-SUBPROCESSOR";
    }

    @Override
    public String getLegalBasis() {
      return "ACME procurement policy 4.2";
    }

    @Override
    public String getRequirement() {
      return "At least one sub-processor is named.";
    }

    @Override
    public Severity getDefaultSeverity() {
      return Severity.WARNING;
    }

    @Override
    public Set<Severity> getSeverities() {
      return Set.of(Severity.WARNING);
    }

    @Override
    public LocalizedText getMessage(Severity severity) {
      return LocalizedText.of("No sub-processor is named.", "Er is geen subverwerker genoemd.");
    }

    @Override
    public Optional<RuleResult> evaluate(DataProcessingAgreement agreement, Policy policy) {
      return agreement.getSubProcessing().getSubProcessors().stream()
              .anyMatch(s -> s.getName().isPresent())
          ? Optional.empty()
          : Optional.of(
              RuleResult.of(
                  Severity.WARNING,
                  "/subProcessing/subProcessors",
                  agreement.getSubProcessing().getClauses()));
    }
  }

  @Test
  void customRuleReportsLikeACatalogueRule() {
    DpaValidator validator =
        DpaValidator.builder()
            .addRule(new NamedSubProcessorRule())
            .locale(LocalizedText.DUTCH)
            .build();
    Finding finding =
        validator.validate(SeedAgreements.hallo()).getFindings().stream()
            .filter(f -> f.getRuleId().equals("ACME-NAMED-SUBPROCESSOR"))
            .findFirst()
            .orElseThrow();
    assertThat(finding.getSeverity()).isEqualTo(Severity.WARNING);
    assertThat(finding.getMessage()).isEqualTo("Er is geen subverwerker genoemd.");
    // A result made without an outcome has none, and its message took no arguments.
    assertThat(finding.getOutcome()).isEmpty();
    assertThat(finding.getArguments()).isEmpty();
    assertThat(finding.getPointer()).isEqualTo("/subProcessing");
    assertThat(finding.getClauses()).extracting(Object::toString).containsExactly("5.1", "4.2");
    assertThat(validator.validate(SeedAgreements.callvoip()).getFindings())
        .noneMatch(f -> f.getRuleId().equals("ACME-NAMED-SUBPROCESSOR"));
    assertThat(validator.getRules())
        .extracting(RuleDefinition::getId)
        .endsWith("ACME-NAMED-SUBPROCESSOR");
  }

  @Test
  void aFailingRuleIsReportedNotThrown() {
    DpaRule broken =
        new NamedSubProcessorRule() {
          @Override
          public String getId() {
            return "ACME-BROKEN";
          }

          @Override
          public Optional<RuleResult> evaluate(DataProcessingAgreement agreement, Policy policy) {
            throw new IllegalStateException("bug");
          }
        };
    ValidationReport report =
        DpaValidator.builder().addRule(broken).build().validate(SampleAgreements.compliant());
    assertThat(report.getFindings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.getRuleId()).isEqualTo("ACME-BROKEN");
              assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
              assertThat(f.getMessage()).contains("IllegalStateException");
            });
  }

  @Test
  void ruleIdsMustBeUnique() {
    DpaRule clash =
        new NamedSubProcessorRule() {
          @Override
          public String getId() {
            return "META-VERSION-DATE";
          }
        };
    assertThatThrownBy(() -> DpaValidator.builder().addRule(clash).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("META-VERSION-DATE");
  }

  @Test
  void onlyRulesSelectsAndPolicySwitchesOff() {
    DpaValidator only =
        DpaValidator.builder()
            .onlyRules("GDPR-33.2-BREACH-TIMELINESS", "META-VERSION-DATE")
            .policy(Policy.builder().addDisabledRules("META-VERSION-DATE").build())
            .build();
    assertThat(only.getRules())
        .extracting(RuleDefinition::getId)
        .containsExactly("GDPR-33.2-BREACH-TIMELINESS");
    assertThat(only.validate(SeedAgreements.hallo()).getRuleIds(Severity.ERROR))
        .containsExactly("GDPR-33.2-BREACH-TIMELINESS");
  }

  @Test
  void reportOrderIsSeverityThenCatalogueNumber() {
    ValidationReport report = DpaValidator.create().validate(SeedAgreements.ipcallMe());
    assertThat(report.getFindings())
        .isSortedAccordingTo(
            java.util.Comparator.comparing(Finding::getSeverity)
                .thenComparing(f -> CatalogRule.byId(f.getRuleId()).get().getNumber()));
    assertThat(report.count(Severity.ERROR)).isEqualTo(9);
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.toString()).isEqualTo("ValidationReport[errors=9, warnings=19, infos=12]");
  }
}
