package org.dpa4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: standard input, {@code --recursive}, {@code --color}, every input in the JSON report,
 * policy severities in the report's case.
 */
class CommandOptionsTest {
  static final Path AGREEMENTS = Path.of("../examples/agreements");
  static final ObjectMapper MAPPER = new ObjectMapper();

  static HostileInputTest.Run run(byte[] stdin, boolean terminal, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        new Main(
                new ByteArrayInputStream(stdin),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                terminal)
            .run(args);
    return new HostileInputTest.Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static List<String> sources(String json) throws Exception {
    List<String> sources = new ArrayList<>();
    MAPPER.readTree(json).get("reports").forEach(r -> sources.add(r.get("source").asText()));
    return sources;
  }

  @Test
  void dashReadsStandardInput() throws Exception {
    byte[] hallo = Files.readAllBytes(AGREEMENTS.resolve("hallo.json"));
    HostileInputTest.Run r = run(hallo, false, "validate", "--format", "json", "-");
    assertThat(r.exit()).isEqualTo(Main.FINDINGS);
    JsonNode report = MAPPER.readTree(r.out()).at("/reports/0");
    assertThat(report.get("source").asText()).isEqualTo("-");
    assertThat(report.at("/summary/error").asInt()).isEqualTo(5);
    // The same limit as for files: no more than the document size limit plus one byte is read.
    byte[] big = new byte[Main.READ_LIMIT + 10];
    java.util.Arrays.fill(big, (byte) ' ');
    HostileInputTest.Run over = run(big, false, "validate", "-");
    assertThat(over.exit()).isEqualTo(Main.UNREADABLE);
    assertThat(over.err()).contains("-: json.limit_exceeded");
    assertThat(run(hallo, false, "validate", "-", "-").exit()).isEqualTo(Main.USAGE);
    // format: --check reads it, and without --check the canonical form goes to standard output.
    String compact =
        org.dpa4j.json.DpaJson.standard()
            .writeCompact(org.dpa4j.json.DpaJson.standard().read(hallo));
    byte[] compactBytes = compact.getBytes(StandardCharsets.UTF_8);
    assertThat(run(compactBytes, false, "format", "--check", "-").exit()).isEqualTo(Main.FINDINGS);
    HostileInputTest.Run formatted = run(compactBytes, false, "format", "-");
    assertThat(formatted.exit()).isEqualTo(Main.OK);
    assertThat(formatted.out()).isEqualTo(new String(hallo, StandardCharsets.UTF_8));
  }

  @Test
  void recursiveSearchesSubdirectories(@TempDir Path dir) throws Exception {
    Path deep = Files.createDirectories(dir.resolve("a/b"));
    Files.copy(AGREEMENTS.resolve("hallo.json"), dir.resolve("top.json"));
    Files.copy(AGREEMENTS.resolve("callvoip.json"), deep.resolve("deep.JSON"));
    Files.writeString(deep.resolve("notes.txt"), "not an agreement");
    Files.createSymbolicLink(deep.resolve("dangling.json"), dir.resolve("nowhere"));
    // A link back up would make the walk endless: it is reported, not followed again.
    Files.createSymbolicLink(deep.resolve("loop"), dir);
    HostileInputTest.Run flat =
        run(new byte[0], false, "validate", "--format", "json", dir.toString());
    assertThat(sources(flat.out())).containsExactly(dir.resolve("top.json").toString());
    HostileInputTest.Run deepRun =
        run(new byte[0], false, "validate", "--format", "json", "--recursive", dir.toString());
    assertThat(deepRun.exit()).isEqualTo(Main.UNREADABLE);
    assertThat(sources(deepRun.out()))
        .containsExactly(
            deep.resolve("dangling.json").toString(),
            deep.resolve("deep.JSON").toString(),
            deep.resolve("loop").toString(),
            dir.resolve("top.json").toString());
    assertThat(deepRun.err())
        .contains(
            "dangling.json: io.unreadable: cannot be read", "loop: io.unreadable: cannot be read");
  }

  @Test
  void colourFollowsTheColorOption() {
    String hallo = AGREEMENTS.resolve("hallo.json").toString();
    assertThat(run(new byte[0], true, "validate", hallo).out()).contains("\u001b[31;1m");
    assertThat(run(new byte[0], true, "validate", "--color=auto", hallo).out()).contains("\u001b[");
    assertThat(run(new byte[0], true, "validate", "--color=never", hallo).out())
        .doesNotContain("\u001b[");
    assertThat(run(new byte[0], false, "validate", "--color=auto", hallo).out())
        .doesNotContain("\u001b[");
    assertThat(run(new byte[0], false, "validate", "--color", "always", hallo).out())
        .contains("\u001b[1m");
    assertThat(run(new byte[0], false, "validate", "--color=sometimes", hallo).exit())
        .isEqualTo(Main.USAGE);
    // Colour is for people: the JSON report has none even when asked.
    assertThat(
            run(new byte[0], true, "validate", "--color=always", "--format", "json", hallo).out())
        .doesNotContain("\u001b");
  }

  @Test
  void autoColourOnlyOnATerminalAndWithoutNoColor() {
    assertThat(Main.autoColour(true, null)).isTrue();
    assertThat(Main.autoColour(true, "")).isTrue();
    assertThat(Main.autoColour(true, "1")).isFalse();
    assertThat(Main.autoColour(false, null)).isFalse();
  }

  @Test
  void everyInputAppearsInTheJsonReport(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"schemaVersion\": \"2\",");
    String missing = dir.resolve("missing.json").toString();
    HostileInputTest.Run r =
        run(
            new byte[0],
            false,
            "validate",
            "--format",
            "json",
            AGREEMENTS.resolve("hallo.json").toString(),
            missing,
            broken.toString());
    assertThat(r.exit()).isEqualTo(Main.UNREADABLE);
    JsonNode reports = MAPPER.readTree(r.out()).get("reports");
    assertThat(reports).hasSize(3);
    assertThat(reports.get(1).toString())
        .isEqualTo(
            MAPPER
                .createObjectNode()
                .put("source", missing)
                .set(
                    "problems",
                    MAPPER
                        .createArrayNode()
                        .add(
                            MAPPER
                                .createObjectNode()
                                .put("code", "io.unreadable")
                                .put("pointer", "")
                                .put("message", "cannot be read")))
                .toString());
    JsonNode problem = reports.get(2).at("/problems/0");
    assertThat(problem.get("code").asText()).isEqualTo("json.syntax");
    assertThat(problem.get("line").asInt()).isEqualTo(1);
    assertThat(problem.get("column").asInt()).isPositive();
    assertThat(reports.get(2).has("findings")).isFalse();
    // Standard error still names them, one line per problem.
    assertThat(r.err())
        .contains("missing.json: io.unreadable: cannot be read", "broken.json: json.syntax /");
  }

