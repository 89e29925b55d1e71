package org.dpa4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dpa4j.json.DpaJson;
import org.dpa4j.model.Blank;
import org.dpa4j.model.BlankKind;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.ImmutableDataProcessingAgreement;
import org.dpa4j.model.processing.ImmutableProcessingScope;
import org.dpa4j.testkit.SampleAgreements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A term a template leaves to be completed is reported as incomplete, once, and the rules that
 * would judge it wait for it: a blank is not a violation of art. 28.
 */
class TemplateIncompleteTest {
  private static final DpaValidator VALIDATOR = DpaValidator.create();

  private static DataProcessingAgreement withDurationBlank() {
    DataProcessingAgreement base = SampleAgreements.compliant();
    return ImmutableDataProcessingAgreement.copyOf(base)
        .withScope(
            ImmutableProcessingScope.copyOf(base.getScope())
                .withDuration(org.dpa4j.model.processing.ProcessingDuration.NOT_STATED))
        .withBlanks(
            Blank.builder()
                .pointer("/scope/duration")
                .placeholder("[DURATION]")
                .addClauses(org.dpa4j.model.ClauseRef.of("Annex I"))
                .build());
  }

  @Test
  void theRuleThatWouldJudgeABlankWaitsAndTheBlankIsReportedAsIncomplete() {
    DataProcessingAgreement dpa = withDurationBlank();
    DataProcessingAgreement filledNothing =
        ImmutableDataProcessingAgreement.copyOf(dpa).withBlanks(List.<Blank>of());
    // Without the blank, the missing duration is a violation.
    assertThat(VALIDATOR.validate(filledNothing).getFindings())
        .extracting(Finding::getRuleId)
        .contains("GDPR-28.3-DURATION");

    ValidationReport report = VALIDATOR.validate(dpa);

    assertThat(report.getFindings())
        .extracting(Finding::getRuleId)
        .doesNotContain("GDPR-28.3-DURATION");
    Finding incomplete =
        report.getFindings().stream()
            .filter(f -> f.getRuleId().equals(DpaValidator.INCOMPLETE_RULE_ID))
            .findFirst()
            .orElseThrow();
    assertThat(incomplete.getSeverity()).isEqualTo(Severity.WARNING);
    assertThat(incomplete.getPointer()).isEqualTo("/blanks/0");
    assertThat(incomplete.getClauses()).extracting(Object::toString).containsExactly("Annex I");
    assertThat(incomplete.getMessage())
        .isEqualTo(
            "/scope/duration is left to be completed (to be filled in: [DURATION]). Rule"
                + " GDPR-28.3-DURATION can judge it then.");
    Finding dutch =
        DpaValidator.builder()
            .locale(Locale.forLanguageTag("nl"))
            .build()
            .validate(dpa)
            .getFindings()
            .stream()
            .filter(f -> f.getRuleId().equals(DpaValidator.INCOMPLETE_RULE_ID))
            .findFirst()
            .orElseThrow();
    assertThat(dutch.getMessage())
        .isEqualTo(
            "/scope/duration is nog niet ingevuld (in te vullen: [DURATION]). Regel"
                + " GDPR-28.3-DURATION kan het dan beoordelen.");
  }

  @Test
  void anOpenChoiceNamesItsOptionsAndABlankNoRuleJudgesIsStillReported() {
    DataProcessingAgreement dpa =
        ImmutableDataProcessingAgreement.copyOf(SampleAgreements.compliant())
            .withBlanks(
                Blank.builder()
                    .pointer("/standardClauses/0/governingLawOption")
                    .kind(BlankKind.CHOOSE_OPTION)
                    .addOptions("option 1", "option 2")
                    .build());
    assertThat(VALIDATOR.validate(dpa).getFindings())
        .filteredOn(f -> f.getRuleId().equals(DpaValidator.INCOMPLETE_RULE_ID))
        .extracting(Finding::getMessage)
        .containsExactly(
            "/standardClauses/0/governingLawOption is left to be completed (option to be chosen:"
                + " option 1 / option 2).");
  }

  @Test
  void thePolicyMayRegradeOrSwitchOffIncompleteFindings() {
    DataProcessingAgreement dpa = withDurationBlank();
    Policy info =
        Policy.builder()
            .putSeverityOverrides(DpaValidator.INCOMPLETE_RULE_ID, Severity.INFO)
            .build();
    Policy off = Policy.builder().addDisabledRules(DpaValidator.INCOMPLETE_RULE_ID).build();
    assertThat(DpaValidator.builder().policy(info).build().validate(dpa).getFindings())
        .filteredOn(f -> f.getRuleId().equals(DpaValidator.INCOMPLETE_RULE_ID))
        .extracting(Finding::getSeverity)
        .containsExactly(Severity.INFO);
    assertThat(DpaValidator.builder().policy(off).build().validate(dpa).getFindings())
        .extracting(Finding::getRuleId)
        .doesNotContain(DpaValidator.INCOMPLETE_RULE_ID, "GDPR-28.3-DURATION");
  }

  static Stream<Path> corpus() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("../examples/agreements/corpus"))) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void noFindingOfACorpusDocumentJudgesATermItLeavesBlank(Path file) throws IOException {
    DataProcessingAgreement dpa = DpaJson.standard().read(Files.readAllBytes(file));
    ValidationReport report = VALIDATOR.validate(dpa);
    for (Finding finding : report.getFindings()) {
      if (!finding.getRuleId().equals(DpaValidator.INCOMPLETE_RULE_ID)) {
        assertThat(dpa.blankAt(finding.getPointer()))
            .as("%s at %s", finding.getRuleId(), finding.getPointer())
            .isEmpty();
      }
    }
    assertThat(report.getFindings())
        .filteredOn(f -> f.getRuleId().equals(DpaValidator.INCOMPLETE_RULE_ID))
        .hasSize(dpa.getBlanks().size());
  }
}
