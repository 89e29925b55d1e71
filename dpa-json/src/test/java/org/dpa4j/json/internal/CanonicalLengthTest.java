package org.dpa4j.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.dpa4j.json.DpaJson;
import org.dpa4j.json.core.internal.Attribute;
import org.dpa4j.json.core.internal.ModelMapping;
import org.dpa4j.json.core.internal.ObjectType;
import org.dpa4j.json.core.internal.ValueType;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.ExtensionValue;
import org.dpa4j.model.ImmutableAgreementMetadata;
import org.dpa4j.model.ImmutableDataProcessingAgreement;
import org.dpa4j.testkit.AgreementGenerator;
import org.dpa4j.testkit.SeedAgreements;
import org.junit.jupiter.api.Test;

/**
 * The canonical length the reader checks is the length {@code write} gives: counted without
 * writing, it must agree byte for byte with the text, in both forms, with and without extensions.
 */
class CanonicalLengthTest {
  static final TreeWriter WRITER =
      new TreeWriter(new DocumentReader(org.dpa4j.json.DpaJsonOptions.defaults()));

  static long length(DataProcessingAgreement agreement, CanonicalText text) {
    return WRITER.length(
        ModelMapping.get().root(),
        agreement,
        DocumentReader.SCHEMA_VERSION,
        DataProcessingAgreement.SCHEMA_VERSION,
        text,
        Long.MAX_VALUE);
  }

  static void assertAgrees(DataProcessingAgreement agreement) {
    assertThat(length(agreement, CanonicalText.pretty()))
        .isEqualTo(DpaJson.standard().write(agreement).getBytes(StandardCharsets.UTF_8).length);
    assertThat(length(agreement, CanonicalText.compact()))
        .isEqualTo(
            DpaJson.standard().writeCompact(agreement).getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void countedLengthIsTheWrittenLength() {
    SeedAgreements.all().values().forEach(seed -> assertAgrees(seed.get()));
    for (long seed = 0; seed < 300; seed++) {
      assertAgrees(new AgreementGenerator(seed).next());
    }
    assertAgrees(new AgreementGenerator(7L).next(100));
  }

  @Test
  void countedLengthIncludesExtensionsAndEscapes() {
    DataProcessingAgreement seed = SeedAgreements.hallo();
    DataProcessingAgreement extended =
        ImmutableDataProcessingAgreement.copyOf(seed)
            .withExtensions(
                java.util.Map.of(
                    "x-a",
                        ExtensionValue.ofJson("{\"b\":[1,2.50,{}],\"c\":[],\"d\":\"\\u0001é😀\"}"),
                    "metadata", ExtensionValue.ofJson("1"),
                    "schemaVersion", ExtensionValue.ofJson("\"2\"")))
            .withMetadata(
                ImmutableAgreementMetadata.copyOf(seed.getMetadata())
                    .withTitle("t\"\\\n\u0001\u00e9\u20ac\ud83d\ude00\ud800"));
    assertAgrees(extended);
    // The schema version an extension tried to replace is written as the reader needs it.
    assertThat(DpaJson.standard().lenient().read(DpaJson.standard().write(extended))).isNotNull();
  }

  /**
   * Strict reads skip counting for inputs up to the limit divided by {@code
   * STRICT_EXPANSION_BOUND}. That is sound while no input byte can grow into more than half that
   * many bytes: the worst is a list of empty objects ({@code {},} is 3 bytes) whose defaults are
   * all written. Every list element type that builds with nothing set is measured at a depth beyond
   * the model's, with the newline, indentation and comma of a list element. (Objects that are not
   * list elements occur once per parent: their defaults add a constant, not a factor.)
   */
  @Test
  void emptyListElementsStayWithinTheStrictExpansionBound() {
    // The deepest level at which each list element type occurs (the model has no cycles).
    Map<ObjectType, Integer> elements = new HashMap<>();
    depths(ModelMapping.get().root(), 1, elements);
    int measured = 0;
    double worst = 0;
    for (Map.Entry<ObjectType, Integer> entry : elements.entrySet()) {
      ObjectType type = entry.getKey();
      Object empty;
      try {
        empty = type.build(type.newBuilder());
      } catch (RuntimeException e) {
        continue; // has required attributes, which the input pays for
      }
      int depth = entry.getValue();
      long element =
          WRITER.length(type, empty, null, null, CanonicalText.pretty(), Long.MAX_VALUE)
              - 1 // the final newline of a document
              + (2L * depth) * countLines(type, empty) // indentation at that depth
              + 1
              + 2L * depth
              + 1; // newline, indentation and comma before the element
      worst = Math.max(worst, element / 3.0);
      measured++;
    }
    assertThat(measured).isGreaterThanOrEqualTo(2);
    assertThat(worst * 2)
        .isLessThanOrEqualTo(org.dpa4j.json.DpaJsonTestAccess.strictExpansionBound());
  }

  private static void depths(ObjectType type, int depth, Map<ObjectType, Integer> elements) {
    assertThat(depth).as("the model nests no deeper than this").isLessThan(12);
    for (Attribute attribute : type.getAttributes()) {
      if (attribute.getValueType().getKind() == ValueType.Kind.OBJECT) {
        ObjectType child = attribute.getValueType().getObjectType();
        int at = attribute.isMany() ? depth + 1 : depth;
        if (attribute.isMany()) {
          elements.merge(child, at, Math::max);
        }
        depths(child, at + 1, elements);
      }
    }
  }

  private static long countLines(ObjectType type, Object value) {
    String text = CanonicalText.pretty().write(WRITER.write(type, value, null, null));
    return text.chars().filter(c -> c == '\n').count();
  }
}
