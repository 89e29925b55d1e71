package org.dpa4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.dpa4j.json.internal.SchemaGap;
import org.dpa4j.model.Problem;
import org.dpa4j.testkit.AgreementGenerator;
import org.junit.jupiter.api.Test;

/**
 * The differential test of issue 12: the published schema, checked by an independent validator
 * (networknt, 2020-12), and {@link DpaJson} give the same verdict, accept or reject, on valid
 * documents from the testkit generator and on single mutations of them. Every disagreement must
 * fall in a class of {@link SchemaGap}, the list the schema's {@code $comment} publishes.
 *
 * <p>At least 10,000 documents per run ({@code -Ddpa4j.schema.documents=N} for more); a failure
 * names the generator seed, the mutation and the pointer that reproduce it.
 */
class SchemaAgreementTest {
  private static final long SEED = 20261130L;
  private static final int MUTATIONS_PER_AGREEMENT = 20;
  // Lists of up to 2 entries: every kind of entry occurs, at half the validation time of 4.
  private static final int LIST_SIZE = 2;
  private static final ObjectMapper TREES = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern NAMED_SUBJECT =
      Pattern.compile(".*/personalDataCategories/\\d+/dataSubjects/\\d+");

  /** The single mutations, each applied at a place drawn from the document. */
  enum Mutation {
    NONE,
    WRONG_TYPE,
    OUT_OF_RANGE,
    BAD_SYNTAX,
    MISSING_PROPERTY,
    EXTRA_PROPERTY,
    WRONG_CODE,
    BROKEN_INVARIANT
  }

  @Test
  void schemaAndReaderAgreeOnGeneratedDocumentsAndTheirMutations() throws Exception {
    int documents = Math.max(10_000, Integer.getInteger("dpa4j.schema.documents", 10_000));
    Map<String, List<String>> codesByEnum = codes();
    Random random = new Random(SEED);
    Map<Mutation, int[]> verdicts = new EnumMap<>(Mutation.class);
    Map<SchemaGap, Integer> gaps = new EnumMap<>(SchemaGap.class);
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (long seed = SEED; checked < documents; seed++) {
      JsonNode base =
          TREES.readTree(
              DpaJson.standard().writeCompact(new AgreementGenerator(seed).next(LIST_SIZE)));
      for (int i = 0; i <= MUTATIONS_PER_AGREEMENT && checked < documents; i++, checked++) {
        Mutation mutation =
            i == 0
                ? Mutation.NONE
                : Mutation.values()[1 + random.nextInt(Mutation.values().length - 1)];
        JsonNode document = base.deepCopy();
        String where = mutate(document, mutation, random, codesByEnum);
        byte[] bytes = TREES.writeValueAsBytes(document);
        Optional<List<Problem>> readerProblems = readerProblems(bytes);
        boolean schemaAccepts = InvalidDocumentTest.SCHEMA.validate(document).isEmpty();
        int[] counts = verdicts.computeIfAbsent(mutation, m -> new int[4]);
        counts[(readerProblems.isEmpty() ? 0 : 2) + (schemaAccepts ? 0 : 1)]++;
        if (readerProblems.isEmpty() == schemaAccepts) {
          continue;
        }
        Optional<SchemaGap> gap =
            schemaAccepts ? gap(document, readerProblems.get()) : Optional.empty();
        if (gap.isPresent()) {
          gaps.merge(gap.get(), 1, Integer::sum);
        } else if (failures.size() < 20) {
          failures.add(
              "new AgreementGenerator("
                  + seed
                  + "L).next("
                  + LIST_SIZE
                  + "), "
                  + mutation
                  + " at "
                  + where
                  + ": reader "
                  + readerProblems.map(Object::toString).orElse("accepts")
                  + ", schema "
                  + (schemaAccepts
                      ? "accepts"
                      : InvalidDocumentTest.SCHEMA.validate(document).toString()));
        }
      }
    }
    assertThat(failures).as("disagreements outside the listed classes").isEmpty();
    assertThat(checked).isGreaterThanOrEqualTo(10_000);
    // Both verdicts occur for every kind of mutation: the test can tell them apart.
    assertThat(verdicts.get(Mutation.NONE)[0]).as("valid documents accepted by both").isPositive();
    assertThat(verdicts.get(Mutation.NONE)[3]).as("generated documents rejected").isZero();
    for (Mutation mutation : Mutation.values()) {
      if (mutation != Mutation.NONE) {
        assertThat(verdicts.get(mutation)[3]).as(mutation + " rejected by both").isPositive();
      }
    }
    System.out.println(
        "schema vs reader (both accept, schema only rejects, reader only rejects,"
            + " both reject): "
            + toString(verdicts)
            + "; in listed classes: "
            + gaps);
  }

