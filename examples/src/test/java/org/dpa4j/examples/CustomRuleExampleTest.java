package org.dpa4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.dpa4j.validation.DpaValidator;
import org.dpa4j.validation.RuleDefinition;
import org.junit.jupiter.api.Test;

class CustomRuleExampleTest {

  @Test
  void serviceLoaderFindsTheCustomRule() {
    assertThat(DpaValidator.create().getRules())
        .extracting(RuleDefinition::getId)
        .contains("ACME-BREACH-24H");
    assertThat(DpaValidator.builder().loadServiceRules(false).build().getRules())
        .extracting(RuleDefinition::getId)
        .doesNotContain("ACME-BREACH-24H");
  }

  @Test
  void exampleReportsTheSeedsAgainstThePolicy() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CustomRuleExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "hallo: Breach notice is not promised within 24 hours (no limit).",
            "voip-express: Breach notice is not promised within 24 hours (PT48H).",
            "ipcall: Breach notice is not promised within 24 hours (PT48H).",
            "callvoip: Breach notice is not promised within 24 hours (PT72H).",
            "digiteam: meets the 24-hour policy");
  }

  @Test
  void mainRuns() {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      CustomRuleExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("digiteam: meets the 24-hour policy");
  }
}
