package org.dpa4j.json.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.value.CountryCode;

/**
 * Generates the JSON Schema (draft 2020-12) of the format from the same {@link ModelMapping} that
 * reads and writes it, so that schema and reader cannot disagree. Run by the build to put the
 * schema in the jar.
 */
public final class SchemaGenerator {
  /** The schema's {@code $id}. */
  public static final String ID =
      "https://dpa4j.org/schemas/v"
          + DataProcessingAgreement.SCHEMA_VERSION
          + "/dpa-agreement.schema.json";

  /** The text types and their syntax; each must match the model's {@code parse}. */
  private static final Map<String, String> PATTERNS =
      Map.of(
          "TimeLimit", "^P(?:[0-9]{1,7}(?:[YMWD]|BD)|T[0-9]{1,7}[HM])$",
          "Jurisdiction", "^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$",
          "Money", "^[A-Z]{3} -?[0-9]{1,18}(?:\\.[0-9]{1,6})?$",
          "KvkNumber", "^[0-9]{8}$",
          "VatNumber", "^[A-Z]{2}[0-9A-Z+*. -]{2,28}$",
          "PartialDate", "^[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?$",
          "ClauseRef", "^[^\\s\\u0000-\\u001F](?:[^\\u0000-\\u001F]*[^\\s\\u0000-\\u001F])?$");

  private final JsonNodeFactory nodes = JsonNodeFactory.instance;

  private SchemaGenerator() {}

  /**
   * Writes the schema to a file.
   *
   * @param args the output path
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: SchemaGenerator OUTPUT_FILE");
    }
    Path out = Path.of(args[0]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, generate(), StandardCharsets.UTF_8);
  }

  /**
   * Generates the schema text, in the canonical pretty form.
   *
   * @return the schema
   */
  public static String generate() {
    return CanonicalText.pretty().write(new SchemaGenerator().schema());
  }

  private ObjectNode schema() {
    ModelMapping mapping = ModelMapping.get();
    ObjectNode schema = nodes.objectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", ID);
    schema.put("title", "dpa4j data processing agreement");
    schema.put(
        "description",
        "A GDPR art. 28 data processing agreement (verwerkersovereenkomst) in the dpa4j format,"
            + " schema version "
            + DataProcessingAgreement.SCHEMA_VERSION
            + ". Generated from the dpa4j model; do not edit.");
    ObjectNode root = object(mapping.root());
    ObjectNode properties = nodes.objectNode();
    properties.set(
        DocumentReader.SCHEMA_VERSION,
        nodes.objectNode().put("const", DataProcessingAgreement.SCHEMA_VERSION));
    properties.setAll((ObjectNode) root.get("properties"));
    root.set("properties", properties);
    ArrayNode required = nodes.arrayNode().add(DocumentReader.SCHEMA_VERSION);
    if (root.has("required")) {
      required.addAll((ArrayNode) root.get("required"));
    }
    root.set("required", required);
    schema.setAll(root);
    ObjectNode defs = nodes.objectNode();
    for (ObjectType type : mapping.objectTypes()) {
      if (type != mapping.root()) {
        defs.set(type.getName(), object(type));
      }
    }
    for (ValueType type : mapping.leafTypes()) {
      defs.set(type.getJavaType().getSimpleName(), leaf(type));
    }
    schema.set("$defs", sorted(defs));
    return schema;
  }

  private ObjectNode object(ObjectType type) {
    ObjectNode properties = nodes.objectNode();
    ArrayNode required = nodes.arrayNode();
    for (Attribute attribute : type.getAttributes()) {
      ObjectNode value = reference(attribute.getValueType());
      switch (attribute.getCardinality()) {
        case LIST:
          value = nodes.objectNode().put("type", "array").set("items", value);
          break;
        case SET:
          value =
              nodes.objectNode().put("type", "array").put("uniqueItems", true).set("items", value);
          break;
        case REQUIRED:
          required.add(attribute.getName());
          break;
        default:
          break;
      }
      properties.set(attribute.getName(), value);
    }
    ObjectNode schema = nodes.objectNode().put("type", "object");
    schema.set("properties", properties);
    if (!required.isEmpty()) {
      schema.set("required", required);
    }
    schema.put("additionalProperties", false);
    if (org.dpa4j.model.Term.class.isAssignableFrom(type.getType())) {
      // The reader refuses an empty section: it states nothing, yet would read as stated.
      schema.put("minProperties", 1);
    }
    return schema;
  }

  private ObjectNode reference(ValueType type) {
    switch (type.getKind()) {
      case STRING:
        return nodes.objectNode().put("type", "string");
      case BOOLEAN:
        return nodes.objectNode().put("type", "boolean");
      case INTEGER:
        return nodes
            .objectNode()
            .put("type", "integer")
            .put("minimum", Integer.MIN_VALUE)
            .put("maximum", Integer.MAX_VALUE);
      case OBJECT:
        return nodes.objectNode().put("$ref", "#/$defs/" + type.getObjectType().getName());
      default:
        return nodes.objectNode().put("$ref", "#/$defs/" + type.getJavaType().getSimpleName());
    }
  }

  private ObjectNode leaf(ValueType type) {
    ObjectNode schema = nodes.objectNode().put("type", "string");
    if (type.getKind() == ValueType.Kind.CODE) {
      ArrayNode codes = schema.putArray("enum");
      StringBuilder labels = new StringBuilder();
      for (Map.Entry<String, Object> code : type.getCodes().entrySet()) {
        codes.add(code.getKey());
        LocalizedText label = ((org.dpa4j.model.CodedEnum) code.getValue()).getLabel();
        labels.append(labels.length() == 0 ? "" : "; ").append(code.getKey()).append(": ");
        labels
            .append(label.getEnglish())
            .append(" (")
            .append(label.get(LocalizedText.DUTCH))
            .append(')');
      }
      schema.put("description", labels.toString());
      return schema;
    }
    String name = type.getJavaType().getSimpleName();
    if (type.getJavaType() == CountryCode.class) {
      ArrayNode codes = schema.putArray("enum");
      TreeSet<String> all =
          new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
      all.add(CountryCode.EU.getCode());
      all.add(CountryCode.EEA.getCode());
      all.forEach(codes::add);
      return schema;
    }
    String pattern = PATTERNS.get(name);
    if (pattern == null) {
      throw new IllegalStateException("no schema pattern for text type " + name);
    }
    schema.put("pattern", pattern);
    if (name.equals("ClauseRef")) {
      schema.put("maxLength", org.dpa4j.model.ClauseRef.MAX_LENGTH);
    }
    if (name.equals("VatNumber")) {
      schema.put("maxLength", 30);
    }
    return schema;
  }

  private ObjectNode sorted(ObjectNode node) {
    ObjectNode out = nodes.objectNode();
    node.properties().stream()
        .map(java.util.Map.Entry::getKey)
        .sorted()
        .forEach(name -> out.set(name, node.get(name)));
    return out;
  }
}
