package org.dpa4j.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.dpa4j.model.AgreementMetadata;
import org.dpa4j.model.Blank;
import org.dpa4j.model.BlankKind;
import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.Condition;
import org.dpa4j.model.ConditionKind;
import org.dpa4j.model.Coverage;
import org.dpa4j.model.CoverageKind;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.OtherClause;
import org.dpa4j.model.TextSyntax;
import org.dpa4j.model.audit.AuditTerms;
import org.dpa4j.model.law.AppliedLaw;
import org.dpa4j.model.law.DataProtectionLaw;
import org.dpa4j.model.law.StandardClauses;
import org.dpa4j.model.law.StandardClausesInstrument;
import org.dpa4j.model.liability.LiabilityCap;
import org.dpa4j.model.liability.LiabilityCapKind;
import org.dpa4j.model.parties.Party;
import org.dpa4j.model.parties.PartyRole;
import org.dpa4j.model.parties.Registration;
import org.dpa4j.model.parties.RegistrationScheme;
import org.dpa4j.model.processing.ProcessingDuration;
import org.dpa4j.model.processing.ProcessingScope;
import org.dpa4j.model.termination.EndOfProcessing;
import org.dpa4j.model.termination.RetentionPeriod;
import org.dpa4j.model.value.Deadline;
import org.dpa4j.model.value.DeadlineQualifier;
import org.dpa4j.model.value.KvkNumber;

/**
 * The model's invariants ({@code @Value.Check}) that JSON Schema can say, as schema keywords per
 * model type: {@code if}/{@code then}, {@code anyOf}, {@code minimum}, {@code minItems}. Syntax is
 * not repeated here: the patterns are the model's own constants. What the schema cannot say is
 * listed in {@link SchemaGap}; the differential test ({@code SchemaAgreementTest}) holds this table
 * and the model's checks to the same verdicts.
 */
final class SchemaRules {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Map<String, JsonNode> defaults;

  /**
   * Creates the rules of one type.
   *
   * @param defaults the type's default values by attribute name, so that a condition on a value
   *     also holds when the property is left out and the default is that value
   */
  private SchemaRules(Map<String, JsonNode> defaults) {
    this.defaults = defaults;
  }