  @Test
  void policySeveritiesInTheCaseTheReportPrints(@TempDir Path dir) throws Exception {
    String rule = "GDPR-28.3.f-PRIOR-CONSULTATION";
    for (String severity : List.of("error", "ERROR")) {
      Path policy = dir.resolve(severity + ".json");
      Files.writeString(
          policy,
          "{\"policyVersion\":\"1\",\"severityOverrides\":{\""
              + rule
              + "\":\""
              + severity
              + "\"}}");
      assertThat(
              new PolicyReader(HostileInputTest.RULE_IDS)
                  .read(Files.readAllBytes(policy))
                  .getSeverityOverrides())
          .containsEntry(rule, org.dpa4j.validation.Severity.ERROR);
    }
    List<org.dpa4j.model.Problem> problems =
        HostileInputTest.policyProblems(
            ("{\"policyVersion\":\"1\",\"severityOverrides\":{\"" + rule + "\":\"Error\"}}")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(problems)
        .extracting(p -> p.getCode() + " " + p.getMessage())
        .containsExactly(
            "json.unknown_code 'Error' is not a known code; expected one of error, ERROR, warning,"
                + " WARNING, info, INFO");
  }

  /**
   * Found by a review: {@code dpa format} replaced a 644 file by a 600 one and a symbolic link by a
   * regular file, leaving the link's target unformatted.
   */
  @Test
  void formatKeepsPermissionsAndFollowsLinks(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("agreement.json");
    Files.writeString(file, "{}", StandardCharsets.UTF_8);
    java.util.Set<java.nio.file.attribute.PosixFilePermission> mode =
        java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(file, mode);
    Path link = dir.resolve("link.json");
    Files.createSymbolicLink(link, file);
    Main.replace(link, "{\n}\n");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(file)).isEqualTo("{\n}\n");
    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(mode);
    try (var listing = Files.list(dir)) {
      assertThat(listing).hasSize(2);
    }
  }
}
