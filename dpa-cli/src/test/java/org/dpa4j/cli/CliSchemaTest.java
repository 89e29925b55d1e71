package org.dpa4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import org.dpa4j.json.DpaJsonException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
  private static final JsonSchema POLICY = FACTORY.getSchema(CliSchemas.policy(RULE_IDS));
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
    assertThat(meta.validate(MAPPER.readTree(CliSchemas.policy(RULE_IDS)))).isEmpty();
    assertThat(meta.validate(MAPPER.readTree(CliSchemas.report()))).isEmpty();
    assertThat(dpa("schema", "--policy")).isEqualTo(new Run(0, CliSchemas.policy(RULE_IDS)));
    assertThat(dpa("schema", "--report")).isEqualTo(new Run(0, CliSchemas.report()));
    assertThat(dpa("schema", "--other").exit()).isEqualTo(Main.USAGE);
  }

  @Test
  void policySchemaNamesWhatThePolicyReaderReads() throws Exception {
    JsonNode schema = MAPPER.readTree(CliSchemas.policy(RULE_IDS));
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
    for (int i = 0; i < 600; i++) {
      JsonNode policy = bases.get(i % bases.size()).deepCopy();
      String change = i < bases.size() ? "none" : mutate((ObjectNode) policy, random);
      boolean reader = accepts(policy);
      boolean schema = POLICY.validate(policy).isEmpty();
      verdicts[(reader ? 0 : 2) + (schema ? 0 : 1)]++;
      if (reader != schema && !infoAboveWarn(policy)) {
        failures.add(change + ": reader " + reader + ", schema " + schema + " on " + policy);
      }
    }
    assertThat(failures).isEmpty();
    assertThat(verdicts[0]).as("accepted by both").isPositive();
    assertThat(verdicts[3]).as("rejected by both").isPositive();
  }

  /** The class the policy schema's $comment lists: INFO threshold above the WARNING one. */
  private static boolean infoAboveWarn(JsonNode policy) {
    JsonNode info = policy.at("/thresholds/breachInfoAboveHours");
    JsonNode warn = policy.at("/thresholds/breachWarnAtOrAboveHours");
    return (info.isInt() ? info.asInt() : 24) > (warn.isInt() ? warn.asInt() : 72);
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
      NODES.numberNode(12)
    };
    String[] caps = {"EUR 1000", "USD 1000", "EUR -1", "EUR -0", "EUR 1.5", "1000", "EUR"};
    String[] areas = {"CH", "EU", "EEA", "XX", "ch", "USA"};
    switch (random.nextInt(9)) {
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
        ArrayNode list = policy.withArray("disabledRules");
        list.add(NODES.numberNode(1));
        return "number in list";
    }
  }

  private static Set<String> names(JsonNode object) {
    Set<String> names = new TreeSet<>();
    object.properties().forEach(e -> names.add(e.getKey()));
    return names;
  }
}
