package org.dpa4j.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpa4j.json.core.internal.Attribute;
import org.dpa4j.json.core.internal.ModelMapping;
import org.dpa4j.json.core.internal.ObjectType;
import org.dpa4j.json.core.internal.ValueType;
import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.Term;

/**
 * Generates the JSON Schema (draft 2020-12) of the format from the same {@link ModelMapping} that
 * reads and writes it. Syntax comes from the value types' {@code PATTERN} constants (which their
 * {@code parse} methods compile), invariants from {@link SchemaRules}, defaults from the model
 * itself ({@link SampleValues}), and every description from the model's Javadoc ({@link
 * JavadocSummaries}). Run by the build to put the schema in the jar.
 *
 * <p>Conventions: {@code description} is English; {@code x-description-nl} is Dutch. An enum's
 * values are described in {@code x-enum-descriptions} and {@code x-enum-descriptions-nl}, objects
 * from code to text, beside the {@code enum} that type generators read.
 */
public final class SchemaGenerator {
  /** The schema's {@code $id}: stable for one schema version. */
  public static final String ID =
      "https://dpa4j.org/schemas/v"
          + DataProcessingAgreement.SCHEMA_VERSION
          + "/dpa-agreement.schema.json";

  /** The key in a description map for the Dutch text. */
  public static final String DUTCH = "x-description-nl";

  private final JsonNodeFactory nodes = JsonNodeFactory.instance;
  private final JavadocSummaries javadoc;
  private final SampleValues samples = new SampleValues();
  private final TreeWriter writer =
      new TreeWriter(new DocumentReader(org.dpa4j.json.DpaJsonOptions.defaults()));

  private SchemaGenerator(JavadocSummaries javadoc) {
    this.javadoc = javadoc;
  }

  /**
   * Writes the schema to a file.
   *
   * @param args the output path and the model's source root
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: SchemaGenerator OUTPUT_FILE MODEL_SOURCE_ROOT");
    }
    Path out = Path.of(args[0]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, generate(Path.of(args[1])), StandardCharsets.UTF_8);
  }

  /**
   * Generates the schema text, in the canonical pretty form.
   *
   * @param modelSources the source root of dpa-model, whose Javadoc gives the descriptions
   * @return the schema
   */
  public static String generate(Path modelSources) {
    return CanonicalText.pretty()
        .write(new SchemaGenerator(JavadocSummaries.read(modelSources)).schema());
  }

  /**
   * Returns the documented examples of a value type: its {@code EXAMPLES} constant.
   *
   * @param type a value type with a text form
   * @return the examples
   */
  static List<String> examples(Class<?> type) {
    @SuppressWarnings("unchecked")
    List<String> examples = (List<String>) constant(type, "EXAMPLES");
    return examples;
  }

