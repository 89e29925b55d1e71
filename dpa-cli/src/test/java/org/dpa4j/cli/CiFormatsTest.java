package org.dpa4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dpa4j.cli.report.JUnitXml;
import org.dpa4j.cli.report.Sarif;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.validation.DpaValidator;
import org.dpa4j.validation.Outcome;
import org.dpa4j.validation.RuleDefinition;
import org.dpa4j.validation.Severity;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Issue 13: SARIF and JUnit XML output, and findings located by line and column. */
class CiFormatsTest {
  static final Path AGREEMENTS = Path.of("../examples/agreements");
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final JsonSchema SARIF_SCHEMA = sarifSchema();

  static {
    // The tests run in the command's module, which needs no XML itself: the JDK's XML parser,
    // which checks the JUnit report, is read by the tests only.
    CiFormatsTest.class
        .getModule()
        .addReads(ModuleLayer.boot().findModule("java.xml").orElseThrow());
  }

  static JsonSchema sarifSchema() {
    try (InputStream in =
        CiFormatsTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Asserts that a SARIF log is valid against the official SARIF 2.1.0 schema, and returns it. */
  static JsonNode validSarif(String log) throws Exception {
    JsonNode tree = MAPPER.readTree(log);
    assertThat(SARIF_SCHEMA.validate(tree)).isEmpty();
    return tree;
  }

  static HostileInputTest.Run run(String... args) {
    return HostileInputTest.run(args);
  }

  /** Runs {@code validate --format junit --fail-on FAIL-ON} and parses its report. */
  static Document junit(String failOn, String... paths) throws Exception {
    List<String> args =
        new ArrayList<>(List.of("validate", "--format", "junit", "--fail-on", failOn));
    args.addAll(List.of(paths));
    return parse(run(args.toArray(String[]::new)).out());
  }

  @Test
  void theSchemaValidatorRejectsWhatSarifForbids() throws Exception {
    // The test must be able to fail: a wrong level and a missing version are caught.
    JsonNode log = MAPPER.readTree(run("validate", "--format", "sarif").out());
    ((com.fasterxml.jackson.databind.node.ObjectNode) log.at("/runs/0/results/0"))
        .put("level", "ERROR");
    ((com.fasterxml.jackson.databind.node.ObjectNode) log).remove("version");
    assertThat(SARIF_SCHEMA.validate(log)).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void sarifOfTheSeedsIsValidAndHasEveryFinding() throws Exception {
    HostileInputTest.Run sarif = run("validate", "--format", "sarif");
    assertThat(sarif.exit()).isEqualTo(Main.FINDINGS);
    JsonNode log = validSarif(sarif.out());
    JsonNode json = MAPPER.readTree(run("validate", "--format", "json").out());
    JsonNode run = log.at("/runs/0");
    assertThat(run.at("/tool/driver/name").asText()).isEqualTo("dpa");
    assertThat(run.at("/tool/driver/informationUri").asText()).startsWith("https://");
    assertThat(run.get("columnKind").asText()).isEqualTo("unicodeCodePoints");
    // One rule per rule the validator runs, from the catalogue.
    List<String> ruleIds = new ArrayList<>();
    run.at("/tool/driver/rules").forEach(r -> ruleIds.add(r.get("id").asText()));
    assertThat(ruleIds)
        .containsExactlyElementsOf(
            DpaValidator.create().getRules().stream()
                .map(RuleDefinition::getId)
                .collect(Collectors.toList()));
    // One result per finding of the JSON report, same rule, level, message, file, line, column.
    List<String> expected = new ArrayList<>();
    for (JsonNode report : json.get("reports")) {
      for (JsonNode f : report.get("findings")) {
        expected.add(
            String.join(
                " ",
                f.get("rule").asText(),
                Map.of("ERROR", "error", "WARNING", "warning", "INFO", "note")
                    .get(f.get("severity").asText()),
                report.get("source").asText(),
                f.get("line").asText(),
                f.get("column").asText(),
                f.get("message").asText()));
      }
    }
    List<String> actual = new ArrayList<>();
    for (JsonNode r : run.get("results")) {
      JsonNode location = r.at("/locations/0/physicalLocation");
      actual.add(
          String.join(
              " ",
              r.get("ruleId").asText(),
              r.get("level").asText(),
              location.at("/artifactLocation/uri").asText(),
              location.at("/region/startLine").asText(),
              location.at("/region/startColumn").asText(),
              r.at("/message/text").asText()));
      if (r.has("ruleIndex")) {
        assertThat(ruleIds.get(r.get("ruleIndex").asInt())).isEqualTo(r.get("ruleId").asText());
      }
    }
    assertThat(actual).hasSize(190).containsExactlyElementsOf(expected);
    assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isTrue();
  }

  @Test
  void sarifRulesSpeakTheChosenLanguage() throws Exception {
    JsonNode nl = validSarif(run("validate", "--format", "sarif", "--lang", "nl").out());
    JsonNode rule = nl.at("/runs/0/tool/driver/rules/0");
    assertThat(rule.get("id").asText()).isEqualTo("GDPR-28.9-WRITTEN-FORM");
    RuleDefinition written = DpaValidator.create().getRules().get(0);
    Locale dutch = Locale.forLanguageTag("nl");
    assertThat(rule.at("/shortDescription/text").asText())
        .isEqualTo(written.getRequirement(dutch))
        .startsWith("De verwerkersovereenkomst is een schriftelijke");
    assertThat(rule.at("/fullDescription/text").asText()).startsWith("fout (");
    assertThat(rule.at("/help/text").asText())
        .contains(
            "juridische grondslag: " + written.getLegalBasis(dutch),
            "art. 28 lid 9 AVG",
            "ernst: fout, informatie");
    assertThat(rule.at("/defaultConfiguration/level").asText()).isEqualTo("error");
    assertThat(nl.at("/runs/0/results/0/message/text").asText())
        .isEqualTo(
            MAPPER
                .readTree(run("validate", "--format", "json", "--lang", "nl").out())
                .at("/reports/0/findings/0/message")
                .asText());
  }

  @Test
  void unreadableInputsAreNotificationsOfAnUnsuccessfulRun() throws Exception {
    String broken = AGREEMENTS.resolve("../policies/strict.json").toString();
    HostileInputTest.Run r =
        run(
            "validate",
            "--format",
            "sarif",
            AGREEMENTS.resolve("hallo.json").toString(),
            "missing dir/ü.json",
            broken);
    assertThat(r.exit()).isEqualTo(Main.UNREADABLE);
    JsonNode log = validSarif(r.out());
    JsonNode notes = log.at("/runs/0/invocations/0/toolExecutionNotifications");
    assertThat(log.at("/runs/0/invocations/0/executionSuccessful").asBoolean()).isFalse();
    assertThat(notes.get(0).at("/descriptor/id").asText()).isEqualTo("io.unreadable");
    assertThat(notes.get(0).at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("missing%20dir/%C3%BC.json");
    assertThat(notes.get(1).at("/descriptor/id").asText()).startsWith("json.");
    assertThat(notes.get(1).at("/locations/0/physicalLocation/region/startLine").asInt())
        .isPositive();
  }

  @Test
  void uriOfANameIsAUriReference() {
    assertThat(Sarif.uriOf("examples/agreements/hallo.json"))
        .isEqualTo("examples/agreements/hallo.json");
    assertThat(Sarif.uriOf("/tmp/a b/ü.json")).isEqualTo("file:///tmp/a%20b/%C3%BC.json");
    assertThat(Sarif.uriOf("a%b#c?\u001b.json")).isEqualTo("a%25b%23c%3F%1B.json");
    assertThat(Sarif.uriOf("seed:hallo")).isEqualTo("seed:hallo");
  }

  /**
   * The line and column of every finding lead to the value its pointer names in the source text,
   * or, when the text leaves that value out, to the nearest value above it that the text has.
   */
  @Test
  void findingsAreLocatedAtTheirPointersValue() throws Exception {
    for (String seed : Main.SEEDS) {
      Path file = AGREEMENTS.resolve(seed + ".json");
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      JsonNode document = MAPPER.readTree(file.toFile());
      JsonNode report =
          MAPPER
              .readTree(run("validate", "--format", "json", file.toString()).out())
              .at("/reports/0");
      assertThat(report.get("findings")).isNotEmpty();
      for (JsonNode f : report.get("findings")) {
        String pointer = f.get("pointer").asText();
        while (document.at(pointer).isMissingNode()) {
          pointer = pointer.substring(0, pointer.lastIndexOf('/'));
        }
        JsonNode value = document.at(pointer);
        String line = lines.get(f.get("line").asInt() - 1);
        String at = line.substring(line.offsetByCodePoints(0, f.get("column").asInt() - 1));
        String start =
            value.isObject() ? "{" : value.isArray() ? "[" : MAPPER.writeValueAsString(value);
        assertThat(at).as(seed + " " + f.get("pointer").asText()).startsWith(start);
      }
    }
  }

  @Test
  void textReportShowsLineAndColumn() {
    HostileInputTest.Run en = run("validate", AGREEMENTS.resolve("hallo.json").toString());
    assertThat(en.out()).contains("GDPR-33.2-BREACH-TIMELINESS [7.1, 7.2] (line 89, column 17)");
    HostileInputTest.Run nl =
        run("validate", "--lang", "nl", AGREEMENTS.resolve("hallo.json").toString());
    assertThat(nl.out()).contains("GDPR-33.2-BREACH-TIMELINESS [7.1, 7.2] (regel 89, kolom 17)");
  }

  @Test
  void junitReportParsesAndFailsTheCasesAtTheThreshold() throws Exception {
    assertThat(run("validate", "--format", "junit", "missing.json").exit())
        .isEqualTo(Main.UNREADABLE);
    Document xml = junit("warning", AGREEMENTS.resolve("hallo.json").toString(), "missing.json");
    Element root = xml.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    NodeList suites = root.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(2);
    Element hallo = (Element) suites.item(0);
    int rules = DpaValidator.create().getRules().size();
    assertThat(hallo.getAttribute("tests")).isEqualTo(String.valueOf(rules));
    // hallo has 5 ERROR and 14 WARNING findings, each of its own rule: 19 failed cases.
    assertThat(hallo.getAttribute("failures")).isEqualTo("19");
    assertThat(hallo.getElementsByTagName("failure").getLength()).isEqualTo(19);
    assertThat(hallo.getElementsByTagName("system-out").getLength()).isEqualTo(14);
    Element missing = (Element) suites.item(1);
    assertThat(missing.getAttribute("errors")).isEqualTo("1");
    assertThat(((Element) missing.getElementsByTagName("error").item(0)).getAttribute("type"))
        .isEqualTo("io.unreadable");
    // With --fail-on never, no case fails: every finding is output.
    Document never = junit("never", AGREEMENTS.resolve("hallo.json").toString());
    assertThat(never.getElementsByTagName("failure").getLength()).isZero();
    assertThat(never.getElementsByTagName("system-out").getLength()).isEqualTo(33);
  }

  @Test
  void junitSkipsTheRulesThePolicySwitchesOff() throws Exception {
    Document xml =
        parse(
            run(
                    "validate",
                    "--format",
                    "junit",
                    "--policy",
                    "../examples/policies/lenient.json",
                    AGREEMENTS.resolve("hallo.json").toString())
                .out());
    NodeList skipped = xml.getElementsByTagName("skipped");
    assertThat(skipped.getLength()).isPositive();
    Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("skipped")).isEqualTo(String.valueOf(skipped.getLength()));
  }

  /** Control characters, markup and line ends in names and messages still give well-formed XML. */
  @Test
  void junitXmlIsWellFormedWhateverTheTextsHold() throws Exception {
    String hostile = "a<b>&\"c'\u0000\u001b[2J\u0007\u007f\u009b\ud800\uffff\r\n\tz";
    String xml =
        JUnitXml.write(
            List.of(
                new JUnitXml.TestSuite(
                    hostile,
                    List.of(
                        new JUnitXml.TestCase(
                            hostile,
                            hostile,
                            JUnitXml.Outcome.FAILED,
                            Optional.of(new JUnitXml.Failure(hostile, hostile, hostile)),
                            hostile)))));
    Document document = parse(xml);
    Element suite = (Element) document.getElementsByTagName("testsuite").item(0);
    String shown = "a<b>&\"c'\\u0000\\u001b[2J\\u0007\\u007f\\u009b\\ud800\\uffff\r\n\tz";
    assertThat(suite.getAttribute("name")).isEqualTo(shown);
    Element failure = (Element) document.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo(shown);
    assertThat(failure.getTextContent()).isEqualTo(shown);
    assertThat(document.getElementsByTagName("system-out").item(0).getTextContent())
        .isEqualTo(shown);
    // The control-character case file of the hostile-input work, through the command.
    Document titles =
        junit(
            "never",
            HostileInputTest.CASES.resolve("control-characters-in-titles.json").toString());
    assertThat(titles.getElementsByTagName("testsuite").getLength()).isEqualTo(1);
  }

  @Test
  void rulesListsTheCatalogue() throws Exception {
    List<RuleDefinition> rules = DpaValidator.create().getRules();
    JsonNode json = MAPPER.readTree(run("rules", "--format", "json", "--lang", "nl").out());
    assertThat(json.get("rules")).hasSize(rules.size());
    for (int i = 0; i < rules.size(); i++) {
      RuleDefinition rule = rules.get(i);
      JsonNode node = json.get("rules").get(i);
      assertThat(node.get("id").asText()).isEqualTo(rule.getId());
      assertThat(node.get("severity").asText()).isEqualTo(rule.getDefaultSeverity().name());
      assertThat(node.get("legalBasis").asText())
          .isEqualTo(rule.getLegalBasis(Locale.forLanguageTag("nl")));
      assertThat(node.get("requirement").asText())
          .isEqualTo(rule.getRequirement(Locale.forLanguageTag("nl")));
      List<String> severities = new ArrayList<>();
      node.get("severities").forEach(s -> severities.add(s.asText()));
      assertThat(severities)
          .containsExactlyElementsOf(
              rule.getSeverities().stream()
                  .sorted()
                  .map(Severity::name)
                  .collect(Collectors.toList()));
      assertThat(node.get("outcomes")).hasSize(rule.getOutcomes().size());
      for (int o = 0; o < rule.getOutcomes().size(); o++) {
        Outcome outcome = rule.getOutcomes().get(o);
        JsonNode written = node.get("outcomes").get(o);
        assertThat(written.get("key").asText()).isEqualTo(outcome.getKey());
        assertThat(written.get("severity").asText()).isEqualTo(outcome.getSeverity().name());
        assertThat(written.get("message").asText())
            .isEqualTo(
                outcome.getText().get(LocalizedText.DUTCH).replaceAll("\\{[A-Za-z0-9_]+}", "…"));
      }
    }
    HostileInputTest.Run text = run("rules");
    assertThat(text.exit()).isZero();
    assertThat(text.out().lines().filter(l -> !l.startsWith(" ")))
        .containsExactlyElementsOf(
            rules.stream().map(RuleDefinition::getId).collect(Collectors.toList()));
    assertThat(text.out())
        .contains("  legal basis: GDPR 33(2)", "  severities: error, warning, info");
    assertThat(run("rules", "--lang", "nl").out())
        .contains("  juridische grondslag: art. 33 lid 2", "  vereiste: ");
    assertThat(run("rules", "extra").exit()).isEqualTo(Main.USAGE);
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
