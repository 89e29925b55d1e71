package org.dpa4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.transfers.TransferMechanism;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A transfer to a country with an adequacy decision for the whole country (art. 45 GDPR) needs no
 * mechanism of its own; a country without one, and the US outside the Data Privacy Framework, do.
 */
class AdequateCountryTransferTest {
  private static final DpaValidator VALIDATOR = DpaValidator.builder().structural(false).build();

  private static List<Finding> transferFindings(String country, TransferMechanism mechanism) {
    DataProcessingAgreement dpa = LawAsOfTodayTest.transferTo(country, mechanism);
    return VALIDATOR.validate(dpa).getFindings().stream()
        .filter(f -> f.getRuleId().equals("GDPR-44-TRANSFER-MECHANISM"))
        .collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0} with {1}: error {2}")
  @CsvSource({
    "GB, PROCESSOR_SELF_ASSESSMENT, false",
    "CH, PROCESSOR_SELF_ASSESSMENT, false",
    "JP, PRIVACY_SHIELD, false",
    "BR, PROCESSOR_SELF_ASSESSMENT, true",
    "IN, PRIVACY_SHIELD, true",
    "US, PROCESSOR_SELF_ASSESSMENT, true",
    "US, DPF, false"
  })
  void adequateCountryNeedsNoMechanismAndOthersDo(
      String country, TransferMechanism mechanism, boolean error) {
    List<Finding> findings = transferFindings(country, mechanism);
    if (error) {
      assertThat(findings)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
                // The message names the country for people; the argument keeps its code for
                // programs.
                assertThat((List<?>) f.getArguments().get("destinations"))
                    .map(String::valueOf)
                    .containsExactly(country + " (Recipient)");
                assertThat(f.getMessage())
                    .contains(org.dpa4j.model.value.CountryCode.of(country).toText().getEnglish());
              });
    } else {
      assertThat(findings).noneMatch(f -> f.getSeverity() == Severity.ERROR);
    }
  }
}
