package org.dpa4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.dpa4j.json.internal.SchemaGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The schema in the jar is the generated one, and every golden file is valid under it. */
class SchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  static final Path MODEL_SOURCES = Path.of("../dpa-model/src/main/java");

  @Test
  void shippedSchemaIsTheGeneratedOneAndADraft202012Schema() throws IOException {
    String shipped = DpaJson.schema();
    assertThat(shipped).isEqualTo(SchemaGenerator.generate(MODEL_SOURCES));
    try (InputStream in = DpaJson.class.getResourceAsStream("dpa-agreement.schema.json")) {
      assertThat(in).isNotNull();
    }
    JsonNode schema = MAPPER.readTree(shipped);
    assertThat(schema.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("required"))
        .extracting(JsonNode::asText)
        .contains("schemaVersion", "metadata");
    assertThat(schema.at("/$defs/TimeLimit/pattern").asText()).isNotEmpty();
    assertThat(schema.at("/$defs/SuspectedBreaches/enum"))
        .extracting(JsonNode::asText)
        .containsExactly("included", "excluded", "not_stated");
    assertThat(schema.at("/$defs/Party/additionalProperties").asBoolean(true)).isFalse();
  }

  static Stream<Path> goldenFiles() throws IOException {
    // The seeds, the corpus and the golden files of the current version (not those in v1/).
    try (Stream<Path> seeds = Files.walk(GoldenFileTest.AGREEMENTS);
        Stream<Path> golden = Files.list(GoldenFileTest.GOLDEN)) {
      return Stream.concat(seeds.toList().stream(), golden.toList().stream())
          .filter(p -> p.getFileName().toString().endsWith(".json"))
          .filter(p -> !p.getParent().getFileName().toString().equals("v1"))
          .filter(p -> !p.getFileName().toString().startsWith("lenient-"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void goldenFileIsValidUnderTheSchema(Path file) throws IOException {
    assertThat(InvalidDocumentTest.SCHEMA.validate(MAPPER.readTree(file.toFile()))).isEmpty();
  }

  @Test
  void lenientFileIsRejectedByTheStrictSchemaLikeByTheStrictReader() throws IOException {
    Path lenient = GoldenFileTest.GOLDEN.resolve("lenient-extensions.json");
    assertThat(InvalidDocumentTest.SCHEMA.validate(MAPPER.readTree(lenient.toFile()))).isNotEmpty();
    assertThat(InvalidDocumentTest.problems(Files.readAllBytes(lenient)))
        .extracting(org.dpa4j.model.Problem::getCode)
        .containsOnly("json.unknown_property")
        .hasSize(4);
  }
}
