package org.dpa4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.testkit.SeedAgreements;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five seeds as canonical JSON in {@code examples/agreements/}, and the golden files of schema
 * version 1, both ways: file to object to file (same bytes, same tree) and object to file to
 * object.
 *
 * <p>Run with {@code -Ddpa4j.golden.update=true} to rewrite the seed files after a deliberate
 * change of the model or the format, then review the diff.
 */
class GoldenFileTest {
  static final Path AGREEMENTS = Path.of("../examples/agreements");
  static final Path GOLDEN = Path.of("src/test/resources/golden/v2");
  private static final ObjectMapper TREES = new ObjectMapper();
  private final DpaJson json = DpaJson.standard();

  static Stream<Arguments> seedFiles() {
    return Stream.of(
        Arguments.of("hallo.json", (Supplier<DataProcessingAgreement>) SeedAgreements::hallo),
        Arguments.of(
            "voip-express.json", (Supplier<DataProcessingAgreement>) SeedAgreements::voipExpress),
        Arguments.of("ipcall.json", (Supplier<DataProcessingAgreement>) SeedAgreements::ipcallMe),
        Arguments.of("callvoip.json", (Supplier<DataProcessingAgreement>) SeedAgreements::callvoip),
        Arguments.of(
            "digiteam.json", (Supplier<DataProcessingAgreement>) SeedAgreements::digiteam));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seedFiles")
  void seedFileEqualsTheSeedBothWays(String file, Supplier<DataProcessingAgreement> seed)
      throws IOException {
    Path path = AGREEMENTS.resolve(file);
    if (Boolean.getBoolean("dpa4j.golden.update")) {
      Files.writeString(path, json.write(seed.get()), StandardCharsets.UTF_8);
    }
    byte[] bytes = Files.readAllBytes(path);
    DataProcessingAgreement read = json.read(bytes);
    assertThat(read).isEqualTo(seed.get());
    assertThat(TREES.readTree(json.write(seed.get()))).isEqualTo(TREES.readTree(bytes));
    assertThat(json.write(read)).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
  }

  static Stream<String> goldenFiles() throws IOException {
    try (Stream<Path> files = Files.list(GOLDEN)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void goldenFileIsCanonicalAndRoundTrips(String file) throws IOException {
    DpaJson reader = file.startsWith("lenient-") ? json.lenient() : json;
    if (Boolean.getBoolean("dpa4j.golden.update")) {
      Path path = GOLDEN.resolve(file);
      Files.writeString(path, reader.write(reader.read(Files.readAllBytes(path))));
    }
    byte[] bytes = Files.readAllBytes(GOLDEN.resolve(file));
    DataProcessingAgreement read = reader.read(bytes);
    assertThat(reader.write(read)).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
    assertThat(TREES.readTree(reader.writeCompact(read))).isEqualTo(TREES.readTree(bytes));
    assertThat(reader.read(reader.write(read))).isEqualTo(read);
  }
}