  private static Object constant(Class<?> type, String name) {
    try {
      Field field = type.getField(name);
      if (!Modifier.isStatic(field.getModifiers())) {
        throw new IllegalStateException(type.getName() + "." + name + " is not static");
      }
      return field.get(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("no " + name + " constant on text type " + type.getName(), e);
    }
  }

  private ObjectNode schema() {
    ModelMapping mapping = ModelMapping.get();
    ObjectNode schema = nodes.objectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", ID);
    schema.put("title", "dpa4j data processing agreement");
    schema.put(
        "$comment",
        "Generated from the dpa4j model; do not edit. What the reader (DpaJson) checks and this"
            + " schema cannot say, each with an example: "
            + gaps());
    ObjectNode root = object(mapping.root());
    ObjectNode properties = nodes.objectNode();
    properties.set(
        DocumentReader.SCHEMA_VERSION,
        described(
            nodes.objectNode().put("const", DataProcessingAgreement.SCHEMA_VERSION),
            LocalizedText.of(
                "The version of the format; always \""
                    + DataProcessingAgreement.SCHEMA_VERSION
                    + "\" for this schema.",
                "De versie van het formaat; altijd \""
                    + DataProcessingAgreement.SCHEMA_VERSION
                    + "\" voor dit schema.")));
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
        defs.set(type.getName(), titled(type.getName(), object(type)));
      }
    }
    for (ValueType type : mapping.leafTypes()) {
      String name = type.getJavaType().getSimpleName();
      defs.set(name, titled(name, leaf(type)));
    }
    schema.set("$defs", sorted(defs));
    return schema;
  }

  /**
   * Puts the model type's name first as the definition's {@code title}, which type generators
   * (quicktype) name their types by.
   */
  private ObjectNode titled(String name, ObjectNode definition) {
    ObjectNode titled = nodes.objectNode().put("title", name);
    titled.setAll(definition);
    return titled;
  }

  private String gaps() {
    StringBuilder text = new StringBuilder();
    for (SchemaGap gap : SchemaGap.values()) {
      text.append(text.length() == 0 ? "" : " ")
          .append('(')
          .append(gap.ordinal() + 1)
          .append(") ")
          .append(gap.name().toLowerCase(java.util.Locale.ROOT))
          .append(": ")
          .append(gap.getDescription())
          .append("; e.g. ")
          .append(gap.getExample())
          .append('.');
    }
    return text.toString();
  }

  private ObjectNode object(ObjectType type) {
    Map<String, JsonNode> defaults = defaults(type);
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
      described(value, attributeText(type, attribute));
      if (defaults.containsKey(attribute.getName())) {
        value.set("default", defaults.get(attribute.getName()));
      }
      properties.set(attribute.getName(), value);
    }
    ObjectNode schema = nodes.objectNode();
    typeText(type.getType()).ifPresent(text -> described(schema, text));
    schema.put("type", "object");
    schema.set("properties", properties);
    if (!required.isEmpty()) {
      schema.set("required", required);
    }
    schema.put("additionalProperties", false);
    if (Term.class.isAssignableFrom(type.getType())) {
      // The reader refuses an empty section: it states nothing, yet would read as stated.
      schema.put("minProperties", 1);
    }
    List<ObjectNode> rules = SchemaRules.of(type.getType(), defaults);
    if (!rules.isEmpty()) {
      schema.set("allOf", nodes.arrayNode().addAll(rules));
    }
    return schema;
  }

  private Map<String, JsonNode> defaults(ObjectType type) {
    Map<String, JsonNode> defaults = new LinkedHashMap<>();
    Object sample = samples.of(type);
    if (sample == null) {
      return defaults;
    }
    for (Attribute attribute : type.getAttributes()) {
      if (attribute.getCardinality() != Attribute.Cardinality.DEFAULTED) {
        continue;
      }
      Object value = attribute.get(sample);
      ValueType valueType = attribute.getValueType();
      switch (valueType.getKind()) {
        case BOOLEAN:
          defaults.put(attribute.getName(), nodes.booleanNode((Boolean) value));
          break;
        case INTEGER:
          defaults.put(attribute.getName(), nodes.numberNode((Integer) value));
          break;
        case OBJECT:
          defaults.put(
              attribute.getName(), writer.write(valueType.getObjectType(), value, null, null));
          break;
        default:
          defaults.put(attribute.getName(), nodes.textNode(valueType.format(value)));
      }
    }
    return defaults;
  }

  private LocalizedText attributeText(ObjectType type, Attribute attribute) {
    String method = attribute.getGetter().getName();
    Deque<Class<?>> candidates = new ArrayDeque<>();
    candidates.add(type.getType());
    while (!candidates.isEmpty()) {
      Class<?> candidate = candidates.poll();
      Optional<JavadocSummaries.Summary> summary = javadoc.get(candidate.getName() + "#" + method);
      if (summary.isPresent()) {
        return text(summary.get(), null);
      }
      if (candidate.getSuperclass() != null) {
        candidates.add(candidate.getSuperclass());
      }
      candidates.addAll(List.of(candidate.getInterfaces()));
    }
    throw new IllegalStateException(
        "no Javadoc for " + type.getType().getName() + "#" + method + " in the model's sources");
  }

  private Optional<LocalizedText> typeText(Class<?> type) {
    return javadoc.get(type.getName()).map(summary -> text(summary, null));
  }

  private static LocalizedText text(JavadocSummaries.Summary summary, String dutchFallback) {
    String dutch = summary.dutch() != null ? summary.dutch() : dutchFallback;
    return dutch == null
        ? LocalizedText.of(summary.english(), "")
        : LocalizedText.of(summary.english(), dutch);
  }

  private ObjectNode described(ObjectNode schema, LocalizedText text) {
    schema.put("description", text.getEnglish());
    String dutch = text.get(LocalizedText.DUTCH);
    if (!dutch.isEmpty()) {
      schema.put(DUTCH, dutch);
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
    ObjectNode schema = nodes.objectNode();
    typeText(type.getJavaType()).ifPresent(text -> described(schema, text));
    schema.put("type", "string");
    if (type.getKind() == ValueType.Kind.CODE) {
      ArrayNode codes = schema.putArray("enum");
      ObjectNode english = nodes.objectNode();
      ObjectNode dutch = nodes.objectNode();
      for (Map.Entry<String, Object> code : type.getCodes().entrySet()) {
        codes.add(code.getKey());
        Enum<?> constant = (Enum<?>) code.getValue();
        LocalizedText label = ((CodedEnum) constant).getLabel();
        LocalizedText text =
            javadoc
                .get(type.getJavaType().getName() + "." + constant.name())
                .map(summary -> text(summary, label.get(LocalizedText.DUTCH)))
                .orElse(label);
        english.put(code.getKey(), text.getEnglish());
        dutch.put(code.getKey(), text.get(LocalizedText.DUTCH));
      }
      schema.set("x-enum-descriptions", english);
      schema.set("x-enum-descriptions-nl", dutch);
      return schema;
    }
    schema.put("pattern", (String) constant(type.getJavaType(), "PATTERN"));
    ArrayNode examples = schema.putArray("examples");
    examples(type.getJavaType()).forEach(examples::add);
    return schema;
  }

  private ObjectNode sorted(ObjectNode node) {
    ObjectNode out = nodes.objectNode();
    node.properties().stream()
        .map(Map.Entry::getKey)
        .sorted()
        .forEach(name -> out.set(name, node.get(name)));
    return out;
  }
}
