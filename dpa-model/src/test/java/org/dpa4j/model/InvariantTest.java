package org.dpa4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.stream.Stream;
import org.dpa4j.model.audit.AuditTerms;
import org.dpa4j.model.liability.LiabilityCap;
import org.dpa4j.model.liability.LiabilityCapKind;
import org.dpa4j.model.parties.Party;
import org.dpa4j.model.parties.PartyRole;
import org.dpa4j.model.processing.ProcessingDuration;
import org.dpa4j.model.processing.ProcessingScope;
import org.dpa4j.model.subprocessing.SubProcessingTerms;
import org.dpa4j.model.subprocessing.SubProcessor;
import org.dpa4j.model.value.Deadline;
import org.dpa4j.model.value.Money;
import org.dpa4j.model.value.TimeLimit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each structural invariant throws a {@link DpaModelException} that points at the attribute. */
class InvariantTest {

  private static Party processor() {
    return Party.builder().role(PartyRole.PROCESSOR).legalName("Voorbeeld B.V.").build();
  }

  private static Party controller() {
    return Party.builder()
        .role(PartyRole.CONTROLLER)
        .placeholder(true)
        .description("de klant")
        .build();
  }

  private static AgreementMetadata metadata() {
    return AgreementMetadata.builder().title("Verwerkersovereenkomst").build();
  }

