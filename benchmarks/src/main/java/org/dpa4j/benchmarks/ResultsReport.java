package org.dpa4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH JSON result, the cold-start timings and the retained sizes into {@code RESULTS.md}:
 * tables of times, ratios against the baselines, allocation, and the targets of issue 5.
 */
public final class ResultsReport {
  private ResultsReport() {}

  /**
   * Writes the report.
   *
   * @param args JMH JSON file, cold-start file ("cold", "cli" and "jvm" lines, in ms),
   *     retained-size file, machine description, mode, output file
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    JsonNode runs = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    Map<String, Map<String, double[]>> byInput = new LinkedHashMap<>();
    for (JsonNode run : runs) {
      String benchmark = run.get("benchmark").asText().replaceFirst(".*\\.", "");
      String input = run.at("/params/input").asText();
      double score = run.at("/primaryMetric/score").asDouble();
      double error = run.at("/primaryMetric/scoreError").asDouble();
      double alloc = run.at("/secondaryMetrics/gc.alloc.rate.norm/score").asDouble(Double.NaN);
      byInput
          .computeIfAbsent(input, k -> new LinkedHashMap<>())
          .put(benchmark, new double[] {score, error, alloc});
    }
    Map<String, String> cold = keyValues(Path.of(args[1]));
    Map<String, long[]> retained = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of(args[2]))) {
      String[] parts = line.trim().split(" ");
      if (parts.length >= 3) {
        retained.put(parts[0], new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])});
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("# Benchmark results\n\n")
        .append("Written by `benchmarks/run.sh ")
        .append(args[4])
        .append("`; do not edit by hand.\n\n")
        .append("Machine: ")
        .append(args[3])
        .append("\n\n")
        .append("Times are JMH average times in microseconds per operation (± the 99.9 % error);")
        .append(
            " allocation is `gc.alloc.rate.norm` in bytes per operation. Ratios divide dpa4j by")
        .append(" the baseline measured in the same run.\n\n");
    out.append("## Operations\n\n")
        .append("| input | JSON bytes | read µs | records µs | read / records | streaming µs |")
        .append(" write µs | structure µs | HV alone µs | rules µs | read+validate µs |")
        .append(" read+validate B/op | round trip µs |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Map.Entry<String, Map<String, double[]>> e : byInput.entrySet()) {
      Map<String, double[]> m = e.getValue();
      out.append("| ")
          .append(e.getKey())
          .append(" | ")
          .append(
              retained.containsKey(e.getKey())
                  ? retained.get(e.getKey())[1]
                  : Inputs.json(e.getKey()).length)
          .append(" | ")
          .append(t(m, "read"))
          .append(" | ")
          .append(t(m, "baselineRecords"))
          .append(" | ")
          .append(ratio(m, "read", "baselineRecords"))
          .append(" | ")
          .append(t(m, "baselineJacksonStreaming"))
          .append(" | ")
          .append(t(m, "write"))
          .append(" | ")
          .append(t(m, "validateStructure"))
          .append(" | ")
          .append(t(m, "baselineHibernateValidator"))
          .append(" | ")
          .append(t(m, "validateRules"))
          .append(" | ")
          .append(t(m, "readAndValidate"))
          .append(" | ")
          .append(alloc(m, "readAndValidate"))
          .append(" | ")
          .append(t(m, "roundTrip"))
          .append(" |\n");
    }
    out.append("\n## Growth with list size\n\n")
        .append(
            "Time of 10x the entries divided by the time of the smaller size (target: at most 11).\n\n")
        .append("| operation | 100 / 10 | 1,000 / 100 | 10,000 / 1,000 |\n|---|---:|---:|---:|\n");
    for (String op :
        List.of("read", "write", "validateRules", "readAndValidate", "baselineRecords")) {
      out.append("| ").append(op);
      for (String[] pair :
          new String[][] {
            {"gen-100", "gen-10"}, {"gen-1000", "gen-100"}, {"gen-10000", "gen-1000"}
          }) {
        out.append(" | ").append(growth(byInput, op, pair[0], pair[1]));
      }
      out.append(" |\n");
    }
    out.append("\n## Retained size\n\n")
        .append(
            "Heap retained per read agreement (used heap after full collections, divided by the")
        .append(" number of copies kept), against its canonical JSON (target: under 2x).\n\n")
        .append("| input | retained bytes | JSON bytes | ratio |\n|---|---:|---:|---:|\n");
    for (Map.Entry<String, long[]> e : retained.entrySet()) {
      out.append("| ")
          .append(e.getKey())
          .append(" | ")
          .append(e.getValue()[0])
          .append(" | ")
          .append(e.getValue()[1])
          .append(" | ")
          .append(String.format(Locale.ROOT, "%.2f", (double) e.getValue()[0] / e.getValue()[1]))
          .append(" |\n");
    }
    out.append("\n## Cold start\n\n")
        .append("Median wall time of fresh processes (")
        .append(cold.getOrDefault("runs", "?"))
        .append(" runs each) that read and validate `examples/agreements/callvoip.json` and print")
        .append(" the report, against a JVM that only starts and prints. The library runs with the")
        .append(
            " JVM's default flags; the `dpa` command (the script, as users run it) with its own:")
        .append(
            " C1 only, the serial collector and a class-data archive made by a training run after the build.\n\n")
        .append("| process | median ms | above JVM start |\n|---|---:|---:|\n")
        .append("| library: first validation report, default JVM | ")
        .append(cold.get("cold"))
        .append(" | ")
        .append(diff(cold.get("cold"), cold.get("jvm")))
        .append(" |\n")
        .append("| `./dpa validate` | ")
        .append(cold.get("cli"))
        .append(" | ")
        .append(diff(cold.get("cli"), cold.get("jvm")))
        .append(" |\n")
        .append("| JVM start only | ")
        .append(cold.get("jvm"))
        .append(" | |\n");
    out.append(targets(byInput, retained, cold));
    Files.writeString(Path.of(args[5]), out.toString());
  }

  private static String targets(
      Map<String, Map<String, double[]>> byInput,
      Map<String, long[]> retained,
      Map<String, String> cold) {
    StringBuilder out = new StringBuilder("\n## Targets (20 KB-class documents: the seeds)\n\n");
    out.append("| target | reached | worst seed |\n|---|---|---|\n");
    double worstRatio = 0;
    double worstReadValidate = 0;
    double worstAlloc = 0;
    double worstRetained = 0;
    String[] worst = new String[4];
    for (String seed : List.of("hallo", "voip-express", "ipcall", "callvoip", "digiteam")) {
      Map<String, double[]> m = byInput.get(seed);
      if (m == null || !m.containsKey("read") || !m.containsKey("baselineRecords")) {
        continue;
      }
      double r = m.get("read")[0] / m.get("baselineRecords")[0];
      if (r > worstRatio) {
        worstRatio = r;
        worst[0] = seed;
      }
      if (m.containsKey("readAndValidate") && m.get("readAndValidate")[0] > worstReadValidate) {
        worstReadValidate = m.get("readAndValidate")[0];
        worst[1] = seed;
      }
      if (m.containsKey("readAndValidate") && m.get("readAndValidate")[2] > worstAlloc) {
        worstAlloc = m.get("readAndValidate")[2];
        worst[2] = seed;
      }
      if (retained.containsKey(seed)) {
        double rr = (double) retained.get(seed)[0] / retained.get(seed)[1];
        if (rr > worstRetained) {
          worstRetained = rr;
          worst[3] = seed;
        }
      }
    }
    out.append(
        row(
            "read within 1.3x of the records baseline",
            worstRatio <= 1.3,
            String.format(Locale.ROOT, "%.2fx", worstRatio),
            worst[0]));
    out.append(
        row(
            "read+validate under 150 µs",
            worstReadValidate < 150,
            String.format(Locale.ROOT, "%.0f µs", worstReadValidate),
            worst[1]));
    out.append(
        row(
            "read+validate under 250 KB allocated",
            worstAlloc < 250_000,
            String.format(Locale.ROOT, "%.0f KB", worstAlloc / 1000),
            worst[2]));
    out.append(
        row(
            "retained size under 2x the JSON bytes",
            worstRetained < 2,
            String.format(Locale.ROOT, "%.2fx", worstRetained),
            worst[3]));
    Map<String, String> coldProcesses = new LinkedHashMap<>();
    coldProcesses.put("cold", "library, default JVM flags");
    coldProcesses.put("cli", "`./dpa validate`");
    for (Map.Entry<String, String> process : coldProcesses.entrySet()) {
      double above = Double.parseDouble(diff(cold.get(process.getKey()), cold.get("jvm")));
      out.append(
          row(
              "cold start under 1 s above JVM start (" + process.getValue() + ")",
              above < 1000,
              String.format(Locale.ROOT, "%.0f ms", above),
              "callvoip"));
    }
    return out.toString();
  }

  private static String row(String target, boolean ok, String value, String seed) {
    return "| "
        + target
        + " | "
        + (ok ? "yes" : "**no**")
        + ", "
        + value
        + " | "
        + (seed == null ? "-" : seed)
        + " |\n";
  }

  private static Map<String, String> keyValues(Path file) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file)) {
      String[] parts = line.trim().split(" ");
      if (parts.length == 2) {
        out.put(parts[0], parts[1]);
      }
    }
    return out;
  }

  private static String diff(String a, String b) {
    return a == null || b == null ? "0" : String.valueOf(Long.parseLong(a) - Long.parseLong(b));
  }

  private static String t(Map<String, double[]> m, String op) {
    double[] v = m.get(op);
    return v == null ? "-" : String.format(Locale.ROOT, "%.1f ± %.1f", v[0], v[1]);
  }

  private static String alloc(Map<String, double[]> m, String op) {
    double[] v = m.get(op);
    return v == null || Double.isNaN(v[2]) ? "-" : String.format(Locale.ROOT, "%,.0f", v[2]);
  }

  private static String ratio(Map<String, double[]> m, String a, String b) {
    return m.containsKey(a) && m.containsKey(b)
        ? String.format(Locale.ROOT, "%.2f", m.get(a)[0] / m.get(b)[0])
        : "-";
  }

  private static String growth(
      Map<String, Map<String, double[]>> byInput, String op, String big, String small) {
    Map<String, double[]> b = byInput.get(big);
    Map<String, double[]> s = byInput.get(small);
    if (b == null || s == null || !b.containsKey(op) || !s.containsKey(op)) {
      return "-";
    }
    return String.format(Locale.ROOT, "%.1f", b.get(op)[0] / s.get(op)[0]);
  }
}
