package org.dpa4j.model.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdequacyDecisionTest {

  @ParameterizedTest(name = "{0} adequate: {1}")
  @CsvSource({
    "GB, true", "CH, true", "JP, true", "KR, true", "CA, true", "IL, true", "NZ, true",
    "AR, true", "UY, true", "AD, true", "FO, true", "GG, true", "IM, true", "JE, true",
    "US, false", "BR, false", "IN, false", "CN, false", "EU, false", "EEA, false"
  })
  void countryIsAdequateOnlyWithADecisionForTheWholeCountry(String code, boolean adequate) {
    assertThat(CountryCode.of(code).isAdequate()).isEqualTo(adequate);
  }

  @Test
  void theUnitedStatesHasADecisionForCertifiedRecipientsOnly() {
    assertThat(AdequacyDecision.forCountry(CountryCode.of("US")))
        .hasValueSatisfying(
            d -> {
              assertThat(d.isCertifiedRecipientsOnly()).isTrue();
              assertThat(d.getNumber()).isEqualTo("(EU) 2023/1795");
              assertThat(d.getAdopted()).hasToString("2023-07-10");
            });
    assertThat(AdequacyDecision.forCountry(CountryCode.of("GB")))
        .hasValueSatisfying(d -> assertThat(d.getNumber()).isEqualTo("(EU) 2021/1772"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "US, CERTIFIED_RECIPIENTS",
    "CA, SECTOR",
    "JP, SECTOR",
    "GB, WHOLE_COUNTRY",
    "CH, WHOLE_COUNTRY",
    "KR, WHOLE_COUNTRY"
  })
  void theDecisionsTheCommissionQualifiesArePartial(String code, AdequacyDecision.Scope scope) {
    assertThat(AdequacyDecision.forCountry(CountryCode.of(code)))
        .hasValueSatisfying(
            d -> {
              assertThat(d.getScope()).isEqualTo(scope);
              assertThat(d.isPartial()).isEqualTo(scope != AdequacyDecision.Scope.WHOLE_COUNTRY);
            });
  }

  @Test
  void eachCountryHasOneDecision() {
    assertThat(Arrays.stream(AdequacyDecision.values()).map(AdequacyDecision::getCountry))
        .doesNotHaveDuplicates()
        .noneMatch(CountryCode::isGroup);
  }
}
