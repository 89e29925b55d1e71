package org.dpa4j.model.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dpa4j.model.DpaModelException;
import org.dpa4j.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * dpa4j's ISO lists against the running JDK's: runs in both CI legs (JDK 17 and 25), so a JDK that
 * lists a code dpa4j does not, or lacks one dpa4j accepts, fails here instead of reading documents
 * differently.
 */
class IsoCodesTest {
  /**
   * Codes the JDKs list that ISO 4217 has withdrawn (list three): the euro's predecessors (NLG,
   * DEM, FRF, ...), redenominated currencies (TRL, ROL, MRO, STD, VEF, ...) and the gold and UIC
   * francs. An agreement under the GDPR does not state amounts in them; dpa4j refuses them.
   */
  private static final Set<String> WITHDRAWN =
      Set.of(
          "ADP", "AFA", "ATS", "AYM", "AZM", "BEF", "BGL", "BYB", "BYR", "CSD", "CYP", "DEM", "EEK",
          "ESP", "FIM", "FRF", "GHC", "GRD", "GWP", "IEP", "ITL", "LTL", "LUF", "LVL", "MGF", "MRO",
          "MTL", "MZM", "NLG", "PTE", "ROL", "RUR", "SDD", "SIT", "SKK", "SRG", "STD", "TMM", "TPE",
          "TRL", "USS", "VEB", "VEF", "XFO", "XFU", "YUM", "ZMK", "ZWD", "ZWN", "ZWR");

  /**
   * Active ISO 4217 codes that some supported JDK does not know yet: the Arab Accounting Dinar
   * (2025) is in Temurin 25 and not in OpenJDK 17.0.15. dpa4j accepts it once every supported JDK
   * can represent it as a {@link Currency}.
   */
  private static final Set<String> NOT_IN_EVERY_JDK = Set.of("XAD");

  @Test
  void everyCurrencyOnTheListIsOneThisJdkCanRepresent() {
    assertThat(IsoCodes.CURRENCIES).hasSize(182).contains("EUR", "USD", "ZWG", "XCG", "HRK");
    assertThat(IsoCodes.CURRENCIES).isSubsetOf(jdkCurrencies());
    for (String code : IsoCodes.CURRENCIES) {
      assertThat(Money.of("1", code).getCurrency().getCurrencyCode()).isEqualTo(code);
    }
  }

  @Test
  void whatThisJdkListsBeyondTheListIsWithdrawnOrNotInEveryJdk() {
    Set<String> beyond = new TreeSet<>(jdkCurrencies());
    beyond.removeAll(IsoCodes.CURRENCIES);
    Set<String> explained = new TreeSet<>(WITHDRAWN);
    explained.addAll(NOT_IN_EVERY_JDK);
    assertThat(beyond).isSubsetOf(explained);
    // Every withdrawn code is one the JDKs list (the explanation names no code that needs none).
    assertThat(beyond).containsAll(WITHDRAWN);
    assertThat(IsoCodes.CURRENCIES).doesNotContainAnyElementsOf(explained);
  }

  @Test
  void countriesAreThoseOfThisJdk() {
    // ISO 3166-1 and both JDKs agree today; a JDK that differs fails here, and the list is then
    // changed on purpose, with docs/decisions.md, never by the JDK that happens to run.
    assertThat(IsoCodes.COUNTRIES)
        .hasSize(249)
        .containsExactlyElementsOf(
            new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"NLG", "DEM", "XAD", "UYW", "ABC"})
  void currencyOffTheListIsRefusedByEveryWayIn(String code) {
    assertThat(problem(() -> Money.parse(code + " 100")).getCode()).isEqualTo("model.syntax");
    assertThat(problem(() -> Money.of("100", code)).getPointer()).isEqualTo("/currency");
    if (jdkCurrencies().contains(code)) {
      // A Currency the JDK has is still refused: the writer must not write what the reader refuses.
      Currency currency = Currency.getInstance(code);
      assertThat(problem(() -> Money.of(BigDecimal.TEN, currency)).getPointer())
          .isEqualTo("/currency");
    }
    assertThat(code + " 100").doesNotMatch(Money.PATTERN);
  }

  @Test
  void patternsAreBuiltFromTheLists() {
    assertThat("ZWG 100").matches(Money.PATTERN);
    assertThat("NL").matches(CountryCode.PATTERN);
    assertThat("UK").doesNotMatch(CountryCode.PATTERN);
    assertThat("AN").doesNotMatch(CountryCode.PATTERN);
    assertThat(Jurisdiction.PATTERN).contains(CountryCode.ISO_ALTERNATIVES);
    assertThat(CountryCode.ISO_ALTERNATIVES.split("\\|"))
        .containsExactlyElementsOf(IsoCodes.COUNTRIES);
  }

  private static Set<String> jdkCurrencies() {
    return Currency.getAvailableCurrencies().stream()
        .map(Currency::getCurrencyCode)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Problem problem(Runnable action) {
    try {
      action.run();
    } catch (DpaModelException e) {
      return e.getProblems().get(0);
    }
    throw new AssertionError("no DpaModelException");
  }
}
