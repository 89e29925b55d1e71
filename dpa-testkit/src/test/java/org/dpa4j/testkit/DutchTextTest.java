package org.dpa4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DutchTextTest {
  @Test
  void findsEnglishWordsOutsideQuotesAndNames() {
    assertThat(DutchText.englishWord("ontbreekt: likely consequences")).contains("likely");
    assertThat(DutchText.englishWord("1 months of fees")).contains("months");
    assertThat(DutchText.englishWord("toegevoegd: SubProcessor \"Twilio Inc.\" (added)"))
        .contains("added");
    assertThat(DutchText.englishWord("48 uur -> 72 uur; ja -> nee")).isEmpty();
    assertThat(DutchText.englishWord("subverwerker \"the processor\"")).isEmpty();
    assertThat(DutchText.englishWord("doorgifte op grond van het Data Privacy Framework"))
        .isEmpty();
  }
}