  /** Reads a document; empty when the reader accepts it. */
  private static Optional<List<Problem>> readerProblems(byte[] bytes) {
    try {
      DpaJson.standard().read(bytes);
      return Optional.empty();
    } catch (DpaJsonException e) {
      return Optional.of(e.getProblems());
    }
  }

  /**
   * The class of a document the schema accepts and the reader rejects, when every problem the
   * reader reports is one JSON Schema cannot express.
   */
  private static Optional<SchemaGap> gap(JsonNode document, List<Problem> problems) {
    SchemaGap found = null;
    for (Problem problem : problems) {
      SchemaGap gap = classify(document, problem);
      if (gap == null) {
        return Optional.empty();
      }
      found = gap;
    }
    return Optional.ofNullable(found);
  }

  private static final Pattern BLANK_DATE = Pattern.compile(".*/dates/[0-9]+/date");

  private static SchemaGap classify(JsonNode document, Problem problem) {
    String pointer = problem.getPointer();
    switch (problem.getCode()) {
      case "model.duplicate":
        return SchemaGap.UNIQUE_BY_PROPERTY;
      case "json.limit_exceeded":
        return SchemaGap.READER_LIMITS;
      case "json.wrong_type":
        JsonNode value = document.at(pointer);
        return value.isFloatingPointNumber() && value.asDouble() == Math.rint(value.asDouble())
            ? SchemaGap.INTEGER_FORM
            : null;
      case "model.inconsistent":
        if (NAMED_SUBJECT.matcher(pointer).matches()) {
          return SchemaGap.NAMED_ENTRY;
        }
        // A date may be left without its value only where a blank points at it.
        return BLANK_DATE.matcher(pointer).matches() ? SchemaGap.POINTER_TARGET : null;
      case "json.invalid_value":
        return pointer.endsWith("/pointer") || pointer.endsWith("/duty")
            ? SchemaGap.POINTER_TARGET
            : null;
      default:
        return null;
    }
  }

  /** Applies one mutation in place; returns where, as a JSON Pointer. */
  private static String mutate(
      JsonNode document, Mutation mutation, Random random, Map<String, List<String>> codes) {
    if (mutation == Mutation.NONE) {
      return "";
    }
    Map<String, JsonNode> places = new TreeMap<>();
    collect(document, "", places);
    List<String> pointers = new ArrayList<>(places.keySet());
    // Up to 50 draws for a place the mutation applies to; a document always has strings,
    // objects and booleans, so this ends.
    for (int attempt = 0; attempt < 50; attempt++) {
      String pointer = pointers.get(random.nextInt(pointers.size()));
      JsonNode value = places.get(pointer);
      Optional<JsonNode> replacement = replacement(mutation, value, random, codes);
      if (mutation == Mutation.MISSING_PROPERTY || mutation == Mutation.EXTRA_PROPERTY) {
        if (!value.isObject()) {
          continue;
        }
        ObjectNode object = (ObjectNode) value;
        if (mutation == Mutation.EXTRA_PROPERTY) {
          object.put(random.nextBoolean() ? "colour" : "extensions", 1);
          return pointer;
        }
        if (object.isEmpty()) {
          continue;
        }
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        String name = names.get(random.nextInt(names.size()));
        object.remove(name);
        return pointer + "/" + name;
      }
      if (replacement.isEmpty() || pointer.isEmpty()) {
        continue;
      }
      replace(document, pointer, replacement.get());
      return pointer + " = " + replacement.get();
    }
    return "(no place found)";
  }

