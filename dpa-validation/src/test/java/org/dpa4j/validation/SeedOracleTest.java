package org.dpa4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.testkit.SeedAgreements;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The report on each seed matches the rule catalogue's oracle (§7 matrix, copied into {@code
 * oracle/matrix.tsv}): the ERROR and WARNING rule sets exactly, and at least 90 % of the expected
 * INFO findings. Deviations the team decided on are listed in {@code docs/rule-decisions.md} and in
 * {@link #DEVIATIONS}; at present one, the processor's 72 hours.
 */
class SeedOracleTest {
  /**
   * Rule id and seed where the team's answer differs from the oracle: "rule@seed" to expected
   * symbol.
   */
  static final Map<String, String> DEVIATIONS =
      // callvoip's "without undue delay, at most 72 hours": no WARNING by default since EDPB
      // Guidelines 9/2022 (docs/rule-decisions.md); INFO as any deadline over 24 hours.
      Map.of("GDPR-33.2-BREACH-TIMELINESS@callvoip", "i");

  static final DpaValidator VALIDATOR = DpaValidator.create();

  static Map<String, Map<String, String>> matrix() throws IOException {
    Map<String, Map<String, String>> bySeed = new LinkedHashMap<>();
    try (InputStream in = SeedOracleTest.class.getResourceAsStream("/oracle/matrix.tsv")) {
      List<String> lines =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(l -> !l.startsWith("#"))
              .toList();
      String[] seeds = lines.get(0).split("\t");
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split("\t");
        for (int i = 1; i < seeds.length; i++) {
          String symbol = DEVIATIONS.getOrDefault(cells[0] + "@" + seeds[i], cells[i]);
          bySeed.computeIfAbsent(seeds[i], k -> new LinkedHashMap<>()).put(cells[0], symbol);
        }
      }
    }
    return bySeed;
  }

  static Stream<String> seeds() {
    return SeedAgreements.names().stream();
  }

  static Set<String> expected(Map<String, String> row, String symbol) {
    Set<String> ids = new TreeSet<>();
    row.forEach(
        (rule, s) -> {
          if (s.equals(symbol)) {
            ids.add(rule);
          }
        });
    return ids;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void reportMatchesTheOracle(String seed) throws IOException {
    Map<String, String> row = matrix().get(seed);
    assertThat(row).hasSize(79);
    DataProcessingAgreement agreement = SeedAgreements.all().get(seed).get();
    ValidationReport report = VALIDATOR.validate(agreement);

    assertThat(report.getRuleIds(Severity.ERROR))
        .as(seed + " ERROR rules")
        .containsExactlyInAnyOrderElementsOf(expected(row, "E"));
    assertThat(report.getRuleIds(Severity.WARNING))
        .as(seed + " WARNING rules")
        .containsExactlyInAnyOrderElementsOf(expected(row, "W"));
    Set<String> expectedInfo = expected(row, "i");
    Set<String> actualInfo = report.getRuleIds(Severity.INFO);
    long hits = expectedInfo.stream().filter(actualInfo::contains).count();
    assertThat(hits * 100)
        .as(seed + " INFO recall; expected " + expectedInfo + " got " + actualInfo)
        .isGreaterThanOrEqualTo(90L * expectedInfo.size());
    assertThat(report.getFindings())
        .as("no structural violations in a seed")
        .noneMatch(f -> f.getRuleId().equals(DpaValidator.STRUCTURE_RULE_ID));
  }
}
