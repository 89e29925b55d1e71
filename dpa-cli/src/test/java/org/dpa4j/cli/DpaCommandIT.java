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
    return dpaAt(Path.of("."), environment, args);
  }

  static Result dpaAt(Path directory, java.util.Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(Path.of(System.getProperty("dpa.jar")).toAbsolutePath().toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
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
        .containsExactly(
            "rule",
            "severity",
            "legalBasis",
            "pointer",
            "line",
            "column",
            "clauses",
            "message",
            "arguments");
    assertThat(finding.get("severity").asText()).isEqualTo("ERROR");
    assertThat(finding.get("arguments").isObject()).isTrue();
    assertThat(report.get("findings")).hasSize(3 + 24 + 12);
  }

  @Test
  void dutchMessages() throws Exception {
    Result r = dpa("validate", "--lang", "nl", AGREEMENTS.resolve("hallo.json").toString());
    assertThat(r.out())
        .contains("FOUT (5)", "Samenvatting", "verwerker: hallo Nederland BV")
        .contains(
            "hoeft pas binnen een redelijke termijn te gebeuren; art. 33 lid 2 AVG vraagt melding");
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
    // Issue 13: a policy that is missing, unreadable or malformed is 2, as README says.
    Result missingPolicy = dpa("validate", "--policy", dir.resolve("missing.json").toString());
    assertThat(missingPolicy.exit()).isEqualTo(2);
    assertThat(missingPolicy.err()).contains("missing.json: io.unreadable: cannot be read");
    Path unreadablePolicy = Files.createDirectory(dir.resolve("policy-dir.json"));
    assertThat(dpa("validate", "--policy", unreadablePolicy.toString()).exit()).isEqualTo(2);
    Path empty = Files.createDirectory(dir.resolve("empty"));
    assertThat(dpa("validate", empty.toString()).exit()).isEqualTo(2);
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
    for (String command : Set.of("validate", "diff", "format", "schema", "explain", "rules")) {
      Result help = dpa(command, "--help");
      assertThat(help.exit()).isEqualTo(0);
      assertThat(help.out()).startsWith("Usage: dpa " + command);
    }
    assertThat(dpa("--help").out()).contains("Commands:");
    assertThat(dpa("--version").out().trim()).isEqualTo("dpa " + System.getProperty("dpa.version"));
  }

  /** Runs dpa in the repository's root, where the README's paths start. */
  static Result dpaInRoot(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(Path.of(System.getProperty("dpa.jar")).toAbsolutePath().toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(Path.of("..").toFile()).start();
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
  void readmeDiffExampleIsTheRealOutput() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    String start =
        "```\n./dpa diff examples/agreements/ipcall.json examples/diff/ipcall-next.json\n";
    int from = readme.indexOf(start);
    assertThat(from).as("README has the diff example").isNotNegative();
    String shown =
        readme.substring(from + start.length(), readme.indexOf("```", from + start.length()));
    Result r =
        dpaInRoot("diff", "examples/agreements/ipcall.json", "examples/diff/ipcall-next.json");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo(shown);
  }

  @Test
  void diffFailsOnWhatItIsAskedToAndReportsInJsonAndSarif() throws Exception {
    String old = AGREEMENTS.resolve("ipcall.json").toString();
    String next = "../examples/diff/ipcall-next.json";
    assertThat(dpa("diff", old, old).exit()).isZero();
    assertThat(dpa("diff", "--fail-on", "any", old, old).exit()).isZero();
    assertThat(dpa("diff", "--fail-on", "never", old, next).exit()).isZero();
    assertThat(dpa("diff", "--fail-on", "any", old, next).exit()).isEqualTo(1);
    // The other way round nothing is looser: the deadline is shorter and a transfer is gone.
    assertThat(dpa("diff", next, old).exit()).isZero();
    assertThat(dpa("diff", "--fail-on", "any", next, old).exit()).isEqualTo(1);

    JsonNode json = MAPPER.readTree(dpa("diff", "--format", "json", old, next).out());
    assertThat(json.get("summary").get("looser").asInt()).isEqualTo(2);
    JsonNode deadline = json.get("changes").get(0);
    assertThat(deadline.get("oldPointer").asText()).isEqualTo("/breachNotification/deadline/limit");
    assertThat(deadline.get("oldValue").asText()).isEqualTo("PT48H");
    assertThat(deadline.get("newValue").asText()).isEqualTo("PT72H");
    assertThat(json.get("changes").get(1).get("thirdCountries").toString()).isEqualTo("[\"US\"]");
    assertThat(json.get("findings").findValuesAsText("rule"))
        .contains("GDPR-44-TRANSFER-MECHANISM");

    JsonNode sarif = MAPPER.readTree(dpa("diff", "--format", "sarif", old, next).out());
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    JsonNode run = sarif.get("runs").get(0);
    assertThat(run.get("tool").get("driver").get("name").asText()).isEqualTo("dpa");
    assertThat(run.get("tool").get("driver").get("rules").findValuesAsText("id"))
        .contains("DIFF-LOOSER", "GDPR-44-TRANSFER-MECHANISM");
    JsonNode first = run.get("results").get(0);
    assertThat(first.get("ruleId").asText()).isEqualTo("DIFF-LOOSER");
    assertThat(first.get("level").asText()).isEqualTo("warning");
    JsonNode physical = first.get("locations").get(0).get("physicalLocation");
    assertThat(physical.get("artifactLocation").get("uri").asText()).endsWith("ipcall-next.json");
    // "limit": "PT72H" is on line 76 of the new version.
    assertThat(physical.get("region").get("startLine").asInt()).isEqualTo(76);
  }

  @Test
  void diffSpeaksDutchAndReportsUnreadableInputsAndUsage() throws Exception {
    String old = AGREEMENTS.resolve("ipcall.json").toString();
    Result dutch = dpa("diff", "--lang", "nl", old, "../examples/diff/ipcall-next.json");
    assertThat(dutch.out())
        .contains(
            "Wijzigingen",
            "SOEPELER VOOR DE VERWERKER",
            "toegevoegd:",
            "buiten de EER: Verenigde Staten")
        .contains("Samenvatting");
    Result missing = dpa("diff", old, "does-not-exist.json");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("does-not-exist.json: io.unreadable: cannot be read");
    assertThat(dpa("diff", old).exit()).isEqualTo(64);
    assertThat(dpa("diff", "--format", "xml", old, old).exit()).isEqualTo(64);
    assertThat(dpa("diff", "--help").out()).startsWith("Usage: dpa diff");
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

  /** The lines of the README's first fenced block that follows {@code marker}. */
  static List<String> readmeBlock(String marker) throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    int at = readme.indexOf(marker);
    assertThat(at).as("README has " + marker).isNotNegative();
    int open = readme.indexOf("```", at);
    int start = readme.indexOf('\n', open) + 1;
    return readme.substring(start, readme.indexOf("```", start)).lines().toList();
  }

  static Set<String> options(String text) {
    Set<String> options = new java.util.TreeSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("--[a-z-]+").matcher(text);
    while (m.find()) {
      options.add(m.group());
    }
    return options;
  }

  /** Issue 13: the README's usage lines name exactly the options each command's help names. */
  @Test
  void readmeUsageMatchesEachCommandsHelp() throws Exception {
    List<String> usage = readmeBlock("## The `dpa` command");
    assertThat(usage).hasSizeGreaterThanOrEqualTo(6);
    for (String line : usage) {
      String command = line.split(" ")[1];
      if (command.startsWith("--")) {
        continue;
      }
      Result help = dpa(command, "--help");
      assertThat(help.exit()).isEqualTo(0);
      String helpUsage = help.out().substring(0, help.out().indexOf("\n\n"));
      assertThat(options(line)).as(line).isEqualTo(options(helpUsage));
    }
  }

  /** Issue 13: the exit codes README lists are the command's, each with its own constant. */
  @Test
  void readmeExitCodesAreTheCommands() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    int from = readme.indexOf("- Exit codes:");
    String bullet = readme.substring(from, readme.indexOf("\n- ", from + 1));
    Set<Integer> documented = new java.util.TreeSet<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(\\d+) (?:when|on) ").matcher(bullet);
    while (m.find()) {
      documented.add(Integer.parseInt(m.group(1)));
    }
    Set<Integer> constants = new java.util.TreeSet<>();
    for (java.lang.reflect.Field field : Main.class.getFields()) {
      if (field.getType() == int.class) {
        constants.add(field.getInt(null));
      }
    }
    assertThat(documented).containsExactly(0, 1, 2, 64, 70, 74).isEqualTo(constants);
  }

  /**
   * Issue 13: the README's GitHub Actions step runs as written (from the repository root) and
   * writes a SARIF log valid against the SARIF 2.1.0 schema.
   */
  @Test
  void readmeGitHubActionsStepWritesValidSarif() throws Exception {
    String step =
        readmeBlock("### In CI: GitHub code scanning").stream()
            .map(String::strip)
            .filter(l -> l.startsWith("run: ./dpa "))
            .findFirst()
            .orElseThrow();
    assertThat(step).contains("--format sarif");
    String arguments = step.substring("run: ./dpa ".length(), step.indexOf(" > "));
    String sarifFile = step.substring(step.indexOf(" > ") + 3).strip();
    assertThat(readmeBlock("### In CI: GitHub code scanning"))
        .contains(
            "        uses: github/codeql-action/upload-sarif@v4",
            "          sarif_file: " + sarifFile);
    Result r = dpaAt(Path.of(".."), java.util.Map.of(), arguments.split(" "));
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    JsonNode log = CiFormatsTest.validSarif(r.out());
    assertThat(log.at("/runs/0/results").size()).isGreaterThan(190);
    assertThat(
            log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
        .startsWith("examples/agreements/");
  }
}
