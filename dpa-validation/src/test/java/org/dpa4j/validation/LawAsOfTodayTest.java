package org.dpa4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.dpa4j.json.DpaJson;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.ImmutableDataProcessingAgreement;
import org.dpa4j.model.law.StandardClauses;
import org.dpa4j.model.law.StandardClausesInstrument;
import org.dpa4j.model.transfers.TransferDestination;
import org.dpa4j.model.transfers.TransferMechanism;
import org.dpa4j.model.transfers.TransferPolicy;
import org.dpa4j.model.value.CountryCode;
import org.junit.jupiter.api.Test;

/** Issue 11 item 5: the rules follow the law as of today (docs/rule-decisions.md). */
class LawAsOfTodayTest {
  private static final DpaValidator VALIDATOR = DpaValidator.builder().structural(false).build();
  private static final String TRANSFERS = "GDPR-44-TRANSFER-MECHANISM";

  static DataProcessingAgreement transferTo(
      String country, TransferMechanism mechanism, StandardClausesInstrument... instruments) {
    ImmutableDataProcessingAgreement base =
        ImmutableDataProcessingAgreement.copyOf(RuleTableTest.BASE);
    List<StandardClauses> clauses =
        java.util.Arrays.stream(instruments).map(StandardClauses::of).collect(Collectors.toList());
    return base.withStandardClauses(clauses)
        .withTransfers(
            RuleTableTest.tr()
                .withPolicy(TransferPolicy.ALLOWED_CONDITIONAL)
                .withMechanisms(mechanism)
                .withDestinations(
                    TransferDestination.builder()
                        .country(CountryCode.of(country))
                        .recipient("Recipient")
                        .build()));
  }

  private static List<Finding> findings(DataProcessingAgreement dpa, String rule) {
    return VALIDATOR.validate(dpa).getFindings().stream()
        .filter(f -> f.getRuleId().equals(rule))
        .collect(Collectors.toList());
  }

  /**
   * Decisions 2001/497, 2004/915 and 2010/87: repealed by 2021/914, transition ended 27/12/2022.
   */
  @Test
  void repealedTransferClausesAreNoSafeguard() {
    DataProcessingAgreement old =
        transferTo(
            "IN",
            TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES,
            StandardClausesInstrument.EU_2010_87);
    assertThat(findings(old, TRANSFERS))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
              assertThat(f.getPointer()).isEqualTo("/standardClauses/0/instrument");
              assertThat(f.getMessage()).contains("2010/87", "27 December 2022");
              assertThat(f.getMessage(org.dpa4j.model.LocalizedText.DUTCH))
                  .contains("2010/87 (ingetrokken)", "27 december 2022");
            });
    DataProcessingAgreement current =
        transferTo(
            "IN",
            TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES,
            StandardClausesInstrument.EU_2010_87,
            StandardClausesInstrument.EU_2021_914);
    assertThat(findings(current, TRANSFERS)).isEmpty();
  }

  /** Adequacy decision (EU) 2023/1795: certified recipients in the US, not an art. 46 safeguard. */
  @Test
  void theDataPrivacyFrameworkIsAdequacyForTheUsOnly() {
    assertThat(findings(transferTo("US", TransferMechanism.DPF), TRANSFERS)).isEmpty();
    assertThat(findings(transferTo("IN", TransferMechanism.DPF), TRANSFERS))
        .singleElement()
        .satisfies(f -> assertThat(f.getMessage()).startsWith("Transfer to India (Recipient)"));
    assertThat(findings(transferTo("US", TransferMechanism.PRIVACY_SHIELD), TRANSFERS))
        .singleElement()
        .satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.ERROR));
  }

  /**
   * The Commission's own controller-processor clauses (2021/915, encoded as a template with its
   * blanks) pass every rule: what is left to be completed is reported as incomplete only, each
   * blank once (docs/rule-decisions.md, "The Commission's 2021/915 wording").
   */
  @Test
  void theCommissionsOwnClausesPassEveryRule() throws IOException {
    DataProcessingAgreement clauses =
        DpaJson.standard()
            .read(
                Files.readAllBytes(Path.of("../examples/agreements/corpus/eu-scc-2021-915.json")));
    List<Finding> findings = DpaValidator.create().validate(clauses).getFindings();
    assertThat(findings)
        .extracting(Finding::getRuleId)
        .containsOnly(DpaValidator.INCOMPLETE_RULE_ID)
        .hasSize(clauses.getBlanks().size());
  }
}
