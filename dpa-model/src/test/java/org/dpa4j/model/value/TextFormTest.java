package org.dpa4j.model.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dpa4j.model.ClauseRef;
import org.dpa4j.model.DpaModelException;
import org.dpa4j.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every value type parses what it prints, and rejects bad text with a typed problem. */
class TextFormTest {

  static Stream<Arguments> validTexts() {
    return Stream.of(
        Arguments.of("time limit hours", (Function<String, Object>) TimeLimit::parse, "PT48H"),
        Arguments.of("time limit minutes", (Function<String, Object>) TimeLimit::parse, "PT30M"),
        Arguments.of("time limit days", (Function<String, Object>) TimeLimit::parse, "P30D"),
        Arguments.of("time limit weeks", (Function<String, Object>) TimeLimit::parse, "P12W"),
        Arguments.of("time limit months", (Function<String, Object>) TimeLimit::parse, "P1M"),
        Arguments.of("time limit years", (Function<String, Object>) TimeLimit::parse, "P2Y"),
        Arguments.of("time limit zero", (Function<String, Object>) TimeLimit::parse, "P0D"),
        Arguments.of("money", (Function<String, Object>) Money::parse, "EUR 10000"),
        Arguments.of("money scale", (Function<String, Object>) Money::parse, "EUR 10000.00"),
        Arguments.of("money negative", (Function<String, Object>) Money::parse, "USD -5.5"),
        Arguments.of("country", (Function<String, Object>) CountryCode::parse, "NL"),
        Arguments.of("country group EU", (Function<String, Object>) CountryCode::parse, "EU"),
        Arguments.of("country group EEA", (Function<String, Object>) CountryCode::parse, "EEA"),
        Arguments.of("kvk leading zero", (Function<String, Object>) KvkNumber::parse, "02066541"),
        Arguments.of(
            "vat as written", (Function<String, Object>) VatNumber::parse, "NL1041.63.252.B01"),
        Arguments.of("vat german", (Function<String, Object>) VatNumber::parse, "DE123456789"),
        Arguments.of("date year", (Function<String, Object>) PartialDate::parse, "2018"),
        Arguments.of("date month", (Function<String, Object>) PartialDate::parse, "2023-09"),
        Arguments.of("date day", (Function<String, Object>) PartialDate::parse, "2024-02-29"),
        Arguments.of("clause", (Function<String, Object>) ClauseRef::parse, "Bijlage 3"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("validTexts")
  void roundTripsThroughItsTextForm(String name, Function<String, Object> parse, String text) {
    Object value = parse.apply(text);
    assertThat(value.toString()).isEqualTo(text);
    assertThat(parse.apply(value.toString())).isEqualTo(value).hasSameHashCodeAs(value);
  }

  static Stream<Arguments> invalidTexts() {
    return Stream.of(
        Arguments.of("time limit unit", (Function<String, Object>) TimeLimit::parse, "PT48X"),
        Arguments.of("time limit negative", (Function<String, Object>) TimeLimit::parse, "P-1D"),
        Arguments.of("time limit two parts", (Function<String, Object>) TimeLimit::parse, "P1DT2H"),
        Arguments.of("time limit lower case", (Function<String, Object>) TimeLimit::parse, "pt48h"),
        Arguments.of("time limit empty", (Function<String, Object>) TimeLimit::parse, ""),
        Arguments.of("time limit days in T", (Function<String, Object>) TimeLimit::parse, "PT2D"),
        Arguments.of("time limit huge", (Function<String, Object>) TimeLimit::parse, "P99999999D"),
        Arguments.of("money exponent", (Function<String, Object>) Money::parse, "EUR 1E3"),
        Arguments.of("money comma", (Function<String, Object>) Money::parse, "EUR 10.000,00"),
        Arguments.of("money currency", (Function<String, Object>) Money::parse, "ABC 10"),
        Arguments.of("money no amount", (Function<String, Object>) Money::parse, "EUR"),
        Arguments.of("country lower case", (Function<String, Object>) CountryCode::parse, "nl"),
        Arguments.of("country unknown", (Function<String, Object>) CountryCode::parse, "XX"),
        Arguments.of("country alpha-3", (Function<String, Object>) CountryCode::parse, "NLD"),
        Arguments.of("kvk seven digits", (Function<String, Object>) KvkNumber::parse, "3713016"),
        Arguments.of("kvk letters", (Function<String, Object>) KvkNumber::parse, "3713016A"),
        Arguments.of("vat dutch form", (Function<String, Object>) VatNumber::parse, "NL123456789"),
        Arguments.of("vat no prefix", (Function<String, Object>) VatNumber::parse, "123456789B01"),
        Arguments.of(
            "date impossible", (Function<String, Object>) PartialDate::parse, "2023-02-30"),
        Arguments.of("date month 13", (Function<String, Object>) PartialDate::parse, "2023-13"),
        Arguments.of("date words", (Function<String, Object>) PartialDate::parse, "mei 2018"),
        Arguments.of("clause blank", (Function<String, Object>) ClauseRef::parse, "  "),
        Arguments.of("clause padded", (Function<String, Object>) ClauseRef::parse, " 7.1"),
        Arguments.of("clause control", (Function<String, Object>) ClauseRef::parse, "7.1\n"),
        Arguments.of(
            "clause inner control", (Function<String, Object>) ClauseRef::parse, "7\u00011"));
  }

  @ParameterizedTest(name = "{0}: \"{2}\"")
  @MethodSource("invalidTexts")
  void rejectsBadTextWithATypedProblem(String name, Function<String, Object> parse, String text) {
    assertThatThrownBy(() -> parse.apply(text))
        .isInstanceOf(DpaModelException.class)
        .satisfies(
            e -> {
              Problem problem = ((DpaModelException) e).getProblems().get(0);
              assertThat(problem.getCode()).isIn("model.syntax", "model.out_of_range");
              assertThat(problem.getMessage()).isNotBlank();
              assertThat(problem.getMessage(java.util.Locale.forLanguageTag("nl")))
                  .isNotEqualTo(problem.getMessage());
              assertThat(problem.getPointer()).matches("(/[a-z]+)?");
            });
  }

  @Test
  void timeLimitKeepsTheUnitAsWrittenAndComparesNominally() {
    TimeLimit twelveWeeks = TimeLimit.parse("P12W");
    assertThat(twelveWeeks.getUnit()).isEqualTo(TimeLimitUnit.WEEKS);
    assertThat(twelveWeeks.getAmount()).isEqualTo(12);
    assertThat(twelveWeeks).isNotEqualTo(TimeLimit.ofDays(84));
    assertThat(twelveWeeks.toNominalDuration()).isEqualTo(Duration.ofDays(84));
    assertThat(TimeLimit.ofMonths(1).toNominalDuration()).isEqualTo(Duration.ofDays(30));
    assertThat(TimeLimit.ofHours(72).toNominalDuration()).isEqualTo(Duration.ofHours(72));
    assertThatThrownBy(() -> TimeLimit.of(-1, TimeLimitUnit.DAYS))
        .isInstanceOf(DpaModelException.class)
        .hasMessageContaining("/amount");
  }

  @Test
  void moneyComparesByValueAndKeepsItsScale() {
    Money written = Money.euros("10000.00");
    assertThat(written).isEqualTo(Money.euros("10000")).hasSameHashCodeAs(Money.euros("10000"));
    assertThat(written.toString()).isEqualTo("EUR 10000.00");
    assertThat(written.getAmount()).isEqualTo(new BigDecimal("10000.00"));
    assertThat(Money.euros("99.99")).isLessThan(Money.euros("100"));
    assertThat(Money.euros("1")).isNotEqualTo(Money.of("1", "USD"));
    assertThatThrownBy(() -> Money.euros("1").compareTo(Money.of("1", "USD")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** "72 uren" was Dutch for "72 hours": Dutch counts hours and years in the singular. */
  @Test
  void timeLimitsInWordsCountHoursAndYearsInTheDutchSingular() {
    assertThat(TimeLimit.ofHours(72).toText().getDutch()).isEqualTo("72 uur");
    assertThat(TimeLimit.ofHours(72).toText().getEnglish()).isEqualTo("72 hours");
    assertThat(TimeLimit.ofHours(1).toText().getDutch()).isEqualTo("1 uur");
    assertThat(TimeLimit.parse("P2Y").toText().getDutch()).isEqualTo("2 jaar");
    assertThat(TimeLimit.ofDays(2).toText().getDutch()).isEqualTo("2 dagen");
    assertThat(TimeLimit.ofDays(1).toText().getDutch()).isEqualTo("1 dag");
    assertThat(TimeLimit.ofBusinessDays(2).toText().getDutch()).isEqualTo("2 werkdagen");
    assertThat(TimeLimit.parse("PT30M").toText().getDutch()).isEqualTo("30 minuten");
    assertThat(TimeLimit.parse("P3W").toText().getDutch()).isEqualTo("3 weken");
    assertThat(TimeLimit.ofMonths(2).toText().getDutch()).isEqualTo("2 maanden");
    for (TimeLimitUnit unit : TimeLimitUnit.values()) {
      assertThat(unit.getLabel(1)).isEqualTo(unit.getSingularLabel());
      assertThat(unit.getLabel(2).getEnglish()).isEqualTo(unit.getLabel().getEnglish());
    }
  }

  @Test
  void moneyForPeopleGroupsDigitsPerLanguage() {
    assertThat(Money.euros("10000.00").toText().getEnglish()).isEqualTo("EUR 10,000.00");
    assertThat(Money.euros("10000.00").toText().getDutch()).isEqualTo("EUR 10.000,00");
    assertThat(Money.of("-1234567", "USD").toText().getDutch()).isEqualTo("USD -1.234.567");
    assertThat(Money.euros("100").toText().getEnglish()).isEqualTo("EUR 100");
    assertThat(Money.euros("0.5").toText().getDutch()).isEqualTo("EUR 0,5");
  }

  @Test
  void countriesAndDatesForPeopleAreNamedPerLanguage() {
    assertThat(CountryCode.of("US").toText().getDutch()).isEqualTo("Verenigde Staten");
    assertThat(CountryCode.of("US").toText().getEnglish()).isEqualTo("United States");
    assertThat(CountryCode.EEA.toText().getDutch()).isEqualTo("EER");
    assertThat(PartialDate.parse("2023-09-15").toText().getDutch()).isEqualTo("15 september 2023");
    assertThat(PartialDate.parse("2023-09-15").toText().getEnglish())
        .isEqualTo("15 September 2023");
    assertThat(PartialDate.parse("2023-05").toText().getDutch()).isEqualTo("mei 2023");
    assertThat(PartialDate.parse("2018").toText().getDutch()).isEqualTo("2018");
  }

  @Test
  void everyCountryIsNamedFromTheJdksLocaleDataEveryTimeItIsAsked() {
    // The names are made once per code and kept: asked again, and for another code in between,
    // each code keeps its own name.
    for (int time = 0; time < 2; time++) {
      for (String code : IsoCodes.COUNTRIES) {
        java.util.Locale region = new java.util.Locale.Builder().setRegion(code).build();
        org.dpa4j.model.LocalizedText name = CountryCode.of(code).toText();
        assertThat(name.getEnglish())
            .as(code)
            .isEqualTo(region.getDisplayCountry(java.util.Locale.ENGLISH));
        assertThat(name.getDutch())
            .as(code)
            .isEqualTo(region.getDisplayCountry(org.dpa4j.model.LocalizedText.DUTCH));
      }
    }
    assertThat(CountryCode.of("NL").toText().getDutch()).isEqualTo("Nederland");
    assertThat(CountryCode.of("DE").toText().getEnglish()).isEqualTo("Germany");
  }

  @Test
  void countriesKnowTheirGroups() {
    assertThat(CountryCode.of("FR").isWithin(CountryCode.EU)).isTrue();
    assertThat(CountryCode.of("NO").isWithin(CountryCode.EU)).isFalse();
    assertThat(CountryCode.of("NO").isWithin(CountryCode.EEA)).isTrue();
    assertThat(CountryCode.EU.isWithin(CountryCode.EEA)).isTrue();
    assertThat(CountryCode.EEA.isWithin(CountryCode.EU)).isFalse();
    assertThat(CountryCode.of("US").isWithin(CountryCode.EEA)).isFalse();
    assertThat(CountryCode.of("US").isWithin(CountryCode.of("US"))).isTrue();
    assertThat(CountryCode.of("EU")).isSameAs(CountryCode.EU);
    assertThat(CountryCode.EEA.isGroup()).isTrue();
    assertThat(CountryCode.of("NL").isGroup()).isFalse();
  }

  @Test
  void vatNumberComparesNormalisedButPrintsAsWritten() {
    VatNumber written = VatNumber.parse("NL1041.63.252.B01");
    assertThat(written.getNormalized()).isEqualTo("NL104163252B01");
    assertThat(written.getCountryPrefix()).isEqualTo("NL");
    assertThat(written).isEqualTo(VatNumber.parse("NL104163252B01"));
    assertThat(written.toString()).isEqualTo("NL1041.63.252.B01");
  }

  @Test
  void partialDateIsAsPreciseAsWritten() {
    PartialDate month = PartialDate.parse("2023-09");
    assertThat(month.getYearMonth()).contains(YearMonth.of(2023, 9));
    assertThat(month.getDate()).isEmpty();
    assertThat(PartialDate.of(LocalDate.of(2023, 9, 1))).isGreaterThan(month);
    assertThat(PartialDate.parse("2018").getYearMonth()).isEmpty();
  }

  @Test
  void clauseReferencesSortNumerically() {
    assertThat(ClauseRef.of("2.10")).isGreaterThan(ClauseRef.of("2.9"));
    assertThat(ClauseRef.of("10.1")).isGreaterThan(ClauseRef.of("9.5"));
    assertThat(ClauseRef.of("7")).isLessThan(ClauseRef.of("7.1"));
  }
}