  /**
   * Returns the rules of a model type, to be added to its schema's {@code allOf}.
   *
   * @param type the model type
   * @param defaults its default values by attribute name
   * @return the rules, often none
   */
  static List<ObjectNode> of(Class<?> type, Map<String, JsonNode> defaults) {
    SchemaRules r = new SchemaRules(defaults);
    if (type == DataProcessingAgreement.class) {
      return List.of(
          property("processor", property("role", constant(PartyRole.PROCESSOR))),
          property("controller", property("role", constant(PartyRole.CONTROLLER))));
    }
    if (type == AgreementMetadata.class) {
      return List.of(
          property("title", pattern(TextSyntax.NOT_BLANK)),
          property("language", pattern(TextSyntax.LANGUAGE_TAG)));
    }
    if (type == OtherClause.class) {
      return List.of(property("text", pattern(TextSyntax.NOT_BLANK)));
    }
    if (type == Registration.class) {
      EnumSet<RegistrationScheme> fixed =
          EnumSet.of(RegistrationScheme.KVK, RegistrationScheme.LEI, RegistrationScheme.KBO);
      return List.of(
          r.when("scheme", RegistrationScheme.KVK, property("number", pattern(KvkNumber.PATTERN))),
          r.when(
              "scheme",
              RegistrationScheme.LEI,
              property("number", pattern(Registration.LEI_PATTERN))),
          r.when(
              "scheme",
              RegistrationScheme.KBO,
              property("number", pattern(Registration.KBO_PATTERN))),
          r.whenNot(
              "scheme",
              fixed.toArray(new CodedEnum[0]),
              property("number", pattern(TextSyntax.NOT_BLANK))));
    }
    if (type == Party.class) {
      ObjectNode named =
          NODES
              .objectNode()
              .set(
                  "anyOf",
                  NODES
                      .arrayNode()
                      .add(required("legalName"))
                      .add(
                          required("tradeNames")
                              .set("properties", properties("tradeNames", minItems(1)))));
      ObjectNode rule = r.ifValue("placeholder", BooleanValue.TRUE);
      rule.set("then", required("description"));
      rule.set("else", named);
      return List.of(rule);
    }
    if (type == RetentionPeriod.class) {
      return List.of(anyOf(required("period"), required("description")));
    }
    if (type == Deadline.class) {
      return List.of(
          anyOf(required("limit"), required("setBy"), r.not("qualifier", DeadlineQualifier.NONE)));
    }
    if (type == EndOfProcessing.class) {
      return List.of(
          r.whenTrue("legalRetentionWhereAuthorised", "legalRetentionException"),
          r.whenTrue("certificationOnRequestOnly", "certification"));
    }
    if (type == ProcessingScope.class) {
      ObjectNode rule = r.ifValue("duration", ProcessingDuration.FIXED);
      rule.set("then", required("fixedDuration"));
      rule.set("else", NODES.objectNode().set("not", required("fixedDuration")));
      return List.of(rule);
    }
    if (type == AuditTerms.class) {
      ObjectNode notice = NODES.objectNode();
      notice.set("if", required("notice"));
      notice.set("then", r.isTrue("priorNoticeRequired"));
      return List.of(
          property("maxPerYear", NODES.objectNode().put("minimum", 1)),
          property("maxInformationRequestsPerYear", NODES.objectNode().put("minimum", 1)),
          notice);
    }
    if (type == LiabilityCap.class) {
      EnumSet<LiabilityCapKind> own =
          EnumSet.of(
              LiabilityCapKind.FIXED_AMOUNT,
              LiabilityCapKind.FEES,
              LiabilityCapKind.INSURANCE_PAYOUT,
              LiabilityCapKind.UNLIMITED);
      // A negative amount: a minus sign followed by a non-zero digit ("-0" is zero).
      ObjectNode notNegative = NODES.objectNode().set("not", pattern(" -[0-9.]*[1-9]"));
      return List.of(
          r.when(
              "kind",
              LiabilityCapKind.FIXED_AMOUNT,
              required("amount").set("properties", properties("amount", notNegative))),
          r.when(
              "kind",
              LiabilityCapKind.FEES,
              required("feeMonths")
                  .set(
                      "properties", properties("feeMonths", NODES.objectNode().put("minimum", 1)))),
          r.whenNot("kind", own.toArray(new CodedEnum[0]), required("document")));
    }
    if (type == Blank.class) {
      return List.of(
          property("pointer", pattern(TextSyntax.POINTER)),
          r.when(
              "kind",
              BlankKind.CHOOSE_OPTION,
              required("options").set("properties", properties("options", minItems(2)))));
    }
    if (type == Coverage.class) {
      ObjectNode rule = r.ifValue("kind", CoverageKind.BY_REFERENCE);
      rule.set("then", required("document"));
      rule.set("else", NODES.objectNode().set("not", required("document")));
      return List.of(rule);
    }
    if (type == StandardClauses.class) {
      return List.of(r.when("instrument", StandardClausesInstrument.OTHER, required("name")));
    }
    if (type == AppliedLaw.class) {
      return List.of(
          r.whenAny(
              "law",
              new CodedEnum[] {
                DataProtectionLaw.OTHER,
                DataProtectionLaw.NATIONAL_PRE_GDPR,
                DataProtectionLaw.NATIONAL_IMPLEMENTATION
              },
              anyOf(required("name"), required("jurisdiction"))));
    }
    if (type == Condition.class) {
      return List.of(
          property("duty", pattern(TextSyntax.POINTER)),
          r.when("kind", ConditionKind.OTHER, required("description")));
    }
    return List.of();
  }

