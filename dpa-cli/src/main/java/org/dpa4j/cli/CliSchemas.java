package org.dpa4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.TextSyntax;
import org.dpa4j.model.value.CountryCode;
import org.dpa4j.model.value.Money;
import org.dpa4j.validation.Policy;
import org.dpa4j.validation.RuleDefinition;
import org.dpa4j.validation.Severity;

/**
 * The JSON Schemas (2020-12) of what the command exchanges besides agreements: the policy file that
 * {@link PolicyReader} reads and the report that {@code validate --format json} prints ({@link
 * Report#json()}). Each is generated from the reader's or writer's own names and the model's
 * patterns; {@code description} is English and {@code x-description-nl} Dutch, as in the agreement
 * schema. The tests hold the reader and the writer to them.
 */
final class CliSchemas {
  /** The policy schema's {@code $id}. */
  static final String POLICY_ID =
      "https://dpa4j.org/schemas/policy/v" + PolicyReader.VERSION + "/dpa-policy.schema.json";

  /** The report schema's {@code $id}. */
  static final String REPORT_ID = "https://dpa4j.org/schemas/report/v1/dpa-report.schema.json";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Locale DUTCH = LocalizedText.DUTCH;

  /**
   * What the policy reader checks and the policy schema cannot say. The first two are classes of
   * the agreement schema's {@code $comment} ({@code SchemaGap}) under the same names; the test
   * holds every disagreement of reader and schema to one of these.
   */
  enum PolicyGap {
    /** A count written with a fraction or exponent. */
    INTEGER_FORM(
        "integers must be written as integers: JSON Schema's \"integer\" is a value, so 1.0 and"
            + " 1e0 are integers to it",
        "{\"thresholds\":{\"deletionMaxDays\":1.0}}"),
    /** Two minimum caps in one currency. */
    UNIQUE_BY_PROPERTY(
        "a property unique among the entries of a list (minimum caps by currency): uniqueItems"
            + " compares whole entries, and \"EUR 5.0\" and \"EUR 5.00\" are different strings",
        "{\"thresholds\":{\"liabilityMinCap\":[\"EUR 5\",\"EUR 6\"]}}"),
    /** One threshold bounded by another. */
    VALUE_ORDER(
        "breachInfoAboveHours must not be above breachWarnAtOrAboveHours (either may be left out"
            + " and take its default): a schema bounds a value by constants, not by another value",
        "{\"thresholds\":{\"breachInfoAboveHours\":80}}");

    final String description;
    final String example;

    PolicyGap(String description, String example) {
      this.description = description;
      this.example = example;
    }
  }

  private CliSchemas() {}