  static Stream<Arguments> violations() {
    return Stream.of(
        Arguments.of(
            "coverage by reference without a document",
            (Executable) () -> ImmutableCoverage.builder().kind(CoverageKind.BY_REFERENCE).build(),
            "model.inconsistent",
            "/document"),
        Arguments.of(
            "coverage not stated with a document",
            (Executable)
                () ->
                    ImmutableCoverage.builder()
                        .kind(CoverageKind.NOT_STATED)
                        .document(DocumentRef.of(DocumentKind.GENERAL_TERMS))
                        .build(),
            "model.inconsistent",
            "/document"),
        Arguments.of(
            "deadline with neither limit nor qualifier",
            (Executable) () -> Deadline.builder().build(),
            "model.inconsistent",
            "/limit"),
        Arguments.of(
            "placeholder party without description",
            (Executable) () -> Party.builder().role(PartyRole.CONTROLLER).placeholder(true).build(),
            "model.inconsistent",
            "/description"),
        Arguments.of(
            "named party without any name",
            (Executable) () -> Party.builder().role(PartyRole.PROCESSOR).build(),
            "model.inconsistent",
            "/legalName"),
        Arguments.of(
            "blank title",
            (Executable) () -> AgreementMetadata.builder().title(" ").build(),
            "model.inconsistent",
            "/title"),
        Arguments.of(
            "bad language tag",
            (Executable) () -> AgreementMetadata.builder().title("t").language("Dutch").build(),
            "model.syntax",
            "/language"),
        Arguments.of(
            "fixed duration without period",
            (Executable) () -> ProcessingScope.builder().duration(ProcessingDuration.FIXED).build(),
            "model.inconsistent",
            "/fixedDuration"),
        Arguments.of(
            "period without fixed duration",
            (Executable)
                () -> ProcessingScope.builder().fixedDuration(TimeLimit.ofYears(1)).build(),
            "model.inconsistent",
            "/fixedDuration"),
        Arguments.of(
            "duplicate sub-processor",
            (Executable)
                () ->
                    SubProcessingTerms.builder()
                        .addSubProcessors(
                            SubProcessor.builder().name("Kwebbl").build(),
                            SubProcessor.builder().build(),
                            SubProcessor.builder().name("Kwebbl").build())
                        .build(),
            "model.duplicate",
            "/subProcessors/2/name"),
        Arguments.of(
            "zero audits a year",
            (Executable) () -> AuditTerms.builder().maxPerYear(0).build(),
            "model.out_of_range",
            "/maxPerYear"),
        Arguments.of(
            "audit notice without prior notice",
            (Executable) () -> AuditTerms.builder().notice(TimeLimit.ofDays(30)).build(),
            "model.inconsistent",
            "/priorNoticeRequired"),
        Arguments.of(
            "fixed cap without amount",
            (Executable) () -> LiabilityCap.builder().kind(LiabilityCapKind.FIXED_AMOUNT).build(),
            "model.inconsistent",
            "/amount"),
        Arguments.of(
            "fixed cap below zero",
            (Executable)
                () ->
                    LiabilityCap.builder()
                        .kind(LiabilityCapKind.FIXED_AMOUNT)
                        .amount(Money.euros("-1"))
                        .build(),
            "model.inconsistent",
            "/amount"),
        Arguments.of(
            "fee cap of zero months",
            (Executable)
                () -> LiabilityCap.builder().kind(LiabilityCapKind.FEES).feeMonths(0).build(),
            "model.inconsistent",
            "/feeMonths"),
        Arguments.of(
            "external cap without document",
            (Executable)
                () -> LiabilityCap.builder().kind(LiabilityCapKind.EXTERNAL_REFERENCE).build(),
            "model.inconsistent",
            "/document"),
        Arguments.of(
            "other clause with blank text",
            (Executable) () -> OtherClause.of("1.3", null, "  "),
            "model.inconsistent",
            "/text"),
        Arguments.of(
            "processor in the controller's place",
            (Executable)
                () ->
                    DataProcessingAgreement.builder()
                        .metadata(metadata())
                        .processor(processor())
                        .controller(processor())
                        .build(),
            "model.inconsistent",
            "/controller/role"),
        Arguments.of(
            "controller in the processor's place",
            (Executable)
                () ->
                    DataProcessingAgreement.builder()
                        .metadata(metadata())
                        .processor(controller())
                        .controller(controller())
                        .build(),
            "model.inconsistent",
            "/processor/role"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("violations")
  void invariantViolationPointsAtTheAttribute(
      String name, Executable build, String code, String pointer) {
    assertThatThrownBy(build::execute)
        .isInstanceOf(DpaModelException.class)
        .satisfies(
            e -> {
              DpaModelException ex = (DpaModelException) e;
              assertThat(ex.getProblems()).hasSize(1);
              Problem problem = ex.getProblems().get(0);
              assertThat(problem.getCode()).isEqualTo(code);
              assertThat(problem.getPointer()).isEqualTo(pointer);
              assertThat(problem.getMessage(Locale.ENGLISH))
                  .isNotEqualTo(problem.getMessage(LocalizedText.DUTCH));
              assertThat(ex.getMessage()).startsWith(pointer + ": ");
            });
  }

  @Test
  void everyMissingRequiredAttributeIsReportedAtOnce() {
    assertThatThrownBy(() -> DataProcessingAgreement.builder().build())
        .isInstanceOf(DpaModelException.class)
        .satisfies(
            e ->
                assertThat(((DpaModelException) e).getProblems())
                    .extracting(Problem::getPointer, Problem::getCode)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/metadata", "model.missing_attribute"),
                        org.assertj.core.groups.Tuple.tuple(
                            "/processor", "model.missing_attribute"),
                        org.assertj.core.groups.Tuple.tuple(
                            "/controller", "model.missing_attribute")));
  }

  @Test
  void minimalAgreementDefaultsEverySectionToNotStated() {
    DataProcessingAgreement dpa =
        DataProcessingAgreement.builder()
            .metadata(metadata())
            .processor(processor())
            .controller(controller())
            .build();
    Stream.of(
            dpa.getScope(),
            dpa.getInstructions(),
            dpa.getConfidentiality(),
            dpa.getSecurity(),
            dpa.getSubProcessing(),
            dpa.getTransfers(),
            dpa.getDataSubjectRequests(),
            dpa.getAssistance(),
            dpa.getBreachNotification(),
            dpa.getEndOfProcessing(),
            dpa.getRetention(),
            dpa.getAudit(),
            dpa.getLiability(),
            dpa.getAmendment(),
            dpa.getTermination(),
            dpa.getGeneral())
        .forEach(
            term -> assertThat(term.getCoverage().getKind()).isEqualTo(CoverageKind.NOT_STATED));
    assertThat(dpa.getOtherClauses()).isEmpty();
    assertThat(dpa.getProcessor().displayName()).isEqualTo("Voorbeeld B.V.");
    assertThat(dpa.getController().displayName()).isEqualTo("de klant");
  }

  @Test
  void strictBuildersRefuseASecondValue() {
    assertThatThrownBy(() -> AgreementMetadata.builder().title("a").title("b"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void messagesDoNotInterpretUserInput() {
    DpaModelException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            DpaModelException.class, () -> TimeLimit.parse("{0}{1}'x'${jndi}"));
    assertThat(e.getProblems().get(0).getMessage()).startsWith("'{0}{1}'x'${jndi}' is not a valid");
    assertThat(e.getProblems().get(0).getArguments().get(0)).isEqualTo("{0}{1}'x'${jndi}");
  }
}
