package org.dpa4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dpa4j.cli.CliSchemas.PolicyGap;
import org.dpa4j.json.DpaJson;
import org.dpa4j.json.DpaJsonException;
import org.dpa4j.validation.DpaValidator;
import org.dpa4j.validation.RuleDefinition;
import org.dpa4j.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schemas of policy files and of the JSON report: valid 2020-12 schemas, printed by {@code dpa
 * schema --policy} and {@code --report}; every report the command prints validates, and the policy
 * reader and the policy schema agree on examples and their mutations, except where the schema's
 * {@code $comment} says it cannot follow.
 */
class CliSchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final Set<String> RULE_IDS = Main.ruleIds();
  private static final List<RuleDefinition> RULES = DpaValidator.create().getRules();
  private static final JsonSchema POLICY = FACTORY.getSchema(CliSchemas.policy(RULES));
  private static final JsonSchema REPORT = FACTORY.getSchema(CliSchemas.report());
  private static final Path POLICIES = Path.of("../examples/policies");

  record Run(int exit, String out) {}

  static Run dpa(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        new Main(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                false)
            .run(args);
    return new Run(exit, out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void bothSchemasAreValidDraft202012SchemasAndArePrintedByTheCommand() throws Exception {
    JsonSchema meta =
        FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertThat(meta.validate(MAPPER.readTree(CliSchemas.policy(RULES)))).isEmpty();
    assertThat(meta.validate(MAPPER.readTree(CliSchemas.report()))).isEmpty();
    assertThat(dpa("schema", "--policy")).isEqualTo(new Run(0, CliSchemas.policy(RULES)));
    assertThat(dpa("schema", "--report")).isEqualTo(new Run(0, CliSchemas.report()));
    assertThat(dpa("schema", "--other").exit()).isEqualTo(Main.USAGE);
  }

  @Test
  void policySchemaNamesWhatThePolicyReaderReads() throws Exception {
    JsonNode schema = MAPPER.readTree(CliSchemas.policy(RULES));
    assertThat(names(schema.get("properties"))).isEqualTo(new TreeSet<>(PolicyReader.TOP));
    assertThat(names(schema.at("/properties/thresholds/properties")))
        .isEqualTo(new TreeSet<>(PolicyReader.THRESHOLDS));
    assertThat(
            schema.at("/properties/thresholds/properties/breachWarnAtOrAboveHours/default").asInt())
        .isEqualTo(org.dpa4j.validation.Policy.defaults().getBreachWarnAtOrAboveHours());
  }

  /** Every report the command prints, for every example, language and policy, validates. */
  @ParameterizedTest(name = "options [{0}]")
  @ValueSource(
      strings = {
        "",
        "--lang nl",
        "--policy ../examples/policies/strict.json",
        "--policy ../examples/policies/lenient.json --lang nl"
      })
  void everyJsonReportValidates(String options) throws Exception {
    List<String> args = new ArrayList<>(List.of("validate", "--format", "json"));
    if (!options.isEmpty()) {
      args.addAll(List.of(options.split(" ")));
    }
    for (List<String> paths : List.of(List.<String>of(), List.of("../examples/agreements"))) {
      List<String> all = new ArrayList<>(args);
      all.addAll(paths);
      Run run = dpa(all.toArray(String[]::new));
      assertThat(run.exit()).isIn(Main.OK, Main.FINDINGS);
      JsonNode report = MAPPER.readTree(run.out());
      assertThat(report.get("reports")).isNotEmpty();
      assertThat(REPORT.validate(report)).as(all.toString()).isEmpty();
    }
    // The schema can fail: a finding without its rule is refused.
    JsonNode report = MAPPER.readTree(dpa("validate", "--format", "json").out());
    ((ObjectNode) report.at("/reports/0/findings/0")).remove("rule");
    assertThat(REPORT.validate(report)).isNotEmpty();
  }

  @Test
  void policyReaderAndSchemaAgreeOnTheExamplesAndTheirMutations() throws Exception {
    List<JsonNode> bases = new ArrayList<>();
    try (Stream<Path> files = Files.list(POLICIES)) {
      for (Path file : files.sorted().toList()) {
        bases.add(MAPPER.readTree(file.toFile()));
      }
    }
    assertThat(bases).hasSizeGreaterThanOrEqualTo(2);
    Random random = new Random(20261130L);
    int[] verdicts = new int[4];
    List<String> failures = new ArrayList<>();
    Set<PolicyGap> gaps = new java.util.HashSet<>();
    for (int i = 0; i < 1200; i++) {
      JsonNode policy = bases.get(i % bases.size()).deepCopy();
      String change = i < bases.size() ? "none" : mutate((ObjectNode) policy, random);
      boolean reader = accepts(policy);
      boolean schema = POLICY.validate(policy).isEmpty();
      verdicts[(reader ? 0 : 2) + (schema ? 0 : 1)]++;
      if (reader != schema) {
        gaps.add(gap(policy, reader, schema));
        if (gap(policy, reader, schema) == null) {
          failures.add(change + ": reader " + reader + ", schema " + schema + " on " + policy);
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(verdicts[0]).as("accepted by both").isPositive();
    assertThat(verdicts[3]).as("rejected by both").isPositive();
    // The mutations reach every documented class, so each exemption is exercised.
    assertThat(gaps).containsAll(List.of(PolicyGap.values()));
  }

  /**
   * The documented class a disagreement of reader and schema falls in, or null: only documents the
   * schema accepts and the reader refuses can be in one.
   */
  static PolicyGap gap(JsonNode policy, boolean reader, boolean schema) {
    if (reader || !schema) {
      return null;
    }
    JsonNode thresholds = policy.path("thresholds");
    for (JsonNode value : thresholds) {
      if (value.isFloatingPointNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0) {
        return PolicyGap.INTEGER_FORM;
      }
    }
    JsonNode caps = thresholds.path("liabilityMinCap");
    Set<String> currencies = new TreeSet<>();
    for (JsonNode cap : caps.isArray() ? caps : NODES.arrayNode()) {
      if (!currencies.add(cap.asText().split(" ", 2)[0])) {
        return PolicyGap.UNIQUE_BY_PROPERTY;
      }
    }
    JsonNode info = thresholds.path("breachInfoAboveHours");
    JsonNode warn = thresholds.path("breachWarnAtOrAboveHours");
    return (info.isInt() ? info.asInt() : 24) > (warn.isInt() ? warn.asInt() : 72)
        ? PolicyGap.VALUE_ORDER
        : null;
  }

  /**
   * The reviewer's cases, one file each: a list of caps with two in one currency (also the same
   * amount written twice), a count written 1.0 (the schema accepts them, the reader refuses: the
   * documented classes), and an empty list of caps (both refuse: it names no minimum).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "cap-list-second-in-currency.json, UNIQUE_BY_PROPERTY",
    "cap-list-same-amount-two-forms.json, UNIQUE_BY_PROPERTY",
    "count-written-as-1.0.json, INTEGER_FORM",
    "cap-list-empty.json, ''"
  })
  void policyRegressionCases(String file, String gap) throws Exception {
    JsonNode policy = MAPPER.readTree(Path.of("src/test/resources/policies", file).toFile());
    boolean reader = accepts(policy);
    boolean schema = POLICY.validate(policy).isEmpty();
    assertThat(reader).as("reader").isFalse();
    assertThat(schema).as("schema").isEqualTo(!gap.isEmpty());
    assertThat(gap(policy, reader, schema))
        .isEqualTo(gap.isEmpty() ? null : PolicyGap.valueOf(gap));
  }

  /**
   * The policy schema's classes are those of the agreement schema's $comment (SchemaGap) under the
   * same names, but for the comparison of two values, which only a policy has; each is in the
   * policy schema's $comment with its example.
   */
  @Test
  void policyGapsAreTheAgreementSchemasClassesAndAreInTheComment() throws Exception {
    String comment = MAPPER.readTree(CliSchemas.policy(RULES)).get("$comment").asText();
    String agreement = MAPPER.readTree(DpaJson.schema()).get("$comment").asText();
    for (PolicyGap gap : PolicyGap.values()) {
      String name = gap.name().toLowerCase(java.util.Locale.ROOT);
      assertThat(comment).contains(") " + name + ": ").contains(gap.example);
      if (gap != PolicyGap.VALUE_ORDER) {
        assertThat(agreement).contains(") " + name + ": ");
      }
    }
  }

  /**
   * Every {@code pattern} of the three schemas refuses at least one plainly wrong text: a pattern
   * that accepts anything (such as an end anchor inside one alternative only) fails here.
   */
  @Test
  void everyPatternOfTheThreeSchemasRefusesSomething() throws Exception {
    List<String> patterns = new ArrayList<>();
    for (String schema : List.of(DpaJson.schema(), CliSchemas.policy(RULES), CliSchemas.report())) {
      patterns(MAPPER.readTree(schema), patterns);
    }
    assertThat(patterns).hasSizeGreaterThan(10);
    List<String> wrong = List.of("", " ", "\u0000", "~~ plainly / wrong //", "x\n");
    for (String pattern : patterns) {
      JsonSchema only =
          FACTORY.getSchema(NODES.objectNode().put("type", "string").put("pattern", pattern));
      assertThat(wrong)
          .as(pattern)
          .anyMatch(text -> !only.validate(NODES.textNode(text)).isEmpty());
    }
  }

  private static void patterns(JsonNode node, List<String> out) {
    node.properties()
        .forEach(
            e -> {
              if (e.getKey().equals("pattern") && e.getValue().isTextual()) {
                out.add(e.getValue().textValue());
              }
            });
    node.forEach(child -> patterns(child, out));
  }

  /**
   * The report schema's pattern-bearing fields, mutated in a printed report: a finding's pointer (a
   * model pointer or empty) and a problem's (any RFC 6901 pointer), and positions from 1.
   */
  @Test
  void reportSchemaRefusesMutatedPointersAndPositions() throws Exception {
    JsonNode report = MAPPER.readTree(dpa("validate", "--format", "json").out());
    assertThat(REPORT.validate(report)).isEmpty();
    String finding = "/reports/0/findings/0";
    for (String pointer : List.of("", "/a", "/a~1b/0", "/~0")) {
      assertThat(REPORT.validate(with(report, finding, "pointer", NODES.textNode(pointer))))
          .as(pointer)
          .isEmpty();
    }
    for (String pointer : List.of("not a pointer ~9", "/", "/a//b", "/a~2", "a/b", "/a/")) {
      assertThat(REPORT.validate(with(report, finding, "pointer", NODES.textNode(pointer))))
          .as(pointer)
          .isNotEmpty();
    }
    assertThat(REPORT.validate(with(report, finding, "line", NODES.numberNode(0)))).isNotEmpty();
    assertThat(REPORT.validate(with(report, finding, "column", NODES.numberNode(0)))).isNotEmpty();
    assertThat(REPORT.validate(with(report, finding, "severity", NODES.textNode("error"))))
        .isNotEmpty();

    // An input that cannot be read: problems point at names the model does not have.
    Path input = Files.createTempFile("unreadable", ".json");
    try {
      Files.writeString(input, "{\"schemaVersion\":\"2\",\"a/b~\":{\"\":1}}");
      JsonNode unreadable =
          MAPPER.readTree(dpa("validate", "--format", "json", input.toString()).out());
      assertThat(unreadable.at("/reports/0/problems")).isNotEmpty();
      assertThat(REPORT.validate(unreadable)).isEmpty();
      String problem = "/reports/0/problems/0";
      assertThat(REPORT.validate(with(unreadable, problem, "pointer", NODES.textNode("/a//"))))
          .isEmpty();
      assertThat(REPORT.validate(with(unreadable, problem, "pointer", NODES.textNode("a"))))
          .isNotEmpty();
      assertThat(REPORT.validate(with(unreadable, problem, "pointer", NODES.textNode("/~"))))
          .isNotEmpty();
    } finally {
      Files.delete(input);
    }
  }

  /** Every severity and rule id of the schemas is described in English and Dutch, differently. */
  @Test
  void enumValuesOfPolicyAndReportAreDescribed() throws Exception {
    JsonNode policy = MAPPER.readTree(CliSchemas.policy(RULES));
    JsonNode rule = policy.at("/properties/disabledRules/items");
    assertThat(rule.get("enum")).hasSize(RULE_IDS.size());
    for (RuleDefinition definition : RULES) {
      assertThat(rule.at("/x-enum-descriptions/" + definition.getId()).asText())
          .isEqualTo(definition.getRequirement());
      assertThat(rule.at("/x-enum-descriptions-nl/" + definition.getId()).asText())
          .isEqualTo(definition.getRequirement(org.dpa4j.model.LocalizedText.DUTCH))
          .isNotEqualTo(definition.getRequirement());
    }
    JsonNode severity =
        MAPPER
            .readTree(CliSchemas.report())
            .at("/properties/reports/items/oneOf/0/properties/findings/items/properties/severity");
    assertThat(severity.get("enum")).hasSize(Severity.values().length);
    for (Severity value : Severity.values()) {
      assertThat(severity.at("/x-enum-descriptions-nl/" + value.name()).asText())
          .isEqualTo(value.getLabel().getDutch());
      assertThat(
              policy
                  .at(
                      "/properties/severityOverrides/additionalProperties/x-enum-descriptions/"
                          + value.getCode())
                  .asText())
          .isEqualTo(value.getLabel().getEnglish());
    }
  }

  private static JsonNode with(JsonNode document, String at, String name, JsonNode value) {
    JsonNode copy = document.deepCopy();
    ((ObjectNode) copy.at(at)).set(name, value);
    return copy;
  }

  private static boolean accepts(JsonNode policy) throws Exception {
    try {
      new PolicyReader(RULE_IDS).read(MAPPER.writeValueAsBytes(policy));
      return true;
    } catch (DpaJsonException e) {
      return false;
    }
  }

  private static String mutate(ObjectNode policy, Random random) {
    ObjectNode thresholds = policy.withObjectProperty("thresholds");
    String[] counts = {
      "breachWarnAtOrAboveHours",
      "breachInfoAboveHours",
      "deletionMaxDays",
      "liabilityMinCapFeeMonths",
      "auditMaxNoticeDays",
      "objectionWindowMinDays",
      "businessDayHolidays"
    };
    String count = counts[random.nextInt(counts.length)];
    String rule = new ArrayList<>(RULE_IDS).get(random.nextInt(RULE_IDS.size()));
    JsonNode[] numbers = {
      NODES.numberNode(-1),
      NODES.numberNode(0),
      NODES.numberNode(100),
      NODES.numberNode(2.5),
      NODES.textNode("12"),
      NODES.numberNode(3_000_000_000L),
      NODES.numberNode(12),
      NODES.numberNode(1.0),
      NODES.numberNode(new java.math.BigDecimal("1E+1")),
      NODES.numberNode(new java.math.BigDecimal("24.00"))
    };
    String[] caps = {"EUR 1000", "USD 1000", "EUR -1", "EUR -0", "EUR 1.5", "1000", "EUR"};
    JsonNode[] capLists = {
      NODES.arrayNode(),
      NODES.arrayNode().add("EUR 5").add("EUR 6"),
      NODES.arrayNode().add("EUR 5.0").add("EUR 5.00"),
      NODES.arrayNode().add("EUR 5").add("USD 6"),
      NODES.arrayNode().add("USD 5").add("EUR"),
      NODES.arrayNode().add("EUR 5").add("EUR 5")
    };
    JsonNode[] lists = {NODES.arrayNode(), NODES.arrayNode().add("CH").add("CH")};
    String[] areas = {"CH", "EU", "EEA", "XX", "ch", "USA"};
    switch (random.nextInt(11)) {
      case 9:
        JsonNode capList = capLists[random.nextInt(capLists.length)];
        thresholds.set("liabilityMinCap", capList);
        return "caps " + capList;
      case 10:
        String name = new String[] {"allowedTransferAreas", "disabledRules"}[random.nextInt(2)];
        JsonNode list = lists[random.nextInt(lists.length)];
        policy.set(name, list.deepCopy());
        return name + " = " + list;
      case 0:
        JsonNode number = numbers[random.nextInt(numbers.length)];
        thresholds.set(count, number);
        return count + " = " + number;
      case 1:
        String cap = caps[random.nextInt(caps.length)];
        thresholds.put("liabilityMinCap", cap);
        return "cap " + cap;
      case 2:
        String area = areas[random.nextInt(areas.length)];
        policy.withArray("allowedTransferAreas").add(area);
        return "area " + area;
      case 3:
        String id = random.nextBoolean() ? rule : "NO-SUCH-RULE";
        policy.withArray("disabledRules").add(id);
        return "disabled " + id;
      case 4:
        String severity =
            new String[] {"error", "warning", "info", "ERROR", "fatal"}[random.nextInt(5)];
        policy
            .withObjectProperty("severityOverrides")
            .put(random.nextBoolean() ? rule : "NO-SUCH-RULE", severity);
        return "override " + severity;
      case 5:
        policy.put(random.nextBoolean() ? "colour" : "threshold", 1);
        return "unknown property";
      case 6:
        List<String> names = new ArrayList<>();
        policy.fieldNames().forEachRemaining(names::add);
        String removed = names.get(random.nextInt(names.size()));
        policy.remove(removed);
        return "removed " + removed;
      case 7:
        policy.set(
            new String[] {"policyVersion", "thresholds", "disabledRules"}[random.nextInt(3)],
            random.nextBoolean() ? NODES.numberNode(1) : NODES.textNode("2"));
        return "wrong type or version";
      default:
        policy.withArray("disabledRules").add(NODES.numberNode(1));
        return "number in list";
    }
  }

  private static Set<String> names(JsonNode object) {
    Set<String> names = new TreeSet<>();
    object.properties().forEach(e -> names.add(e.getKey()));
    return names;
  }
}