  /**
   * Returns the schema of policy files.
   *
   * @param rules the rules the validator knows
   * @return the schema text, pretty-printed, with a final newline
   */
  static String policy(Collection<RuleDefinition> rules) {
    Policy defaults = Policy.defaults();
    ObjectNode schema = header(POLICY_ID, "dpa4j validation policy");
    StringBuilder comment =
        new StringBuilder(
            "Generated from dpa's policy reader; do not edit. What the reader checks and this"
                + " schema cannot say, each with an example:");
    for (PolicyGap gap : PolicyGap.values()) {
      comment
          .append(" (")
          .append(gap.ordinal() + 1)
          .append(") ")
          .append(gap.name().toLowerCase(Locale.ROOT))
          .append(": ")
          .append(gap.description)
          .append("; e.g. ")
          .append(gap.example)
          .append('.');
    }
    schema.put("$comment", comment.toString());
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    properties.set(
        "policyVersion",
        described(
            NODES.objectNode().put("const", PolicyReader.VERSION),
            "The version of the policy format; always \"" + PolicyReader.VERSION + "\".",
            "De versie van het policyformaat; altijd \"" + PolicyReader.VERSION + "\"."));
    ObjectNode thresholds = NODES.objectNode().put("type", "object");
    ObjectNode limits = thresholds.putObject("properties");
    Map<String, Object[]> counts = new TreeMap<>();
    counts.put(
        "breachWarnAtOrAboveHours",
        new Object[] {
          defaults.getBreachWarnAtOrAboveHours(),
          "Breach notice in hours at or above which the deadline gets a WARNING.",
          "Meldtermijn in uren vanaf welke de termijn een WARNING krijgt."
        });
    counts.put(
        "breachInfoAboveHours",
        new Object[] {
          defaults.getBreachInfoAboveHours(),
          "Breach notice in hours above which a shorter deadline is suggested (INFO).",
          "Meldtermijn in uren boven welke een kortere termijn wordt voorgesteld (INFO)."
        });
    counts.put(
        "deletionMaxDays",
        new Object[] {
          defaults.getDeletionMaxDays(),
          "Longest deletion or return deadline after the end, in days, before a WARNING.",
          "Langste termijn voor wissen of teruggeven na het einde, in dagen, voor een WARNING."
        });
    counts.put(
        "liabilityMinCapFeeMonths",
        new Object[] {
          defaults.getLiabilityMinCapFeeMonths(),
          "Lowest cap in months of fees that is not reported as low.",
          "Laagste plafond in maanden vergoeding dat niet als laag wordt gemeld."
        });
    counts.put(
        "auditMaxNoticeDays",
        new Object[] {
          defaults.getAuditMaxNoticeDays(),
          "Longest notice before an audit, in days, before a WARNING.",
          "Langste aankondiging voor een audit, in dagen, voor een WARNING."
        });
    counts.put(
        "objectionWindowMinDays",
        new Object[] {
          defaults.getObjectionWindowMinDays(),
          "Shortest window to object to a new sub-processor, in days, before a WARNING that the"
              + " objection right is illusory.",
          "Kortste termijn om bezwaar te maken tegen een nieuwe subverwerker, in dagen, voor een"
              + " WARNING dat het bezwaarrecht schijnbaar is."
        });
    counts.put(
        "businessDayHolidays",
        new Object[] {
          defaults.getBusinessDayHolidays(),
          "Public holidays in a row a deadline in business days is assumed to span at worst,"
              + " besides its weekends.",
          "Feestdagen op een rij die een termijn in werkdagen in het slechtste geval overspant,"
              + " naast de weekenden."
        });
    for (String name : new TreeSet<>(PolicyReader.THRESHOLDS)) {
      if (name.equals("liabilityMinCap")) {
        // One amount, or a non-empty list with at most one per currency (the reader refuses a
        // second one in the same currency; the schema cannot say so, PolicyGap): never negative.
        ObjectNode amount = NODES.objectNode().put("type", "string").put("pattern", Money.PATTERN);
        amount.putObject("not").put("pattern", " -[0-9.]*[1-9]");
        ObjectNode list =
            NODES.objectNode().put("type", "array").put("minItems", 1).put("uniqueItems", true);
        list.set("items", amount.deepCopy());
        ObjectNode cap = NODES.objectNode();
        cap.putArray("oneOf").add(amount).add(list);
        described(
            cap,
            "Lowest fixed liability cap that is not reported as low: an amount, or a non-empty list"
                + " of amounts with at most one per currency (an empty list is refused: leave the"
                + " property out to keep the default); a cap in a currency without a minimum is"
                + " reported as not comparable.",
            "Laagste vaste aansprakelijkheidsplafond dat niet als laag wordt gemeld: een bedrag,"
                + " of een niet-lege lijst bedragen met hoogstens één per valuta (een lege lijst"
                + " wordt geweigerd: laat de eigenschap weg om de standaardwaarde te houden); een"
                + " plafond in een valuta zonder minimum wordt gemeld als niet vergelijkbaar.");
        cap.put("default", defaults.getLiabilityMinCap().toString());
        limits.set(name, cap);
        continue;
      }
      Object[] count = counts.get(name);
      limits.set(
          name,
          described(
                  NODES
                      .objectNode()
                      .put("type", "integer")
                      .put("minimum", 0)
                      .put("maximum", Integer.MAX_VALUE),
                  (String) count[1],
                  (String) count[2])
              .put("default", (Integer) count[0]));
    }
    thresholds.put("additionalProperties", false);
    properties.set(
        "thresholds",
        described(
            thresholds,
            "Thresholds of the rules; each left out keeps its default.",
            "Drempels van de regels; elke weggelaten drempel houdt zijn standaardwaarde."));
    ObjectNode area =
        NODES
            .objectNode()
            .put("type", "array")
            .set(
                "items",
                NODES.objectNode().put("type", "string").put("pattern", CountryCode.PATTERN));
    properties.set(
        "allowedTransferAreas",
        described(
            area,
            "Countries or groups (ISO 3166-1 alpha-2, EU, EEA) where transfers are allowed besides"
                + " the EEA.",
            "Landen of groepen (ISO 3166-1 alpha-2, EU, EEA voor de EER) waarheen doorgifte naast"
                + " de EER is toegestaan."));
    Map<String, RuleDefinition> byId = new TreeMap<>();
    rules.forEach(rule -> byId.put(rule.getId(), rule));
    ObjectNode ruleId = NODES.objectNode();
    ArrayNode ids = ruleId.putArray("enum");
    ObjectNode requirements = NODES.objectNode();
    ObjectNode requirementsNl = NODES.objectNode();
    byId.forEach(
        (id, rule) -> {
          ids.add(id);
          requirements.put(id, rule.getRequirement(Locale.ENGLISH));
          requirementsNl.put(id, rule.getRequirement(DUTCH));
        });
    enumDescriptions(ruleId, requirements, requirementsNl);
    properties.set(
        "disabledRules",
        described(
            NODES.objectNode().put("type", "array").set("items", ruleId),
            "Ids of the rules that are switched off; each id is described by what its rule"
                + " requires.",
            "Ids van de regels die uitgeschakeld zijn; elk id wordt beschreven met wat zijn regel"
                + " vereist."));
    ObjectNode severity = NODES.objectNode();
    ArrayNode severities = severity.putArray("enum");
    ObjectNode severityTexts = NODES.objectNode();
    ObjectNode severityTextsNl = NODES.objectNode();
    for (Severity value : Severity.values()) {
      // The policy reader takes a severity as the report prints it (ERROR) or in lower case.
      for (String code : List.of(value.getCode(), value.name())) {
        severities.add(code);
        severityTexts.put(code, severityText(value, Locale.ENGLISH));
        severityTextsNl.put(code, severityText(value, DUTCH));
      }
    }
    enumDescriptions(severity, severityTexts, severityTextsNl);
    ObjectNode overrides = NODES.objectNode().put("type", "object");
    overrides.set("propertyNames", NODES.objectNode().set("enum", ids.deepCopy()));
    overrides.set("additionalProperties", severity);
    properties.set(
        "severityOverrides",
        described(
            overrides,
            "New severities by rule id: error, warning or info (or ERROR, WARNING, INFO).",
            "Nieuwe ernst per regel-id: error, warning of info (of ERROR, WARNING, INFO)."));
    schema.putArray("required").add("policyVersion");
    schema.put("additionalProperties", false);
    return text(schema);
  }

