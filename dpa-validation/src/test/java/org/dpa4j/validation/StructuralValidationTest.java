package org.dpa4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.ImmutableDataProcessingAgreement;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.liability.ImmutableLiabilityTerms;
import org.dpa4j.model.liability.Indemnity;
import org.dpa4j.model.liability.LiableParty;
import org.dpa4j.model.parties.ImmutableParty;
import org.dpa4j.testkit.SampleAgreements;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * Structural constraints really fire on invalid instances (the accessor-visibility trap: Hibernate
 * Validator sees only JavaBeans getters), and nothing a document contains is ever interpreted in a
 * message.
 */
class StructuralValidationTest {
  static final DataProcessingAgreement BASE = SampleAgreements.compliant();

  static DataProcessingAgreement withProcessor(ImmutableParty processor) {
    return ImmutableDataProcessingAgreement.copyOf(BASE).withProcessor(processor);
  }

  @Test
  void invalidInstancesProduceViolations() {
    DataProcessingAgreement bad =
        ImmutableDataProcessingAgreement.copyOf(BASE)
            .withProcessor(
                ImmutableParty.copyOf(BASE.getProcessor())
                    .withIban("NL00INGB0005041280")
                    .withBic("ing")
                    .withTradeNames(" "))
            .withLiability(
                ImmutableLiabilityTerms.copyOf(BASE.getLiability())
                    .withIndemnities(Indemnity.of(LiableParty.CONTROLLER, "   ")));
    ValidationReport report = DpaValidator.create().validate(bad);
    List<Finding> structural =
        report.getFindings().stream()
            .filter(f -> f.getRuleId().equals(DpaValidator.STRUCTURE_RULE_ID))
            .toList();
    assertThat(structural)
        .extracting(Finding::getPointer)
        .containsExactly(
            "/liability/indemnities/0/text",
            "/processor/bic",
            "/processor/iban",
            "/processor/tradeNames/0");
    assertThat(structural).allMatch(f -> f.getSeverity() == Severity.ERROR);
    Finding iban =
        structural.stream().filter(f -> f.getPointer().equals("/processor/iban")).findFirst().get();
    assertThat(iban.getMessage(Locale.ENGLISH)).contains("IBAN");
    assertThat(iban.getMessage(LocalizedText.DUTCH)).contains("geen geldig IBAN");
    assertThat(iban.getLegalBasis()).contains("@Iban");
  }

  @Test
  void validIbanAndBicPass() {
    DataProcessingAgreement good =
        withProcessor(
            ImmutableParty.copyOf(BASE.getProcessor())
                .withIban("NL66 INGB 0005 0412 80")
                .withBic("INGBNL2A"));
    assertThat(DpaValidator.create().validate(good).getFindings()).isEmpty();
  }

  @Test
  void userInputIsNeverInterpretedInAMessage() {
    String hostile = "${1+1}{jakarta.validation.constraints.NotNull.message}#{2*2}";
    DataProcessingAgreement bad =
        withProcessor(ImmutableParty.copyOf(BASE.getProcessor()).withIban(hostile));
    Finding finding = DpaValidator.create().validate(bad).getFindings(Severity.ERROR).get(0);
    assertThat(finding.getMessage()).doesNotContain("2", "4", "null", "must not be null");
    assertThat(finding.getMessage()).isEqualTo("is not a valid IBAN (ISO 13616, mod-97 check)");
  }

  @Test
  void constraintsAreVisibleToAPlainJakartaValidatorToo() {
    Validator validator =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
    Set<ConstraintViolation<DataProcessingAgreement>> violations =
        validator.validate(
            withProcessor(ImmutableParty.copyOf(BASE.getProcessor()).withIban("NL00XXXX")));
    assertThat(violations).hasSize(1);
    assertThat(violations.iterator().next().getPropertyPath().toString())
        .isEqualTo("processor.iban");
    assertThat(validator.validate(BASE)).isEmpty();
  }
}
