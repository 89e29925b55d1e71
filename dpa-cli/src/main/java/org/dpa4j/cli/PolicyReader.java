package org.dpa4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dpa4j.json.DpaJson;
import org.dpa4j.json.DpaJsonException;
import org.dpa4j.json.JsonProblemCode;
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
  private static final Set<String> TOP =
      Set.of(
          "policyVersion",
          "thresholds",
          "allowedTransferAreas",
          "disabledRules",
          "severityOverrides");
  private static final Set<String> THRESHOLDS =
      Set.of(
          "breachWarnAtOrAboveHours",
          "breachInfoAboveHours",
          "deletionMaxDays",
          "liabilityMinCap",
          "liabilityMinCapFeeMonths",
          "auditMaxNoticeDays");
  private static final LocalizedText OBJECT = LocalizedText.of("an object", "een object");
  private static final LocalizedText ARRAY = LocalizedText.of("an array", "een lijst");
  private static final LocalizedText STRING = LocalizedText.of("a string", "een tekst");
  private static final LocalizedText COUNT =
      LocalizedText.of("an integer of 0 or more", "een geheel getal van 0 of meer");

  private final Set<String> ruleIds;
  private final List<Problem> problems = new ArrayList<>();

  PolicyReader(Set<String> ruleIds) {
    this.ruleIds = ruleIds;
  }

  Policy read(byte[] bytes) {
    DpaJson json = DpaJson.standard();
    JsonNode root = json.readTree(bytes);
    ImmutablePolicy.Builder policy = Policy.builder();
    if (!root.isObject()) {
      problems.add(JsonProblemCode.WRONG_TYPE.at("", OBJECT, type(root)));
    } else {
      unknown(root, "", TOP);
      JsonNode version = root.get("policyVersion");
      if (version == null) {
        problems.add(JsonProblemCode.MISSING_PROPERTY.at("/policyVersion", "policyVersion"));
      } else if (!version.isTextual() || !VERSION.equals(version.textValue())) {
        String found = Excerpt.of(version.asText());
        problems.add(
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
      for (JsonNode area : array(root, "allowedTransferAreas")) {
        try {
          policy.addAllowedTransferAreas(CountryCode.of(area.asText()));
        } catch (DpaModelException e) {
          invalid(pointer(area, root, "allowedTransferAreas"), e);
        }
      }
      for (JsonNode id : array(root, "disabledRules")) {
        if (ruleIds.contains(id.asText())) {
          policy.addDisabledRules(id.asText());
        } else {
          problems.add(
              JsonProblemCode.UNKNOWN_CODE.at(
                  pointer(id, root, "disabledRules"), Excerpt.of(id.asText()), "a rule id"));
        }
      }
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
      problems.add(JsonProblemCode.WRONG_TYPE.at("/thresholds", OBJECT, type(node)));
      return;
    }
    unknown(node, "/thresholds", THRESHOLDS);
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String at = "/thresholds/" + field.getKey();
      JsonNode value = field.getValue();
      if (field.getKey().equals("liabilityMinCap")) {
        if (!value.isTextual()) {
          problems.add(JsonProblemCode.WRONG_TYPE.at(at, STRING, type(value)));
        } else {
          try {
            policy.liabilityMinCap(Money.parse(value.textValue()));
          } catch (DpaModelException e) {
            invalid(at, e);
          }
        }
        continue;
      }
      if (!THRESHOLDS.contains(field.getKey())) {
        continue;
      }
      if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
        problems.add(JsonProblemCode.WRONG_TYPE.at(at, COUNT, type(value)));
        continue;
      }
      int n = value.intValue();
      switch (field.getKey()) {
        case "breachWarnAtOrAboveHours":
          policy.breachWarnAtOrAboveHours(n);
          break;
        case "breachInfoAboveHours":
          policy.breachInfoAboveHours(n);
          break;
        case "deletionMaxDays":
          policy.deletionMaxDays(n);
          break;
        case "liabilityMinCapFeeMonths":
          policy.liabilityMinCapFeeMonths(n);
          break;
        default:
          policy.auditMaxNoticeDays(n);
      }
    }
  }

  private void overrides(JsonNode node, ImmutablePolicy.Builder policy) {
    if (node == null) {
      return;
    }
    if (!node.isObject()) {
      problems.add(JsonProblemCode.WRONG_TYPE.at("/severityOverrides", OBJECT, type(node)));
      return;
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String at = "/severityOverrides/" + field.getKey().replace("~", "~0").replace("/", "~1");
      if (!ruleIds.contains(field.getKey())) {
        problems.add(JsonProblemCode.UNKNOWN_PROPERTY.at(at, Excerpt.of(field.getKey())));
        continue;
      }
      String code = field.getValue().asText("");
      Severity severity = null;
      for (Severity s : Severity.values()) {
        if (s.getCode().equals(code)) {
          severity = s;
        }
      }
      if (!field.getValue().isTextual() || severity == null) {
        problems.add(JsonProblemCode.UNKNOWN_CODE.at(at, Excerpt.of(code), "error, warning, info"));
      } else {
        policy.putSeverityOverrides(field.getKey(), severity);
      }
    }
  }

  private List<JsonNode> array(JsonNode root, String name) {
    JsonNode node = root.get(name);
    List<JsonNode> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (!node.isArray()) {
      problems.add(JsonProblemCode.WRONG_TYPE.at("/" + name, ARRAY, type(node)));
      return out;
    }
    for (int i = 0; i < node.size(); i++) {
      if (!node.get(i).isTextual()) {
        problems.add(
            JsonProblemCode.WRONG_TYPE.at("/" + name + "/" + i, STRING, type(node.get(i))));
      } else {
        out.add(node.get(i));
      }
    }
    return out;
  }

  private static String pointer(JsonNode element, JsonNode root, String name) {
    JsonNode array = root.get(name);
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i) == element) {
        return "/" + name + "/" + i;
      }
    }
    return "/" + name;
  }

  private void unknown(JsonNode node, String at, Set<String> known) {
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (!known.contains(field.getKey())) {
        problems.add(
            JsonProblemCode.UNKNOWN_PROPERTY.at(
                at + "/" + field.getKey().replace("~", "~0").replace("/", "~1"),
                Excerpt.of(field.getKey())));
      }
    }
  }

  private void invalid(String at, DpaModelException e) {
    Problem cause = e.getProblems().get(0);
    problems.add(
        JsonProblemCode.INVALID_VALUE.at(
            at,
            LocalizedText.of(
                cause.getMessage(Locale.ENGLISH), cause.getMessage(LocalizedText.DUTCH))));
  }

  private static LocalizedText type(JsonNode node) {
    if (node.isObject()) {
      return OBJECT;
    }
    if (node.isArray()) {
      return ARRAY;
    }
    if (node.isTextual()) {
      return STRING;
    }
    return LocalizedText.of(
        node.getNodeType().name().toLowerCase(Locale.ROOT),
        node.getNodeType().name().toLowerCase(Locale.ROOT));
  }
}
