package org.dpa4j.model.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import java.util.regex.Pattern;
import org.dpa4j.model.ClauseRef;
import org.dpa4j.model.DpaModelException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each value type's published {@code PATTERN} (the JSON Schema's) and its {@code parse} give the
 * same verdict, on the edges issue 12 found and on the line-break edge of {@code $}; the pattern is
 * searched, as JSON Schema validators do, not matched whole.
 */
class PatternTest {

  @ParameterizedTest(name = "{0} \"{1}\" accepted: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "TimeLimit | P1000000D | true",
        "TimeLimit | P1000001D | false",
        "TimeLimit | P9999999D | false",
        "TimeLimit | P2BD | true",
        "TimeLimit | P01D | false",
        "PartialDate | 2023-02-30 | false",
        "PartialDate | 2024-02-29 | true",
        "PartialDate | 2100-02-29 | false",
        "PartialDate | 2000-02-29 | true",
        "PartialDate | 0000-02-29 | true",
        "PartialDate | 2023-04-31 | false",
        "PartialDate | 2023-13 | false",
        "Money | ABC 100 | false",
        "Money | EUR 100 | true",
        "Money | EUR 1.1234567 | false",
        "VatNumber | NL 1041.63.252.B01 | true",
        "VatNumber | NL123456789B1 | false",
        "VatNumber | DE123456789 | true",
        "VatNumber | ' DE123456789' | false",
        "Jurisdiction | US-CA | true",
        "Jurisdiction | EU-X | false",
        "Jurisdiction | EEA | false",
        "Jurisdiction | XX | false",
        "CountryCode | EEA | true",
        "CountryCode | XX | false",
        "ClauseRef | 7.1 | true",
        "ClauseRef | ' 7.1' | false",
        "ClauseRef | 7.1\u0085 | false",
        "ClauseRef | 7.1\u2028 | false",
        "ClauseRef | 7.1{LF} | false",
        "ClauseRef | 7\u00a01 | true",
        "ClauseRef | \u00a0 | true"
      })
  void patternAndParseAgree(String type, String written, boolean accepted) {
    // A line feed cannot stand in a CSV row.
    String text = written.replace("{LF}", "\n");
    Function<String, Object> parse;
    String pattern;
    switch (type) {
      case "TimeLimit":
        parse = TimeLimit::parse;
        pattern = TimeLimit.PATTERN;
        break;
      case "PartialDate":
        parse = PartialDate::parse;
        pattern = PartialDate.PATTERN;
        break;
      case "Money":
        parse = Money::parse;
        pattern = Money.PATTERN;
        break;
      case "VatNumber":
        parse = VatNumber::parse;
        pattern = VatNumber.PATTERN;
        break;
      case "Jurisdiction":
        parse = Jurisdiction::parse;
        pattern = Jurisdiction.PATTERN;
        break;
      case "CountryCode":
        parse = CountryCode::parse;
        pattern = CountryCode.PATTERN;
        break;
      default:
        parse = ClauseRef::parse;
        pattern = ClauseRef.PATTERN;
    }
    assertThat(Pattern.compile(pattern).matcher(text).find()).isEqualTo(accepted);
    boolean parsed;
    try {
      parse.apply(text);
      parsed = true;
    } catch (DpaModelException e) {
      parsed = false;
    }
    assertThat(parsed).isEqualTo(accepted);
  }
}
