package org.dpa4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.dpa4j.json.DpaJson;
import org.dpa4j.json.DpaJsonException;
import org.dpa4j.json.DpaJsonOptions;
import org.dpa4j.json.core.JsonProblemCode;
import org.dpa4j.json.core.internal.JsonTypes;
import org.dpa4j.model.DpaModelException;
import org.dpa4j.model.Excerpt;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.Problem;
import org.dpa4j.model.value.CountryCode;
import org.dpa4j.model.value.Money;
import org.dpa4j.validation.ImmutablePolicy;
import org.dpa4j.validation.Policy;
import org.dpa4j.validation.Severity;

/**
 * Reads a validation policy from JSON with dpa-json's hardened parser; every problem is reported
 * with its pointer, line and column. The format is documented in README ("Policy files").
 */
final class PolicyReader {
  static final String VERSION = "1";

  /** The most problems reported for one policy file, as for an agreement. */
  static final int MAX_PROBLEMS = DpaJsonOptions.DEFAULT_MAX_PROBLEMS;

  /** The currency of the main liability threshold; minimums in other currencies may follow it. */
  static final String CAP_CURRENCY = "EUR";

  static final Set<String> TOP =
      Set.of(
          "policyVersion",
          "thresholds",
          "allowedTransferAreas",
          "disabledRules",
          "severityOverrides");
  static final Set<String> THRESHOLDS =
      Set.of(
          "breachWarnAtOrAboveHours",
          "breachInfoAboveHours",
          "deletionMaxDays",
          "liabilityMinCap",
          "liabilityMinCapFeeMonths",
          "auditMaxNoticeDays",
          "objectionWindowMinDays",
          "businessDayHolidays");
  private static final LocalizedText OBJECT = JsonTypes.OBJECT;
  private static final LocalizedText ARRAY = JsonTypes.ARRAY;
  private static final LocalizedText STRING = JsonTypes.STRING;
  private static final LocalizedText SECOND_CAP_IN_CURRENCY =
      LocalizedText.of(
          "a second minimum cap in the same currency",
          "een tweede minimumplafond in dezelfde valuta");
  private static final LocalizedText NO_CAP =
      LocalizedText.of(
          "an empty list names no minimum cap; leave liabilityMinCap out to keep the default",
          "een lege lijst noemt geen minimumplafond; laat liabilityMinCap weg om de standaardwaarde"
              + " te houden");
  private static final LocalizedText NEGATIVE_CAP =
      LocalizedText.of(
          "the minimum cap must not be negative", "het minimumplafond mag niet negatief zijn");
  private static final Policy DEFAULTS = Policy.defaults();

  /** The severities a policy may name, each as its code and as reports print it. */
  private static final String SEVERITY_CODES =
      java.util.Arrays.stream(Severity.values())
          .map(s -> s.getCode() + ", " + s.name())
          .collect(java.util.stream.Collectors.joining(", "));

  private static final LocalizedText COUNT =
      LocalizedText.of("an integer of 0 or more", "een geheel getal van 0 of meer");

  private final Set<String> ruleIds;
  private final List<Problem> problems = new ArrayList<>();
  private final Set<java.util.Currency> currencies = new java.util.HashSet<>();
  private boolean capped;

  PolicyReader(Set<String> ruleIds) {
    this.ruleIds = ruleIds;
  }

