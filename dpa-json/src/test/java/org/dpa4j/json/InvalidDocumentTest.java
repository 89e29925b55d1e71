package org.dpa4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad documents: each is rejected with a typed exception whose first problem has the expected code
 * and pointer, a line and column, and a short message in English and Dutch that quotes no more than
 * an excerpt of the input and nothing of Jackson. The committed table is {@code
 * invalid/v2/index.json}; the hostile inputs too large to commit are made here.
 */
class InvalidDocumentTest {
  static final Path INVALID = Path.of("src/test/resources/invalid/v2");
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(DpaJson.schema());

  static Stream<Arguments> committedCases() throws IOException {
    JsonNode index = MAPPER.readTree(INVALID.resolve("index.json").toFile());
    List<Arguments> cases = new ArrayList<>();
    for (JsonNode entry : index) {
      cases.add(
          Arguments.of(
              entry.get("file").asText(),
              entry.get("code").asText(),
              entry.get("pointer").asText(),
              entry.get("schemaRejects")));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} -> {1} at \"{2}\"")
  @MethodSource("committedCases")
  void committedBadDocumentIsRejected(String file, String code, String pointer, JsonNode schema)
      throws IOException {
    byte[] bytes = Files.readAllBytes(INVALID.resolve(file));
    List<Problem> problems = problems(bytes);
    assertThat(problems.get(0).getCode()).isEqualTo(code);
    assertThat(problems.get(0).getPointer()).isEqualTo(pointer);
    assertWellFormed(problems, bytes.length);
    // The same result through every way in.
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(problems(() -> DpaJson.standard().read(text))).isEqualTo(problems);
    assertThat(problems(() -> DpaJson.standard().read(new StringReader(text)))).isEqualTo(problems);
    assertThat(problems(() -> DpaJson.standard().read(new ByteArrayInputStream(bytes))))
        .isEqualTo(problems);
    if (schema.isBoolean()) {
      assertThat(SCHEMA.validate(MAPPER.readTree(bytes)))
          .as("schema verdict on " + file)
          .hasSizeGreaterThanOrEqualTo(schema.booleanValue() ? 1 : 0);
      if (!schema.booleanValue()) {
        assertThat(SCHEMA.validate(MAPPER.readTree(bytes))).isEmpty();
      }
    }
  }

  @Test
  void theBaseOfTheBadDocumentsIsItselfGood() throws IOException {
    byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/valid/v2/base.json"));
    assertThat(DpaJson.standard().read(bytes).getMetadata().getTitle())
        .isEqualTo("Verwerkersovereenkomst");
    assertThat(SCHEMA.validate(MAPPER.readTree(bytes))).isEmpty();
  }