  /**
   * Returns the schema of the report that {@code validate --format json} prints.
   *
   * @return the schema text, pretty-printed, with a final newline
   */
  static String report() {
    ObjectNode schema = header(REPORT_ID, "dpa validation report");
    schema.put(
        "$comment",
        "Generated from dpa's report writer; do not edit. Printed by dpa validate --format json.");
    ObjectNode finding = object();
    ObjectNode fp = finding.putObject("properties");
    fp.set("rule", string("The id of the rule.", "Het id van de regel."));
    ObjectNode severity = NODES.objectNode();
    ArrayNode names = severity.putArray("enum");
    ObjectNode severityTexts = NODES.objectNode();
    ObjectNode severityTextsNl = NODES.objectNode();
    for (Severity value : Severity.values()) {
      names.add(value.name());
      severityTexts.put(value.name(), severityText(value, Locale.ENGLISH));
      severityTextsNl.put(value.name(), severityText(value, DUTCH));
    }
    enumDescriptions(severity, severityTexts, severityTextsNl);
    fp.set(
        "severity",
        described(severity, "How serious the finding is.", "Hoe ernstig de bevinding is."));
    fp.set(
        "legalBasis",
        string("The article of the law the rule checks.", "Het wetsartikel dat de regel toetst."));
    fp.set(
        "pointer",
        described(
            NODES.objectNode().put("type", "string").put("pattern", TextSyntax.POINTER_OR_ROOT),
            "JSON Pointer to the value in the agreement the finding is about; empty for the whole"
                + " agreement.",
            "JSON Pointer naar de waarde in de overeenkomst waar de bevinding over gaat; leeg voor"
                + " de hele overeenkomst."));
    fp.set(
        "line",
        position(
            "Line (from 1) of the value the pointer names in the input, or of its nearest"
                + " enclosing value.",
            "Regel (vanaf 1) van de waarde die de pointer aanwijst in de invoer, of van de"
                + " dichtstbijzijnde omvattende waarde."));
    fp.set(
        "column",
        position(
            "Column (from 1, in characters) of that value.",
            "Kolom (vanaf 1, in tekens) van die waarde."));
    fp.set(
        "clauses",
        described(
            NODES
                .objectNode()
                .put("type", "array")
                .set("items", NODES.objectNode().put("type", "string")),
            "The agreement's own clause numbers the finding cites.",
            "De eigen artikelnummers van de overeenkomst die de bevinding noemt."));
    fp.set(
        "message",
        string(
            "The finding in words, in the language asked for.",
            "De bevinding in woorden, in de gevraagde taal."));
    fp.set("arguments", arguments());
    required(finding, fp);
    ObjectNode summary = object();
    ObjectNode sp = summary.putObject("properties");
    for (Severity value : Severity.values()) {
      sp.set(
          value.getCode(),
          count(
              "Number of " + value.getCode() + " findings.",
              "Aantal bevindingen van ernst " + value.getCode() + "."));
    }
    summary.set(
        "required",
        NODES
            .arrayNode()
            .addAll(sp.properties().stream().map(e -> NODES.textNode(e.getKey())).toList()));
    sp.set(
        "omitted",
        count(
            "Findings left out because the report reached its cap; absent when none were.",
            "Bevindingen weggelaten omdat het rapport zijn maximum bereikte; ontbreekt als er geen"
                + " waren."));
    ObjectNode report = object();
    ObjectNode rp = report.putObject("properties");
    rp.set(
        "source",
        string(
            "The file the agreement was read from, or seed:NAME for a bundled seed.",
            "Het bestand waaruit de overeenkomst is gelezen, of seed:NAAM voor een meegeleverde"
                + " seed."));
    rp.set("title", string("The agreement's title.", "De titel van de overeenkomst."));
    rp.set(
        "summary", described(summary, "Findings counted by severity.", "Bevindingen per ernst."));
    rp.set(
        "findings",
        described(
            NODES.objectNode().put("type", "array").set("items", finding),
            "The findings, errors first.",
            "De bevindingen, fouten eerst."));
    required(report, rp);
    ObjectNode problem = object();
    ObjectNode pp = problem.putObject("properties");
    pp.set("code", string("The problem's stable code.", "De vaste code van het probleem."));
    pp.set(
        "pointer",
        described(
            NODES.objectNode().put("type", "string").put("pattern", TextSyntax.JSON_POINTER),
            "JSON Pointer to where the problem is; empty for the whole input.",
            "JSON Pointer naar waar het probleem zit; leeg voor de hele invoer."));
    pp.set(
        "message",
        string(
            "The problem in words, in the language asked for.",
            "Het probleem in woorden, in de gevraagde taal."));
    problem.putArray("required").add("code").add("pointer").add("message");
    pp.set("line", position("Line (from 1), when known.", "Regel (vanaf 1), als die bekend is."));
    pp.set(
        "column",
        position(
            "Column (from 1, in characters), when known.",
            "Kolom (vanaf 1, in tekens), als die bekend is."));
    ObjectNode unreadable = object();
    ObjectNode up = unreadable.putObject("properties");
    up.set("source", rp.get("source").deepCopy());
    up.set(
        "problems",
        described(
            NODES.objectNode().put("type", "array").put("minItems", 1).set("items", problem),
            "Why the input could not be read.",
            "Waarom de invoer niet gelezen kon worden."));
    required(unreadable, up);
    ObjectNode either = NODES.objectNode();
    either.putArray("oneOf").add(report).add(unreadable);
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    properties.set(
        "reports",
        described(
            NODES.objectNode().put("type", "array").set("items", either),
            "One report per input, in order: a validated agreement, or an input that could not"
                + " be read with its problems.",
            "Eén rapport per invoer, op volgorde: een gevalideerde overeenkomst, of een invoer die"
                + " niet gelezen kon worden met zijn problemen."));
    schema.putArray("required").add("reports");
    schema.put("additionalProperties", false);
    return text(schema);
  }

