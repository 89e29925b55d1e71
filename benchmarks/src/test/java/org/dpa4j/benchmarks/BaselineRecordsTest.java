package org.dpa4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.dpa4j.benchmarks.records.DataProcessingAgreementRecord;
import org.dpa4j.json.DpaJson;
import org.dpa4j.model.DataProcessingAgreement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The records baseline has the shape of the current JSON: it reads every seed and corpus file with
 * Jackson's defaults (an unknown property fails), so a model change that the records miss fails
 * here and not in the middle of a benchmark run. So does an attribute that only the generated
 * inputs have (the generator produces every attribute of the model).
 */
class BaselineRecordsTest {
  private static final Path AGREEMENTS = Path.of("../examples/agreements");

  static Stream<Path> files() throws IOException {
    try (Stream<Path> files = Files.walk(AGREEMENTS)) {
      return files
          .filter(p -> p.toString().endsWith(".json"))
          .filter(p -> !p.getParent().getFileName().toString().equals("v1"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void recordsReadEveryCurrentFile(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    DataProcessingAgreementRecord record =
        new ObjectMapper().readValue(bytes, DataProcessingAgreementRecord.class);
    DataProcessingAgreement dpa = DpaJson.standard().read(bytes);
    assertThat(record.schemaVersion()).isEqualTo(DataProcessingAgreement.SCHEMA_VERSION);
    assertThat(record.metadata().title()).isEqualTo(dpa.getMetadata().getTitle());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"gen-10", "gen-100"})
  void recordsReadTheGeneratedInputs(String input) throws IOException {
    byte[] bytes = Inputs.json(input);
    DataProcessingAgreementRecord record =
        new ObjectMapper().readValue(bytes, DataProcessingAgreementRecord.class);
    assertThat(record.metadata().title())
        .isEqualTo(Inputs.JSON.read(bytes).getMetadata().getTitle());
  }
}
