package org.dpa4j.model.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dpa4j.model.DpaModelException;
import org.junit.jupiter.api.Test;

/** {@link Jurisdiction#parse} keeps what it parsed: the kept values are the parsed ones. */
class JurisdictionTest {

  @Test
  void aTextParsedAgainGivesAnEqualJurisdiction() {
    Jurisdiction first = Jurisdiction.parse("US-CA");
    Jurisdiction again = Jurisdiction.parse(new StringBuilder("US-CA"));
    assertThat(again).isEqualTo(first);
    assertThat(again.getCountry()).isEqualTo(CountryCode.of("US"));
    assertThat(again.getSubdivision()).contains("CA");
  }

  @Test
  void aRefusedTextStaysRefusedNextToAKeptOne() {
    Jurisdiction.parse("NL");
    for (String refused : new String[] {"NL\n", " NL", "NL-", "EU-X", "EEA"}) {
      for (int time = 0; time < 2; time++) {
        assertThatThrownBy(() -> Jurisdiction.parse(refused))
            .as(refused)
            .isInstanceOf(DpaModelException.class);
      }
    }
  }

  @Test
  void moreDistinctTextsThanAreKeptStillParse() {
    String digits = "0123456789";
    int parsed = 0;
    for (char a : digits.toCharArray()) {
      for (char b : digits.toCharArray()) {
        for (char c : digits.toCharArray()) {
          String text = "DE-" + a + b + c;
          Jurisdiction jurisdiction = Jurisdiction.parse(text);
          assertThat(jurisdiction.toString()).isEqualTo(text);
          assertThat(Jurisdiction.parse(text)).isEqualTo(jurisdiction);
          parsed++;
        }
      }
    }
    assertThat(parsed).isEqualTo(1_000);
    for (String text : new String[] {"FR-A", "FR-B1", "GB-ENG"}) {
      assertThat(Jurisdiction.parse(text).toString()).isEqualTo(text);
    }
  }
}