  private static Optional<JsonNode> replacement(
      Mutation mutation, JsonNode value, Random random, Map<String, List<String>> codes) {
    switch (mutation) {
      case WRONG_TYPE:
        JsonNode[] others = {
          NODES.textNode("1"),
          NODES.numberNode(7),
          NODES.booleanNode(true),
          NODES.objectNode(),
          NODES.arrayNode(),
          NODES.nullNode(),
          NODES.numberNode(1.5)
        };
        JsonNode other = others[random.nextInt(others.length)];
        return other.getNodeType() == value.getNodeType() ? Optional.empty() : Optional.of(other);
      case OUT_OF_RANGE:
        if (!value.isIntegralNumber()) {
          return Optional.empty();
        }
        JsonNode[] numbers = {
          NODES.numberNode(0),
          NODES.numberNode(-1),
          NODES.numberNode(2_147_483_648L),
          DoubleNode.valueOf(value.asInt()),
          NODES.numberNode(value.asInt() + 1)
        };
        return Optional.of(numbers[random.nextInt(numbers.length)]);
      case BAD_SYNTAX:
        if (!value.isTextual()) {
          return Optional.empty();
        }
        return Optional.of(NODES.textNode(badText(value.asText(), random)));
      case WRONG_CODE:
        if (!value.isTextual()) {
          return Optional.empty();
        }
        List<String> all = codes.get("*");
        return Optional.of(
            NODES.textNode(
                random.nextInt(4) == 0 ? "not_a_code" : all.get(random.nextInt(all.size()))));
      case BROKEN_INVARIANT:
        if (value.isBoolean()) {
          return Optional.of(NODES.booleanNode(!value.booleanValue()));
        }
        if (value.isTextual()) {
          // Another code of the same enum: by_reference without a document, a processor with
          // the role controller, a fixed cap without an amount...
          for (List<String> sameEnum : codes.values()) {
            if (sameEnum != codes.get("*") && sameEnum.contains(value.asText())) {
              return Optional.of(NODES.textNode(sameEnum.get(random.nextInt(sameEnum.size()))));
            }
          }
        }
        if (value.isArray() && !value.isEmpty()) {
          ArrayNode changed = ((ArrayNode) value).deepCopy();
          if (random.nextBoolean()) {
            changed.remove(changed.size() - 1);
          } else {
            changed.add(value.get(0).deepCopy());
          }
          return Optional.of(changed);
        }
        return Optional.empty();
      default:
        return Optional.empty();
    }
  }

  /** A text close to a valid one, or one of the texts issue 12 found accepted by the schema. */
  private static String badText(String text, Random random) {
    String[] known = {
      "2023-02-30",
      "2100-02-29",
      "2000-02-29",
      "P9999999D",
      "P1000001D",
      "P1000000D",
      "ABC 100",
      "EUR -5",
      "EUR 1.1234567",
      "XX",
      "EEA-1",
      "US-CALI",
      "nl_NL",
      "",
      " ",
      " 7.1",
      "7.1\u0085",
      "NL123456789B1",
      "NL 1234.56.789.B01",
      "DE123456789",
      "1234567",
      "/a//b",
      "/a~2",
      "P2BD"
    };
    switch (random.nextInt(5)) {
      case 0:
        return known[random.nextInt(known.length)];
      case 1:
        return text + (random.nextBoolean() ? "X" : " ");
      case 2:
        return text.isEmpty() ? "x" : text.substring(0, text.length() - 1);
      case 3:
        return text.toLowerCase(java.util.Locale.ROOT);
      default:
        return text.replaceFirst("[0-9]", random.nextBoolean() ? "A" : "99");
    }
  }

  private static void collect(JsonNode node, String pointer, Map<String, JsonNode> places) {
    places.put(pointer, node);
    if (node.isObject()) {
      node.properties()
          .forEach(e -> collect(e.getValue(), pointer + "/" + escape(e.getKey()), places));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), pointer + "/" + i, places);
      }
    }
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static void replace(JsonNode document, String pointer, JsonNode value) {
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = document.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
    if (parent.isArray()) {
      ((ArrayNode) parent).set(Integer.parseInt(last), value);
    } else {
      ((ObjectNode) parent).set(last, value);
    }
  }

  /** The codes of every enum in the schema, by enum, and all of them under "*". */
  private static Map<String, List<String>> codes() throws Exception {
    JsonNode defs = TREES.readTree(DpaJson.schema()).get("$defs");
    Map<String, List<String>> codes = new HashMap<>();
    Set<String> all = new LinkedHashSet<>();
    defs.properties()
        .forEach(
            e -> {
              if (e.getValue().has("enum")) {
                List<String> values = new ArrayList<>();
                e.getValue().get("enum").forEach(v -> values.add(v.asText()));
                codes.put(e.getKey(), values);
                all.addAll(values);
              }
            });
    codes.put("*", List.copyOf(all));
    return codes;
  }

  private static String toString(Map<Mutation, int[]> verdicts) {
    StringBuilder out = new StringBuilder();
    verdicts.forEach(
        (m, c) -> out.append(m).append(' ').append(java.util.Arrays.toString(c)).append(' '));
    return out.toString().strip();
  }
}
