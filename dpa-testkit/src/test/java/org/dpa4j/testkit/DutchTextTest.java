package org.dpa4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DutchTextTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "De verwerker meldt een inbreuk zonder onredelijke vertraging. | ",
        "ontbreekt: likely consequences | likely",
        "1 months of fees | months",
        "titel, versie, data en soort | data",
        "Of de Processor dit moet doen | Processor",
        "zoals \"the Customer\" of \"Hoofdovereenkomst\" | ",
        "het EU-VS Data Privacy Framework | ",
        "de tekst zegt \"CC BY 4.0\", maar ook CC BY 4.0 | BY",
        "toegevoegd: SubProcessor \"Twilio Inc.\" (added) | added",
        "48 uur -> 72 uur; ja -> nee | ",
        "/breachNotification/deadline: alleen indien toerekenbaar | ",
        "de deadline van /breachNotification | deadline",
      })
  void findsTheFirstEnglishWordOutsideQuotesAndNames(String text, String word) {
    assertThat(DutchText.englishWord(text).orElse(null)).isEqualTo(word);
  }

  @org.junit.jupiter.api.Test
  void nullIsRefused() {
    assertThatThrownBy(() -> DutchText.englishWord(null)).isInstanceOf(NullPointerException.class);
  }
}
