package org.dpa4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison of two builds takes each round's ratio and compares medians. */
class BaselineComparisonTest {
  @TempDir Path directory;

  /** A JMH result file with read+validate and records scores per input. */
  private void write(String name, double... scores) throws IOException {
    StringBuilder json = new StringBuilder("[");
    String[] inputs = {"alpha", "beta"};
    for (int i = 0; i < inputs.length; i++) {
      for (int b = 0; b < 2; b++) {
        if (json.length() > 1) {
          json.append(',');
        }
        json.append("{\"benchmark\":\"org.dpa4j.benchmarks.AgreementBenchmark.")
            .append(b == 0 ? "readAndValidate" : "baselineRecords")
            .append("\",\"params\":{\"input\":\"")
            .append(inputs[i])
            .append("\"},\"primaryMetric\":{\"score\":")
            .append(scores[i * 2 + b])
            .append("}}");
      }
    }
    Files.writeString(directory.resolve(name), json.append(']').toString());
  }

  @Test
  void comparesTheMediansOfEachRoundsRatio() throws IOException {
    // alpha: base ratios 3, 4, 5 (median 4); head ratios 4, 4.4, 6 (median 4.4): +10 %.
    write("base-1.json", 300, 100, 200, 100);
    write("base-2.json", 400, 100, 200, 100);
    write("base-3.json", 500, 100, 200, 100);
    write("head-1.json", 400, 100, 100, 100);
    write("head-2.json", 440, 100, 100, 100);
    write("head-3.json", 600, 100, 100, 100);
    Files.writeString(directory.resolve("head-1.log"), "not a result");

    String table = BaselineComparison.compare(directory);

    assertThat(table.lines().toList())
        .containsSubsequence(
            "| alpha | 3 | 4.00 (3.00 to 5.00) | 4.40 (4.00 to 6.00) | +10.0 % | +20.0 % |",
            "| beta | 3 | 2.00 (2.00 to 2.00) | 1.00 (1.00 to 1.00) | -50.0 % | -50.0 % |");
  }

  @Test
  void aRoundWithoutTheBaselineIsRefused() throws IOException {
    Files.writeString(
        directory.resolve("base-1.json"),
        "[{\"benchmark\":\"x.AgreementBenchmark.readAndValidate\",\"params\":{\"input\":\"alpha\"},"
            + "\"primaryMetric\":{\"score\":1}}]");

    assertThatThrownBy(() -> BaselineComparison.compare(directory))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("alpha");
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertThat(BaselineComparison.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    assertThat(BaselineComparison.median(List.of(7.0))).isEqualTo(7.0);
    assertThat(BaselineComparison.median(List.of())).isNaN();
  }
}