  /** A boolean as a value to compare with. */
  private enum BooleanValue {
    TRUE
  }

  /** {@code if} the property has the value (given, or left out when it is the default). */
  private ObjectNode ifValue(String name, Object value) {
    JsonNode json =
        value instanceof CodedEnum
            ? NODES.textNode(((CodedEnum) value).getCode())
            : NODES.booleanNode(true);
    ObjectNode condition = properties(name, NODES.objectNode().set("const", json));
    ObjectNode test = NODES.objectNode().set("properties", condition);
    if (!json.equals(defaults.get(name))) {
      test.set("required", NODES.arrayNode().add(name));
    }
    return NODES.objectNode().set("if", test);
  }

  private ObjectNode when(String name, CodedEnum value, ObjectNode then) {
    ObjectNode rule = ifValue(name, value);
    rule.set("then", then);
    return rule;
  }

  private ObjectNode whenAny(String name, CodedEnum[] values, ObjectNode then) {
    ObjectNode rule = NODES.objectNode();
    rule.set("if", required(name).set("properties", properties(name, codes(values))));
    rule.set("then", then);
    return rule;
  }

  /** {@code if} the property is given and has none of the values, or is left out. */
  private ObjectNode whenNot(String name, CodedEnum[] values, ObjectNode then) {
    ObjectNode rule = NODES.objectNode();
    rule.set(
        "if",
        NODES
            .objectNode()
            .set("properties", properties(name, NODES.objectNode().set("not", codes(values)))));
    rule.set("then", then);
    return rule;
  }

  /** The property is given with another value than this one, or is left out and defaults to one. */
  private ObjectNode not(String name, CodedEnum value) {
    ObjectNode differs =
        properties(
            name, NODES.objectNode().set("not", NODES.objectNode().put("const", value.getCode())));
    ObjectNode test = NODES.objectNode().set("properties", differs);
    if (NODES.textNode(value.getCode()).equals(defaults.get(name))) {
      test.set("required", NODES.arrayNode().add(name));
    }
    return test;
  }

  private ObjectNode whenTrue(String name, String implied) {
    ObjectNode rule = ifValue(name, BooleanValue.TRUE);
    rule.set("then", isTrue(implied));
    return rule;
  }

  private ObjectNode isTrue(String name) {
    ObjectNode test = properties(name, NODES.objectNode().put("const", true));
    ObjectNode schema = NODES.objectNode().set("properties", test);
    if (!NODES.booleanNode(true).equals(defaults.get(name))) {
      schema.set("required", NODES.arrayNode().add(name));
    }
    return schema;
  }

  private static ObjectNode codes(CodedEnum[] values) {
    ArrayNode codes = NODES.arrayNode();
    Arrays.stream(values).map(CodedEnum::getCode).sorted().forEach(codes::add);
    return NODES.objectNode().set("enum", codes);
  }

  private static ObjectNode constant(CodedEnum value) {
    return NODES.objectNode().put("const", value.getCode());
  }

  private static ObjectNode pattern(String pattern) {
    return NODES.objectNode().put("pattern", pattern);
  }

  private static ObjectNode minItems(int count) {
    return NODES.objectNode().put("minItems", count);
  }

  private static ObjectNode required(String name) {
    return NODES.objectNode().set("required", NODES.arrayNode().add(name));
  }

  private static ObjectNode anyOf(ObjectNode... alternatives) {
    ArrayNode list = NODES.arrayNode();
    Arrays.stream(alternatives).forEach(list::add);
    return NODES.objectNode().set("anyOf", list);
  }

  private static ObjectNode properties(String name, JsonNode schema) {
    return NODES.objectNode().set(name, schema);
  }

  private static ObjectNode property(String name, JsonNode schema) {
    return NODES.objectNode().set("properties", properties(name, schema));
  }
}
