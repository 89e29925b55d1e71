package org.dpa4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.dpa4j.json.DpaJson;
import org.dpa4j.testkit.SampleAgreements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the runnable jar in a process of its own, as a user or a pipeline runs it. */
class DpaCommandIT {
  static final Path AGREEMENTS = Path.of("../examples/agreements");
  static final ObjectMapper MAPPER = new ObjectMapper();

  record Result(int exit, String out, String err) {}

  static Result dpa(String... args) throws IOException, InterruptedException {
    return dpaIn(java.util.Map.of(), args);
  }

  static Result dpaIn(java.util.Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(System.getProperty("dpa.jar"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(environment);
    Process process = builder.start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(
        process.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void validateWithoutPathChecksTheFiveBundledSeeds() throws Exception {
    Result r = dpa("validate");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    for (String seed : Main.SEEDS) {
      assertThat(r.out()).contains("source: seed:" + seed);
    }
    assertThat(r.out())
        .contains("hallo, verwerkers- overeenkomst", "ERROR (5)", "Summary")
        .contains("GDPR-33.2-BREACH-TIMELINESS [7.1, 7.2]")
        .doesNotContain("\u001b[");
    assertThat(r.out().lines().filter(l -> l.startsWith("  seed:"))).hasSize(5);
  }

  @Test
  void jsonFormatHasTheDocumentedShape() throws Exception {
    Result r = dpa("validate", "--format", "json", AGREEMENTS.resolve("callvoip.json").toString());
    assertThat(r.exit()).isEqualTo(1);
    JsonNode root = MAPPER.readTree(r.out());
    assertThat(root.properties())
        .extracting(java.util.Map.Entry::getKey)
        .containsExactly("reports");
    JsonNode report = root.get("reports").get(0);
    assertThat(report.properties())
        .extracting(java.util.Map.Entry::getKey)
        .containsExactly("source", "title", "summary", "findings");
    assertThat(report.get("source").asText()).endsWith("callvoip.json");
    assertThat(report.get("title").asText()).isEqualTo("Verwerkersovereenkomst");
    assertThat(report.get("summary").toString())
        .isEqualTo("{\"error\":3,\"warning\":23,\"info\":13}");
    JsonNode finding = report.get("findings").get(0);
    assertThat(finding.properties())
        .extracting(java.util.Map.Entry::getKey)
        .containsExactly("rule", "severity", "legalBasis", "pointer", "clauses", "message");
    assertThat(finding.get("severity").asText()).isEqualTo("ERROR");
    assertThat(report.get("findings")).hasSize(3 + 24 + 12);
  }

  @Test
  void dutchMessages() throws Exception {
    Result r = dpa("validate", "--lang", "nl", AGREEMENTS.resolve("hallo.json").toString());
    assertThat(r.out())
        .contains("FOUT (5)", "Samenvatting", "verwerker: hallo Nederland BV")
        .contains(
            "hoeft pas binnen een redelijke termijn; art. 33 lid 2 AVG vraagt melding zonder");
  }

  @Test
  void oneBrokenFileDoesNotStopTheOthers(@TempDir Path dir) throws Exception {
    Files.copy(AGREEMENTS.resolve("callvoip.json"), dir.resolve("a-callvoip.json"));
    Files.copy(AGREEMENTS.resolve("digiteam.json"), dir.resolve("c-digiteam.json"));
    String broken = Files.readString(AGREEMENTS.resolve("hallo.json"));
    Files.writeString(dir.resolve("b-broken.json"), broken.substring(0, broken.length() / 2));
    Files.writeString(dir.resolve("notes.txt"), "not an agreement");
    Result r = dpa("validate", dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out())
        .contains("a-callvoip.json", "c-digiteam.json")
        .doesNotContain("b-broken.json");
    assertThat(r.err())
        .contains("b-broken.json: json.syntax /")
        .containsPattern("\\(line \\d+, column \\d+\\)");
  }

  @Test
  void exitCodes(@TempDir Path dir) throws Exception {
    Path compliant = dir.resolve("compliant.json");
    Files.writeString(compliant, DpaJson.standard().write(SampleAgreements.compliant()));
    assertThat(dpa("validate", compliant.toString()).exit()).isEqualTo(0);
    assertThat(dpa("validate", "--fail-on", "warning", compliant.toString()).exit()).isEqualTo(0);
    assertThat(dpa("validate", "--fail-on", "never").exit()).isEqualTo(0);
    assertThat(
            dpa("validate", "--fail-on", "warning", AGREEMENTS.resolve("digiteam.json").toString())
                .exit())
        .isEqualTo(1);
    assertThat(dpa("validate", dir.resolve("missing.json").toString()).exit()).isEqualTo(2);
    Result usage = dpa("validate", "--format", "xml");
    assertThat(usage.exit()).isEqualTo(64);
    assertThat(usage.err()).contains("--format must be one of");
    assertThat(dpa("nonsense").exit()).isEqualTo(64);
    assertThat(dpa().exit()).isEqualTo(64);
  }

  @Test
  void policyFiles(@TempDir Path dir) throws Exception {
    Result lenient =
        dpa(
            "validate",
            "--format",
            "json",
            "--policy",
            "../examples/policies/lenient.json",
            AGREEMENTS.resolve("ipcall.json").toString());
    JsonNode summary = MAPPER.readTree(lenient.out()).at("/reports/0/summary");
    assertThat(summary.get("error").asInt()).isEqualTo(7);
    Path bad = dir.resolve("policy.json");
    Files.writeString(bad, "{\"policyVersion\":\"1\",\"thresholds\":{\"deletionMaxDays\":\"90\"}}");
    Result r = dpa("validate", "--policy", bad.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("json.wrong_type /thresholds/deletionMaxDays (line 1, column");
  }

  @Test
  void formatCheckAndRewrite(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("hallo.json");
    Files.writeString(
        file,
        DpaJson.standard()
            .writeCompact(
                DpaJson.standard().read(Files.readAllBytes(AGREEMENTS.resolve("hallo.json")))));
    Result check = dpa("format", "--check", file.toString());
    assertThat(check.exit()).isEqualTo(1);
    assertThat(check.out()).contains("hallo.json: not canonical");
    assertThat(dpa("format", file.toString()).exit()).isEqualTo(0);
    assertThat(Files.readString(file))
        .isEqualTo(Files.readString(AGREEMENTS.resolve("hallo.json")));
    assertThat(dpa("format", "--check", file.toString()).exit()).isEqualTo(0);
    assertThat(dpa("format", "--check", AGREEMENTS.toString()).exit()).isEqualTo(0);
  }

  @Test
  void schemaExplainHelpVersion() throws Exception {
    Result schema = dpa("schema");
    assertThat(schema.exit()).isEqualTo(0);
    assertThat(MAPPER.readTree(schema.out()).get("$schema").asText()).contains("2020-12");
    Result explain = dpa("explain", "GDPR-33.2-BREACH-TIMELINESS");
    assertThat(explain.out())
        .contains("legal basis: GDPR 33(2)", "breachWarnAtOrAboveHours=73", "(too-long):");
    // Issue 11: requirement and legal basis in Dutch too, in Dutch article notation.
    Result dutch = dpa("explain", "--lang", "nl", "GDPR-28.3.a-INSTRUCTIONS");
    assertThat(dutch.out())
        .contains(
            "vereiste: De verwerker verwerkt alleen op gedocumenteerde instructie",
            "juridische grondslag: art. 28 lid 3 onder a AVG")
        .doesNotContain("GDPR 28(3)", "the processor");
    assertThat(dpa("explain", "NO-SUCH-RULE").exit()).isEqualTo(64);
    for (String command : Set.of("validate", "format", "schema", "explain")) {
      Result help = dpa(command, "--help");
      assertThat(help.exit()).isEqualTo(0);
      assertThat(help.out()).startsWith("Usage: dpa " + command);
    }
    assertThat(dpa("--help").out()).contains("Commands:");
    assertThat(dpa("--version").out().trim()).isEqualTo("dpa " + System.getProperty("dpa.version"));
  }

  @Test
  void readmeShowsRealOutput() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    String start = "`./dpa validate` prints\n(excerpt):\n\n```\n";
    int from = readme.indexOf(start);
    assertThat(from).as("README has the excerpt").isNotNegative();
    String excerpt =
        readme.substring(from + start.length(), readme.indexOf("```", from + start.length()));
    List<String> output = dpa("validate").out().lines().toList();
    int at = 0;
    for (String line : excerpt.lines().toList()) {
      if (line.isBlank() || line.strip().equals("...")) {
        continue;
      }
      int found = output.subList(at, output.size()).indexOf(line);
      assertThat(found).as("README line in the output, in order: " + line).isNotNegative();
      at += found + 1;
    }
  }

  /**
   * Issue 14: a non-ASCII path under {@code LANG=C} crashed with a stack trace. The JVM cannot name
   * such a file in that locale; the command says it cannot be read, exits 2, and still writes its
   * own output as UTF-8.
   */
  @Test
  void nonAsciiPathUnderLangCIsReportedWithoutAStackTrace(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("\u00fcberblick-\u6d4b\u8bd5.json");
    Files.copy(AGREEMENTS.resolve("hallo.json"), file);
    Result r = dpaIn(java.util.Map.of("LANG", "C", "LC_ALL", "C"), "validate", file.toString());
    assertThat(r.exit()).isIn(0, 1, 2);
    assertThat(r.err()).doesNotContain("Exception", "\tat ");
    if (r.exit() == 2) {
      assertThat(r.err()).contains("cannot be read");
    }
    Result seeds = dpaIn(java.util.Map.of("LANG", "C", "LC_ALL", "C"), "validate", "--lang", "nl");
    assertThat(seeds.exit()).isEqualTo(1);
    assertThat(seeds.out()).contains("Samenvatting", "hallo, verwerkers- overeenkomst");
  }
}
