package org.dpa4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Compares two builds of dpa4j by read+validate relative to the records baseline of the same JMH
 * run, as {@code benchmarks/compare.sh} collects them: one JMH result file per build and round,
 * named {@code base-N.json} and {@code head-N.json}. A single run on a small shared machine cannot
 * carry a bound of some per cent (the same build gave ratios 30 % apart), so each build runs in
 * several rounds, alternating which goes first, and the comparison is between medians.
 *
 * <p>Prints a Markdown table per input: the median ratio of each build with its range over the
 * rounds, the change of the medians, and the median of the per-round changes (each round's head
 * ratio over the same round's base ratio, which cancels drift of the machine between rounds).
 */
public final class BaselineComparison {
  private static final Pattern FILE = Pattern.compile("(base|head)-(\\d+)\\.json");

  private BaselineComparison() {}

  /**
   * Prints the comparison.
   *
   * @param args the directory with the JMH result files
   * @throws IOException when a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    System.out.print(compare(Path.of(args[0])));
  }

  /**
   * Compares the result files of a directory.
   *
   * @param directory holds {@code base-N.json} and {@code head-N.json}, JMH's JSON results of
   *     {@code readAndValidate} and {@code baselineRecords} per input
   * @return a Markdown table, one row per input
   * @throws IOException when a file cannot be read
   * @throws IllegalArgumentException when a round lacks a benchmark for an input
   */
  static String compare(Path directory) throws IOException {
    // input -> round -> [base ratio, head ratio]
    Map<String, Map<Integer, double[]>> ratios = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> listed = Files.list(directory)) {
      files = listed.sorted().toList();
    }
    ObjectMapper mapper = new ObjectMapper();
    for (Path file : files) {
      Matcher name = FILE.matcher(file.getFileName().toString());
      if (!name.matches()) {
        continue;
      }
      int side = name.group(1).equals("base") ? 0 : 1;
      int round = Integer.parseInt(name.group(2));
      Map<String, double[]> scores = new TreeMap<>();
      for (JsonNode run : mapper.readTree(file.toFile())) {
        String benchmark = run.get("benchmark").asText();
        String input = run.get("params").get("input").asText();
        double[] pair = scores.computeIfAbsent(input, k -> new double[] {Double.NaN, Double.NaN});
        double score = run.get("primaryMetric").get("score").asDouble();
        if (benchmark.endsWith(".readAndValidate")) {
          pair[0] = score;
        } else if (benchmark.endsWith(".baselineRecords")) {
          pair[1] = score;
        }
      }
      for (Map.Entry<String, double[]> entry : scores.entrySet()) {
        double[] pair = entry.getValue();
        if (Double.isNaN(pair[0]) || Double.isNaN(pair[1])) {
          throw new IllegalArgumentException(
              file + ": readAndValidate and baselineRecords both needed for " + entry.getKey());
        }
        ratios.computeIfAbsent(entry.getKey(), k -> new TreeMap<>())
                .computeIfAbsent(round, k -> new double[] {Double.NaN, Double.NaN})[side] =
            pair[0] / pair[1];
      }
    }
    StringBuilder out =
        new StringBuilder(
            "| input | rounds | base ratio: median (range) | head ratio: median (range)"
                + " | change of medians | median of per-round changes |\n"
                + "|---|---:|---|---|---:|---:|\n");
    for (Map.Entry<String, Map<Integer, double[]>> entry : ratios.entrySet()) {
      List<Double> base = new ArrayList<>();
      List<Double> head = new ArrayList<>();
      List<Double> changes = new ArrayList<>();
      for (double[] round : entry.getValue().values()) {
        if (!Double.isNaN(round[0])) {
          base.add(round[0]);
        }
        if (!Double.isNaN(round[1])) {
          head.add(round[1]);
        }
        if (!Double.isNaN(round[0]) && !Double.isNaN(round[1])) {
          changes.add(round[1] / round[0] - 1);
        }
      }
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %s | %s | %s | %s |%n",
              entry.getKey(),
              changes.size(),
              summary(base),
              summary(head),
              percent(median(head) / median(base) - 1),
              percent(median(changes))));
    }
    return out.toString();
  }

  private static String summary(List<Double> values) {
    if (values.isEmpty()) {
      return "-";
    }
    double min = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    double max = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    return String.format(Locale.ROOT, "%.2f (%.2f to %.2f)", median(values), min, max);
  }

  private static String percent(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%+.1f %%", value * 100);
  }

  /** The median; of an even number of values, the mean of the middle two; NaN when empty. */
  static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