  /** A severity's label in a language, as findings print it. */
  private static String severityText(Severity severity, Locale locale) {
    return severity.getLabel().get(locale);
  }

  /** Adds the per-value descriptions, as the agreement schema writes them, to an enum. */
  private static void enumDescriptions(ObjectNode schema, ObjectNode english, ObjectNode dutch) {
    schema.set("x-enum-descriptions", english);
    schema.set("x-enum-descriptions-nl", dutch);
  }

  private static ObjectNode header(String id, String title) {
    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", id);
    schema.put("title", title);
    return schema;
  }

  private static ObjectNode object() {
    return NODES.objectNode().put("type", "object").put("additionalProperties", false);
  }

  /**
   * A finding's arguments: the values its message was made from, by name (a code, a number, a
   * boolean, a text form, or a list of them).
   */
  private static ObjectNode arguments() {
    return described(
        NODES
            .objectNode()
            .put("type", "object")
            .set(
                "additionalProperties",
                NODES
                    .objectNode()
                    .set(
                        "type",
                        NODES
                            .arrayNode()
                            .add("string")
                            .add("integer")
                            .add("boolean")
                            .add("array"))),
        "The values the message was made from, by the names its rule declares (such as"
            + " deadline or destinations): codes, numbers, booleans, text forms such as PT72H,"
            + " or lists of them. Compare findings by these, not by their texts.",
        "De waarden waaruit de melding is opgebouwd, met de namen die de regel declareert (zoals"
            + " deadline of destinations): codes, getallen, booleans, tekstvormen zoals PT72H, of"
            + " lijsten daarvan. Vergelijk bevindingen hierop, niet op hun teksten.");
  }

  private static void required(ObjectNode object, ObjectNode properties) {
    ArrayNode required = object.putArray("required");
    properties.properties().forEach(e -> required.add(e.getKey()));
  }

  private static ObjectNode string(String english, String dutch) {
    return described(NODES.objectNode().put("type", "string"), english, dutch);
  }

  /**
   * A line or column: from 1. A finding is always located (at least at the document, which was
   * read), and a problem's position is written only when known.
   */
  private static ObjectNode position(String english, String dutch) {
    return described(NODES.objectNode().put("type", "integer").put("minimum", 1), english, dutch);
  }

  private static ObjectNode count(String english, String dutch) {
    return described(NODES.objectNode().put("type", "integer").put("minimum", 0), english, dutch);
  }

  private static ObjectNode described(ObjectNode schema, String english, String dutch) {
    schema.put("description", english);
    schema.put("x-description-nl", dutch);
    return schema;
  }

  private static String text(ObjectNode schema) {
    try {
      return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(schema) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