  @Test
  void everyMissingRequiredPropertyIsReportedAtOnce() throws IOException {
    String doc =
        "{\"schemaVersion\":\"1\",\"processor\":{\"role\":\"processor\"},"
            + "\"audit\":{\"maxPerYear\":\"x\",\"trigger\":\"sometimes\"},\"colour\":1}";
    List<Problem> problems = problems(doc.getBytes(StandardCharsets.UTF_8));
    assertThat(problems)
        .extracting(Problem::getCode, Problem::getPointer)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("model.inconsistent", "/processor/legalName"),
            org.assertj.core.groups.Tuple.tuple("json.wrong_type", "/audit/maxPerYear"),
            org.assertj.core.groups.Tuple.tuple("json.unknown_code", "/audit/trigger"),
            org.assertj.core.groups.Tuple.tuple("json.unknown_property", "/colour"),
            org.assertj.core.groups.Tuple.tuple("json.missing_property", "/metadata"),
            org.assertj.core.groups.Tuple.tuple("json.missing_property", "/controller"));
    assertWellFormed(problems, doc.length());
    Problem trigger =
        problems.stream().filter(p -> p.getPointer().equals("/audit/trigger")).findFirst().get();
    assertThat(trigger.getLine()).hasValue(1);
    assertThat(trigger.getColumn()).hasValue(doc.indexOf("\"sometimes\"") + 1);
  }

  @Test
  void lineAndColumnPointAtTheValue() throws IOException {
    byte[] bytes = Files.readAllBytes(INVALID.resolve("bad-country.json"));
    Problem problem = problems(bytes).get(0);
    List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
    String line = lines.get((int) problem.getLine().getAsLong() - 1);
    assertThat(line.substring((int) problem.getColumn().getAsLong() - 1)).startsWith("\"USA\"");
  }

  @Test
  void problemCountIsCapped() {
    StringBuilder doc = new StringBuilder("{\"schemaVersion\":\"1\"");
    for (int i = 0; i < 500; i++) {
      doc.append(",\"unknown").append(i).append("\":").append(i);
    }
    doc.append('}');
    List<Problem> problems = problems(doc.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(problems).hasSize(DpaJsonOptions.DEFAULT_MAX_PROBLEMS + 1);
    assertThat(problems.get(problems.size() - 1).getCode()).isEqualTo("json.too_many_problems");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("duplicates")
  void everyDuplicateKeyIsFoundWithItsPointer(String where, String json, boolean lenient) {
    DpaJson reader = lenient ? DpaJson.standard().lenient() : DpaJson.standard();
    assertThatThrownBy(() -> reader.read(json))
        .isInstanceOfSatisfying(
            DpaJsonException.class,
            e ->
                assertThat(e.getProblems())
                    .filteredOn(p -> p.getCode().equals("json.duplicate_key"))
                    .extracting(Problem::getPointer)
                    .containsExactly(where));
    assertThatThrownBy(() -> reader.readTree(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            DpaJsonException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(Problem::getCode, Problem::getPointer)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("json.duplicate_key", where)));
  }

  static Stream<Arguments> duplicates() {
    return Stream.of(
        Arguments.of("/schemaVersion", "{\"schemaVersion\":\"1\",\"schemaVersion\":\"1\"}", false),
        Arguments.of("/metadata/title", "{\"metadata\":{\"title\":\"a\",\"title\":\"b\"}}", false),
        Arguments.of("/x", "{\"x\":1,\"x\":2}", false),
        Arguments.of("/x", "{\"x\":1,\"x\":2}", true),
        Arguments.of("/x/a", "{\"x\":{\"a\":1,\"a\":2}}", true),
        Arguments.of("/x/0/a", "{\"x\":[{\"a\":{},\"a\":[]}]}", true));
  }

  @Test
  void syntaxErrorAfterTheProblemCapStillWins() {
    // Binding stops at the cap, but the rest of the document is still read: a document that is
    // not JSON at all gets the syntax problem, not a hundred binding problems.
    StringBuilder doc = new StringBuilder("{\"schemaVersion\":\"1\"");
    for (int i = 0; i < 500; i++) {
      doc.append(",\"unknown").append(i).append("\":{\"a\":[").append(i).append("]}");
    }
    doc.append(",\"metadata\":{\"title\":\"x\"]}");
    List<Problem> problems = problems(doc.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(problems).extracting(Problem::getCode).containsExactly("json.syntax");
    assertThat(problems.get(0).getPointer()).isEqualTo("/metadata/title");
  }

  static Stream<Arguments> hostileInputs() {
    String prefix = "{\"schemaVersion\":\"1\",\"metadata\":{\"title\":";
    return Stream.of(
        Arguments.of(
            "10,000-deep nesting",
            ("{\"schemaVersion\":\"1\",\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}")
                .getBytes(StandardCharsets.UTF_8),
            "json.limit_exceeded"),
        Arguments.of(
            "50 MB string",
            (prefix + "\"" + "a".repeat(50 * 1024 * 1024) + "\"}}")
                .getBytes(StandardCharsets.UTF_8),
            "json.limit_exceeded"),
        Arguments.of(
            "300 KB string",
            (prefix + "\"" + "a".repeat(300 * 1024) + "\"}}").getBytes(StandardCharsets.UTF_8),
            "json.limit_exceeded"),
        Arguments.of(
            "1,000-digit number",
            ("{\"schemaVersion\":\"1\",\"audit\":{\"maxPerYear\":" + "9".repeat(1000) + "}}")
                .getBytes(StandardCharsets.UTF_8),
            "json.limit_exceeded"),
        Arguments.of(
            "1,000-character property name",
            ("{\"schemaVersion\":\"1\",\"" + "n".repeat(1000) + "\":1}")
                .getBytes(StandardCharsets.UTF_8),
            "json.limit_exceeded"),
        Arguments.of("invalid UTF-8", invalidUtf8(prefix), "json.invalid_encoding"),
        Arguments.of("a lone quote", "\"".getBytes(StandardCharsets.UTF_8), "json.syntax"),
        Arguments.of("garbage", "<\u0001xml/>".getBytes(StandardCharsets.UTF_8), "json.syntax"),
        // A zero byte among the first four is how UTF-16 and UTF-32 begin: bytes must be UTF-8.
        Arguments.of(
            "garbage starting with a zero byte",
            "\u0000\u0001<xml/>".getBytes(StandardCharsets.UTF_8),
            "json.invalid_encoding"));
  }

  private static byte[] invalidUtf8(String prefix) {
    byte[] head = (prefix + "\"abc").getBytes(StandardCharsets.UTF_8);
    byte[] tail = "\"}}".getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[head.length + 2 + tail.length];
    System.arraycopy(head, 0, out, 0, head.length);
    out[head.length] = (byte) 0xC3;
    out[head.length + 1] = (byte) 0x28;
    System.arraycopy(tail, 0, out, head.length + 2, tail.length);
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileInputs")
  void hostileInputIsRejectedCheaplyWithATypedProblem(String name, byte[] bytes, String code) {
    List<Problem> problems = problems(bytes);
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).getCode()).isEqualTo(code);
    assertWellFormed(problems, bytes.length);
  }

  /**
   * Regression, found by fuzzing: bytes that look like UCS-4 in an unusual byte order made the
   * parser fail while detecting the encoding, which escaped as an UncheckedIOException.
   */
  @Test
  void ucs4WithUnusualByteOrderIsAnEncodingProblem() {
    byte[] bytes = new byte[20];
    bytes[1] = 0x5c;
    List<Problem> problems = problems(bytes);
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).getCode()).isEqualTo("json.invalid_encoding");
    assertWellFormed(problems, bytes.length);
  }

  /**
   * Regression, found by fuzzing: a number with a huge exponent made Jackson throw a
   * NumberFormatException, which escaped untyped. Where the model expects no number, the number is
   * never converted and the problem is its type; in an extension kept in lenient mode it is kept as
   * written, never converted either (see LenientModeTest).
   */
  @Test
  void hugeExponentIsATypedProblem() throws Exception {
    byte[] bytes = "1199e912111111111112".getBytes(StandardCharsets.UTF_8);
    List<Problem> problems = problems(bytes);
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).getCode()).isEqualTo("json.wrong_type");
    assertWellFormed(problems, 200);
    byte[] nested =
        "{\"schemaVersion\":\"1\",\"audit\":{\"maxPerYear\":1e999999999}}"
            .getBytes(StandardCharsets.UTF_8);
    assertThat(problems(nested).get(0).getPointer()).isEqualTo("/audit/maxPerYear");
    DpaJson lenient = DpaJson.standard().lenient();
    String extension =
        lenient
            .writeCompact(org.dpa4j.testkit.SeedAgreements.hallo())
            .replace(
                "\"schemaVersion\":\"2\",", "\"schemaVersion\":\"2\",\"x\":1e912111111111112,");
    org.dpa4j.model.DataProcessingAgreement read = lenient.read(extension);
    assertThat(read.getExtensions().get("x").getJson()).isEqualTo("1e912111111111112");
    assertThat(lenient.read(lenient.write(read))).isEqualTo(read);
  }

  @Test
  void limitsAreOptionsOfTheInstanceNotGlobalDefaults() {
    String doc = "{\"schemaVersion\":\"1\",\"x\":" + "[".repeat(80) + "]".repeat(80) + "}";
    List<Problem> strict = problems(doc.getBytes(StandardCharsets.UTF_8));
    assertThat(strict.get(0).getCode()).isEqualTo("json.limit_exceeded");
    DpaJson deep =
        DpaJson.withOptions(DpaJsonOptions.defaults().withMaxNestingDepth(200)).lenient();
    assertThat(
            deep.read(
                    doc.replace(
                        "\"x\":",
                        "\"metadata\":{\"title\":\"t\"},\"processor\":{\"role\":\"processor\",\"tradeNames\":[\"p\"]},\"controller\":{\"role\":\"controller\",\"placeholder\":true,\"description\":\"c\"},\"x\":"))
                .getExtensions())
        .containsKey("x");
    // The standard instance is untouched by the other instance's options.
    assertThat(problems(doc.getBytes(StandardCharsets.UTF_8))).isEqualTo(strict);
    assertThat(
            new com.fasterxml.jackson.core.JsonFactory()
                .streamReadConstraints()
                .getMaxNestingDepth())
        .isEqualTo(com.fasterxml.jackson.core.StreamReadConstraints.DEFAULT_MAX_DEPTH);
  }

  @Test
  void streamInputIsReadNoFurtherThanTheLimit() {
    DpaJson small = DpaJson.withOptions(DpaJsonOptions.defaults().withMaxDocumentLength(1024));
    byte[] large = new byte[10 * 1024 * 1024];
    java.util.Arrays.fill(large, (byte) ' ');
    int[] read = {0};
    java.io.InputStream counting =
        new ByteArrayInputStream(large) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            int n = super.read(b, off, len);
            read[0] += Math.max(0, n);
            return n;
          }
        };
    assertThatThrownBy(() -> small.read(counting))
        .isInstanceOf(DpaJsonException.class)
        .satisfies(
            e ->
                assertThat(((DpaJsonException) e).getProblems().get(0).getCode())
                    .isEqualTo("json.limit_exceeded"));
    assertThat(read[0]).isEqualTo(1025);
  }

  static List<Problem> problems(byte[] bytes) {
    return problems(() -> DpaJson.standard().read(bytes));
  }

  static List<Problem> problems(Runnable read) {
    try {
      read.run();
    } catch (DpaJsonException e) {
      return e.getProblems();
    }
    throw new AssertionError("the document was accepted");
  }

  static void assertWellFormed(List<Problem> problems, int inputLength) {
    for (Problem problem : problems) {
      assertThat(problem.getLine()).as(problem.toString()).isPresent();
      assertThat(problem.getColumn()).as(problem.toString()).isPresent();
      assertThat(problem.getLine().getAsLong()).isPositive();
      String en = problem.getMessage(Locale.ENGLISH);
      String nl = problem.getMessage(LocalizedText.DUTCH);
      assertThat(en).isNotBlank().isNotEqualTo(nl);
      assertThat(nl).isNotBlank();
      for (String message : List.of(en, nl)) {
        assertThat(message.length()).isLessThan(Math.min(600, inputLength + 500));
        assertThat(message.toLowerCase(Locale.ROOT))
            .doesNotContain(
                "jackson",
                "fasterxml",
                "exception",
                "immutable",
                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
      }
      assertThat(problem.getPointer()).matches("(/[^/]*)*");
    }
  }
}