  /** Records a problem; past the cap only a count is kept, as the last problem. */
  private void report(Problem problem) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(problem);
    } else if (!capped) {
      capped = true;
      problems.add(JsonProblemCode.TOO_MANY_PROBLEMS.at("", MAX_PROBLEMS));
    }
  }

  Policy read(byte[] bytes) {
    DpaJson json = DpaJson.standard();
    JsonNode root = json.readTree(bytes);
    ImmutablePolicy.Builder policy = Policy.builder();
    if (!root.isObject()) {
      wrongType("", OBJECT, root);
    } else {
      unknown(root, "", TOP);
      JsonNode version = root.get("policyVersion");
      if (version == null) {
        report(JsonProblemCode.MISSING_PROPERTY.at("/policyVersion", "policyVersion"));
      } else if (!version.isTextual()) {
        // 1 is not "1": say the type is wrong rather than that 1 is not supported.
        wrongType("/policyVersion", STRING, version);
      } else if (!VERSION.equals(version.textValue())) {
        String found = Excerpt.of(version.asText());
        report(
            JsonProblemCode.INVALID_VALUE.at(
                "/policyVersion",
                LocalizedText.of(
                    "unsupported policyVersion '" + found + "'; this reader supports " + VERSION,
                    "niet ondersteunde policyVersion '"
                        + found
                        + "'; deze lezer ondersteunt "
                        + VERSION)));
      }
      thresholds(root.get("thresholds"), policy);
      array(
          root,
          "allowedTransferAreas",
          (at, area) -> {
            try {
              policy.addAllowedTransferAreas(CountryCode.of(area));
            } catch (DpaModelException e) {
              invalid(at, e);
            }
          });
      array(
          root,
          "disabledRules",
          (at, id) -> {
            if (ruleIds.contains(id)) {
              policy.addDisabledRules(id);
            } else {
              report(JsonProblemCode.UNKNOWN_CODE.at(at, Excerpt.of(id), "a rule id"));
            }
          });
      overrides(root.get("severityOverrides"), policy);
    }
    if (!problems.isEmpty()) {
      throw new DpaJsonException(json.locate(bytes, problems));
    }
    return policy.build();
  }

  private void thresholds(JsonNode node, ImmutablePolicy.Builder policy) {
    if (node == null) {
      return;
    }
    if (!node.isObject()) {
      wrongType("/thresholds", OBJECT, node);
      return;
    }
    unknown(node, "/thresholds", THRESHOLDS);
    Integer warn = null;
    Integer info = null;
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String at = "/thresholds/" + field.getKey();
      JsonNode value = field.getValue();
      if (field.getKey().equals("liabilityMinCap")) {
        // One minimum, or a list of them: one per currency, the euro among them.
        if (value.isArray() && value.isEmpty()) {
          // It would read as a policy that sets minimums while it keeps the default: refused,
          // as the schema's minItems does.
          report(JsonProblemCode.INVALID_VALUE.at(at, NO_CAP));
        } else if (value.isArray()) {
          for (int i = 0; i < value.size(); i++) {
            minimumCap(at + "/" + i, value.get(i), policy);
          }
        } else {
          minimumCap(at, value, policy);
        }
        continue;
      }
      if (!THRESHOLDS.contains(field.getKey())) {
        continue;
      }
      if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
        wrongType(at, COUNT, value);
        continue;
      }
      int n = value.intValue();
      switch (field.getKey()) {
        case "breachWarnAtOrAboveHours":
          policy.breachWarnAtOrAboveHours(n);
          warn = n;
          break;
        case "breachInfoAboveHours":
          policy.breachInfoAboveHours(n);
          info = n;
          break;
        case "deletionMaxDays":
          policy.deletionMaxDays(n);
          break;
        case "liabilityMinCapFeeMonths":
          policy.liabilityMinCapFeeMonths(n);
          break;
        case "objectionWindowMinDays":
          policy.objectionWindowMinDays(n);
          break;
        case "businessDayHolidays":
          policy.businessDayHolidays(n);
          break;
        default:
          policy.auditMaxNoticeDays(n);
      }
    }
    int warnHours = warn == null ? DEFAULTS.getBreachWarnAtOrAboveHours() : warn;
    int infoHours = info == null ? DEFAULTS.getBreachInfoAboveHours() : info;
    if (infoHours > warnHours) {
      // No deadline could get the INFO: a policy mistake, reported where it was made.
      report(
          JsonProblemCode.INVALID_VALUE.at(
              info == null
                  ? "/thresholds/breachWarnAtOrAboveHours"
                  : "/thresholds/breachInfoAboveHours",
              LocalizedText.of(
                  "breachInfoAboveHours ("
                      + infoHours
                      + ") is above breachWarnAtOrAboveHours ("
                      + warnHours
                      + "): no breach deadline could get the INFO",
                  "breachInfoAboveHours ("
                      + infoHours
                      + ") ligt boven breachWarnAtOrAboveHours ("
                      + warnHours
                      + "): geen meldtermijn kan de INFO krijgen")));
    }
  }

  /** Reads one minimum cap: the euro one, or one in another currency. */
  private void minimumCap(String at, JsonNode value, ImmutablePolicy.Builder policy) {
    if (!value.isTextual()) {
      wrongType(at, STRING, value);
      return;
    }
    try {
      Money cap = Money.parse(value.textValue());
      if (cap.getAmount().signum() < 0) {
        report(JsonProblemCode.INVALID_VALUE.at(at, NEGATIVE_CAP));
      } else if (!currencies.add(cap.getCurrency())) {
        report(JsonProblemCode.INVALID_VALUE.at(at, SECOND_CAP_IN_CURRENCY));
      } else if (cap.getCurrency().getCurrencyCode().equals(CAP_CURRENCY)) {
        policy.liabilityMinCap(cap);
      } else {
        policy.addForeignLiabilityMinCaps(cap);
      }
    } catch (DpaModelException e) {
      invalid(at, e);
    }
  }

  private void overrides(JsonNode node, ImmutablePolicy.Builder policy) {
    if (node == null) {
      return;
    }
    if (!node.isObject()) {
      wrongType("/severityOverrides", OBJECT, node);
      return;
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (capped) {
        return;
      }
      String at = "/severityOverrides/" + field.getKey().replace("~", "~0").replace("/", "~1");
      if (!ruleIds.contains(field.getKey())) {
        report(JsonProblemCode.UNKNOWN_PROPERTY.at(at, Excerpt.of(field.getKey())));
        continue;
      }
      String code = field.getValue().asText("");
      Severity severity = null;
      for (Severity s : Severity.values()) {
        // As the policy has always written it ("error"), or as reports print it ("ERROR").
        if (s.getCode().equals(code) || s.name().equals(code)) {
          severity = s;
        }
      }
      if (!field.getValue().isTextual()) {
        wrongType(at, STRING, field.getValue());
      } else if (severity == null) {
        report(JsonProblemCode.UNKNOWN_CODE.at(at, Excerpt.of(code), SEVERITY_CODES));
      } else {
        policy.putSeverityOverrides(field.getKey(), severity);
      }
    }
  }

  /** Hands each string of an array to {@code each} with its pointer; reports the others. */
  private void array(JsonNode root, String name, BiConsumer<String, String> each) {
    JsonNode node = root.get(name);
    if (node == null) {
      return;
    }
    if (!node.isArray()) {
      wrongType("/" + name, ARRAY, node);
      return;
    }
    for (int i = 0; i < node.size() && !capped; i++) {
      String at = "/" + name + "/" + i;
      if (!node.get(i).isTextual()) {
        wrongType(at, STRING, node.get(i));
      } else {
        each.accept(at, node.get(i).textValue());
      }
    }
  }

  private void unknown(JsonNode node, String at, Set<String> known) {
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (capped) {
        return;
      }
      if (!known.contains(field.getKey())) {
        report(
            JsonProblemCode.UNKNOWN_PROPERTY.at(
                at + "/" + field.getKey().replace("~", "~0").replace("/", "~1"),
                Excerpt.of(field.getKey())));
      }
    }
  }

  private void invalid(String at, DpaModelException e) {
    Problem cause = e.getProblems().get(0);
    report(
        JsonProblemCode.INVALID_VALUE.at(
            at,
            LocalizedText.of(
                cause.getMessage(Locale.ENGLISH), cause.getMessage(LocalizedText.DUTCH))));
  }

  /**
   * Reports a value of the wrong JSON type as the agreement reader does: {@code null} is {@code
   * json.null_value}, anything else {@code json.wrong_type} naming what was found.
   */
  private void wrongType(String at, LocalizedText expected, JsonNode found) {
    report(
        found.isNull()
            ? JsonProblemCode.NULL_VALUE.at(at, expected)
            : JsonProblemCode.WRONG_TYPE.at(at, expected, type(found)));
  }

  private static LocalizedText type(JsonNode node) {
    if (node.isObject()) {
      return JsonTypes.OBJECT;
    }
    if (node.isArray()) {
      return JsonTypes.ARRAY;
    }
    if (node.isTextual()) {
      return JsonTypes.STRING;
    }
    if (node.isIntegralNumber()) {
      return JsonTypes.INTEGER;
    }
    if (node.isNumber()) {
      return JsonTypes.NUMBER;
    }
    if (node.isBoolean()) {
      return JsonTypes.BOOLEAN;
    }
    return JsonTypes.NULL;
  }
}
