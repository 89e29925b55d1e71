package org.dpa4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.dpa4j.model.Blank;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.Problem;
import org.dpa4j.testkit.SeedAgreements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files and streams in and out: the same limits, encoding and problems as bytes and text, and a
 * failing file or stream kept apart from a wrong document.
 */
class FilesAndStreamsTest {
  private static final DpaJson JSON = DpaJson.standard();

  @TempDir Path dir;

  @Test
  void aWrittenFileHoldsTheCanonicalBytesAndReadsBack() {
    DataProcessingAgreement callvoip = SeedAgreements.callvoip();
    Path file = dir.resolve("callvoip.json");
    JSON.write(file, callvoip);
    assertThat(file).hasBinaryContent(JSON.write(callvoip).getBytes(StandardCharsets.UTF_8));
    assertThat(JSON.read(file)).isEqualTo(callvoip);
  }

  @Test
  void aStreamGetsTheCanonicalBytesAndIsLeftOpen() {
    DataProcessingAgreement hallo = SeedAgreements.hallo();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.write(out, hallo);
    out.write('x');
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(JSON.write(hallo) + "x");
  }

  @Test
  void aWrongFileHasTheSameProblemsAsItsBytes() throws IOException {
    byte[] bytes =
        "{\n  \"schemaVersion\": \"2\",\n  \"colour\": 7\n}\n".getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("wrong.json"), bytes);
    assertThat(problems(() -> JSON.read(file))).isEqualTo(problems(() -> JSON.read(bytes)));
    assertThat(problems(() -> JSON.read(file)))
        .anySatisfy(
            p -> {
              assertThat(p.getCode()).isEqualTo("json.unknown_property");
              assertThat(p.getLine()).hasValue(3);
            });
  }

  @Test
  void aFileOverTheLimitIsLimitExceededAndReadNoFurther() throws IOException {
    DpaJson small = DpaJson.withOptions(DpaJsonOptions.defaults().withMaxDocumentLength(1000));
    Path file = Files.write(dir.resolve("big.json"), new byte[100_000]);
    assertThat(problems(() -> small.read(file)))
        .extracting(Problem::getCode)
        .containsExactly("json.limit_exceeded");
  }

  @Test
  void aMissingFileIsAnIoFailureNotAWrongDocument() {
    assertThatThrownBy(() -> JSON.read(dir.resolve("missing.json")))
        .isExactlyInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(NoSuchFileException.class);
    assertThatThrownBy(() -> JSON.read(dir))
        .as("a directory")
        .isExactlyInstanceOf(UncheckedIOException.class);
    assertThatThrownBy(() -> JSON.write(dir.resolve("no/such/dir.json"), SeedAgreements.hallo()))
        .isExactlyInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(NoSuchFileException.class);
  }

  @Test
  void failingStreamsAreIoFailures() {
    InputStream in =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }
        };
    OutputStream out =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }
        };
    assertThatThrownBy(() -> JSON.read(in))
        .isExactlyInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk gone");
    assertThatThrownBy(() -> JSON.write(out, SeedAgreements.hallo()))
        .isExactlyInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk full");
  }

  @Test
  void anAgreementThatCannotBeWrittenLeavesTheFileAlone() throws IOException {
    Path file = Files.writeString(dir.resolve("kept.json"), "kept");
    DataProcessingAgreement wrong =
        SeedAgreements.hallo()
            .withBlanks(Blank.builder().pointer("/noSuchTerm").placeholder("[X]").build());
    assertThat(problems(() -> JSON.write(file, wrong)))
        .extracting(Problem::getPointer)
        .containsExactly("/blanks/0/pointer");
    assertThat(file).hasContent("kept");
  }

  private static java.util.List<Problem> problems(Runnable action) {
    try {
      action.run();
    } catch (DpaJsonException e) {
      return e.getProblems();
    }
    throw new AssertionError("expected a DpaJsonException");
  }
}
