package org.dpa4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalizedTextTest {

  @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "no placeholders | no placeholders",
        "{0} | A",
        "a {0} b {1} c | a A b B c",
        "{1}{0}{1} | BAB",
        "{2} is out of range | ? is out of range",
        "{12} two digits | M two digits",
        "{123} three digits stay | {123} three digits stay",
        "{1234} four digits stay | {1234} four digits stay",
        "{a} and {} and { 0} stay | {a} and {} and { 0} stay",
        "unclosed {0 | unclosed {0",
        "{{0}} | {A}",
        "'{0}' | 'A'",
        "{\u0661} Arabic-Indic digits stay | {\u0661} Arabic-Indic digits stay",
      })
  void placeholdersAreFilledInAndEverythingElseIsKept(String template, String expected) {
    Object[] arguments = new Object[13];
    for (int i = 0; i < arguments.length; i++) {
      arguments[i] = String.valueOf((char) ('A' + i));
    }
    Object[] shown = template.contains("{2}") ? new Object[] {"A", "B"} : arguments;
    LocalizedText text = LocalizedText.of(template, template).format(shown);
    assertThat(text.getEnglish()).isEqualTo(expected);
    assertThat(text.getDutch()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"en, 3 days within the EU", "nl, 3 days binnen de EU"})
  void localizedArgumentsFollowTheLanguageOfTheTemplate(String language, String expected) {
    LocalizedText template = LocalizedText.of("{0} days {1}", "{0} days {1}");
    LocalizedText place = LocalizedText.of("within the EU", "binnen de EU");
    assertThat(template.format(3, place).get(Locale.forLanguageTag(language))).isEqualTo(expected);
  }
}
