package org.dpa4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.Problem;
import org.dpa4j.model.value.PartialDate;
import org.dpa4j.testkit.AgreementGenerator;
import org.dpa4j.testkit.CpuBudget;
import org.dpa4j.testkit.SeedAgreements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 14, "Hostile input, round 1": one test per kind of fault, named after what broke. The
 * example inputs are in {@code cases/reliability/}.
 */
class HostileInputTest {
  static final Path CASES = Path.of("src/test/resources/cases/reliability");

  static byte[] read(String file) throws IOException {
    return Files.readAllBytes(CASES.resolve(file));
  }

  static List<Problem> problems(byte[] bytes) {
    return InvalidDocumentTest.problems(bytes);
  }

  /** The case file: 60 levels of 200-character names, one unknown property. */
  @Test
  void oneProblemInADeepDocumentIsLocated() throws IOException {
    byte[] bytes = read("one-problem-in-a-deep-document.json");
    List<Problem> problems = CpuBudget.within(Duration.ofSeconds(5), () -> problems(bytes));
    assertThat(problems.get(0).getCode()).isEqualTo("json.unknown_property");
    assertThat(problems.get(0).getPointer()).isEqualTo("/x");
    InvalidDocumentTest.assertWellFormed(problems, bytes.length);
  }

  /**
   * Locating problems was quadratic: a JSON Pointer was built per token, so a 4 MiB document 60
   * levels deep with its one problem at the very end took minutes. The bound is coarse on purpose
   * and in processor time, so that a loaded machine does not fail it (timings belong in the
   * benchmarks); linear work takes well under a second of it here.
   */
  @Test
  void locatingAProblemAtTheEndOfA4MibDeepDocumentIsLinear() throws IOException {
    byte[] bytes = deepDocumentWithProblemAtTheEnd(DpaJsonOptions.DEFAULT_MAX_DOCUMENT_LENGTH);
    assertThat(bytes.length).isEqualTo(DpaJsonOptions.DEFAULT_MAX_DOCUMENT_LENGTH);
    List<Problem> problems = CpuBudget.within(Duration.ofSeconds(5), () -> problems(bytes));
    Problem last = problems.get(problems.size() - 1);
    assertThat(problems)
        .extracting(Problem::getPointer)
        .contains("/x", "/y", "/metadata", "/processor", "/controller");
    Problem y = problems.stream().filter(p -> p.getPointer().equals("/y")).findFirst().get();
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(y.getLine()).hasValue(1);
    assertThat(y.getColumn()).hasValue(text.lastIndexOf("\"y\":") + 5);
    assertThat(last.getLine()).isPresent();
  }

  /** The pointer alone leads to the first, valid occurrence; the problem is the second. */
  @Test
  void duplicateKeyIsLocatedAtTheRepeatedKey() throws IOException {
    byte[] bytes = read("duplicate-key-location.json");
    for (List<Problem> problems :
        List.of(
            problems(bytes),
            problems(() -> DpaJson.standard().lenient().read(bytes)),
            problems(() -> DpaJson.standard().readTree(bytes)))) {
      assertThat(problems).hasSize(1);
      assertThat(problems.get(0).getCode()).isEqualTo("json.duplicate_key");
      assertThat(problems.get(0).getPointer()).isEqualTo("/metadata/title");
      assertThat(problems.get(0).getLine()).hasValue(6);
      assertThat(problems.get(0).getColumn()).hasValue(5);
    }
  }

  /** Found by a review: 2, true or {} as the version was "unsupported schemaVersion '2'". */
  @Test
  void schemaVersionOfAnotherJsonTypeIsAWrongType() {
    for (String version : List.of("2", "2.0", "true", "{}", "[\"2\"]")) {
      byte[] bytes =
          ("{\"schemaVersion\": " + version + ", \"metadata\": {\"title\": \"t\"}}")
              .getBytes(StandardCharsets.UTF_8);
      List<Problem> problems = problems(bytes);
      assertThat(problems.get(0).getCode()).as(version).isEqualTo("json.wrong_type");
      assertThat(problems.get(0).getPointer()).isEqualTo("/schemaVersion");
    }
  }

  @Test
  void schemaVersionNullIsANullValue() throws IOException {
    List<Problem> problems = problems(read("schema-version-null.json"));
    assertThat(problems).extracting(Problem::getCode).containsExactly("json.null_value");
    assertThat(problems.get(0).getPointer()).isEqualTo("/schemaVersion");
    assertThat(problems.get(0).getLine()).hasValue(2);
    assertThat(problems.get(0).getColumn()).hasValue(20);
  }

  /**
   * Property names whose hashes collide (built from "Ab" and "BA", equal under the parser's x33
   * hash) were reported as "the document length exceeds the limit" for text and readers, while
   * bytes read them: text is parsed as its UTF-8 bytes now, one path for every input type.
   */
  @Test
  void collidingPropertyNamesReadTheSameFromTextAsFromBytes() {
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      StringBuilder name = new StringBuilder();
      for (int bit = 0; bit < 12; bit++) {
        name.append(((i >> bit) & 1) == 0 ? "Ab" : "BA");
      }
      names.append(i == 0 ? "" : ",").append('"').append(name).append("\":1");
    }
    String doc = "{\"schemaVersion\":\"2\",\"x\":{" + names + "}}";
    for (org.assertj.core.api.ThrowableAssert.ThrowingCallable read :
        List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
            () -> DpaJson.standard().read(doc),
            () -> DpaJson.standard().read(doc.getBytes(StandardCharsets.UTF_8)),
            () -> DpaJson.standard().read(new java.io.StringReader(doc)))) {
      assertThat(codesOf(read))
          .contains("json.unknown_property")
          .doesNotContain("json.limit_exceeded");
    }
  }

  /** An extension value of two JSON values ("1 2") was written as its first: it is refused. */
  @Test
  void anExtensionValueOfMoreThanOneJsonValueIsNotWritten() {
    DataProcessingAgreement base = org.dpa4j.testkit.SampleAgreements.compliant();
    for (String json : List.of("1 2", "{} []", "\"a\" // c")) {
      DataProcessingAgreement odd =
          org.dpa4j.model.ImmutableDataProcessingAgreement.copyOf(base)
              .withExtensions(java.util.Map.of("x", org.dpa4j.model.ExtensionValue.ofJson(json)));
      assertThatThrownBy(() -> DpaJson.standard().lenient().write(odd))
          .as(json)
          .isInstanceOfSatisfying(
              DpaJsonException.class,
              e ->
                  assertThat(e.getProblems())
                      .extracting(p -> p.getCode() + " " + p.getPointer())
                      .containsExactly("json.invalid_value /x"));
    }
  }

  /** A byte order mark alone was json.syntax as bytes and json.empty as text. */
  @Test
  void aByteOrderMarkAloneIsEmptyForEveryInputType() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    for (org.assertj.core.api.ThrowableAssert.ThrowingCallable read :
        List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
            () -> DpaJson.standard().read(bom),
            () -> DpaJson.standard().read("\ufeff"),
            () -> DpaJson.standard().read(new java.io.ByteArrayInputStream(bom)),
            () -> DpaJson.standard().read(new java.io.StringReader("\ufeff")))) {
      assertThat(codesOf(read)).containsExactly("json.empty");
    }
  }

  /** The problem codes of a read that must fail with a typed problem. */
  private static List<String> codesOf(org.assertj.core.api.ThrowableAssert.ThrowingCallable read) {
    DpaJsonException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(DpaJsonException.class, read);
    assertThat(e).as("a typed problem").isNotNull();
    return e.getProblems().stream().map(Problem::getCode).toList();
  }

  /**
   * A version 1 document with a 990-deep extension, read leniently with the nesting limit raised on
   * a thread with a small stack, let a StackOverflowError out of read(): binding the upgraded tree
   * recursed outside the parser's guard.
   */
  @Test
  void aDeepVersionOneDocumentOnASmallStackIsAProblemNotAnError() throws Exception {
    DpaJson widest =
        DpaJson.withOptions(DpaJsonOptions.defaults().withMaxNestingDepth(1000).withLenient(true));
    String doc = "{\"schemaVersion\":\"1\",\"x\":" + "[".repeat(990) + "]".repeat(990) + "}";
    Throwable[] outcome = new Throwable[1];
    Thread reader =
        new Thread(
            null,
            () -> {
              try {
                widest.read(doc);
              } catch (Throwable t) {
                outcome[0] = t;
              }
            },
            "small-stack",
            256 * 1024);
    reader.start();
    reader.join();
    assertThat(outcome[0]).isInstanceOf(DpaJsonException.class);
  }

  @Test
  void trailingDataDoesNotHideTheProblemsOfAVersionOneDocumentEither() {
    String doc = "{\"schemaVersion\":\"1\",\"colour\":1} x";
    assertThatThrownBy(() -> DpaJson.standard().read(doc))
        .isInstanceOfSatisfying(
            DpaJsonException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(Problem::getCode)
                    .startsWith("json.unknown_property")
                    .endsWith("json.trailing_data"));
  }

  /** Data after the document was the only problem reported; the document's own were lost. */
  @Test
  void trailingDataDoesNotHideTheDocumentsProblems() {
    String doc = "{\"schemaVersion\":\"2\",\"colour\":1} {}";
    assertThat(problems(doc.getBytes(StandardCharsets.UTF_8)))
        .extracting(Problem::getCode)
        .containsExactly(
            "json.unknown_property",
            "json.missing_property",
            "json.missing_property",
            "json.missing_property",
            "json.trailing_data");
  }

  /**
   * Data after the document that the parser cannot read (a NUL, a comment) was placed at the
   * document's last brace, and a character that no document starts with (a second byte order mark,
   * a currency sign) one column after it: each is now at the character itself, in bytes and in text
   * alike.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a NUL on the next line       | {\"schemaVersion\":\"2\"}\\n\\u0000      | json.trailing_data | 2 | 1",
        "a comment after the brace    | {\"schemaVersion\":\"2\"} // c     | json.trailing_data | 1 | 23",
        "a letter after blank lines   | {\"schemaVersion\":\"2\"}\\n\\n   x    | json.trailing_data | 3 | 4",
        "a euro sign after the brace  | {\"schemaVersion\":\"2\"} \\u20ac     | json.trailing_data | 1 | 23",
        "a second byte order mark     | \\ufeff\\ufeff{}                      | json.syntax        | 1 | 1",
        "a euro sign before the brace | \\u20ac{}                            | json.syntax        | 1 | 1",
        "a euro sign after white space| \\n  \\u20ac{}                        | json.syntax        | 2 | 3",
        "a letter inside the document | {\"schemaVersion\":\"2\" x}         | json.syntax        | 1 | 22",
        "a euro sign as a value       | {\"a\":\\u20ac}                      | json.syntax        | 1 | 6",
        "an emoji as a value          | {\"a\":\\ud83d\\ude00}                | json.syntax        | 1 | 6",
        "a euro sign as a name        | {\\u20ac:1}                          | json.syntax        | 1 | 2",
        "a NUL where a name belongs   | {\"a\":1,\\u0000}                    | json.syntax        | 1 | 8",
        "a NUL on a line of its own   | {\\n\"a\":1,\\n\\u0000}                | json.syntax        | 3 | 1",
        "a number that breaks         | 12x                                 | json.syntax        | 1 | 3",
        "a minus sign then a letter   | \\n -x                               | json.syntax        | 2 | 3",
        "a plus sign                  | +1                                  | json.syntax        | 1 | 1",
        "a NUL after a BOM and braces | \\ufeff{}\\u0000                     | json.invalid_encoding | 1 | 3",
      })
  void unreadableCharactersAreLocatedAtThemselves(
      String what, String escaped, String code, long line, long column) {
    String doc = unescape(escaped.strip());
    for (Object input : List.of(doc.getBytes(StandardCharsets.UTF_8), doc)) {
      List<Problem> problems =
          input instanceof byte[] ? problems((byte[]) input) : textProblems((String) input);
      Problem located =
          problems.stream().filter(p -> p.getCode().equals(code)).findFirst().orElseThrow();
      assertThat(located.getLine()).as(what).hasValue(line);
      assertThat(located.getColumn()).as(what).hasValue(column);
    }
  }

  private static List<Problem> textProblems(String doc) {
    try {
      DpaJson.standard().read(doc);
    } catch (DpaJsonException e) {
      return e.getProblems();
    }
    throw new AssertionError("read without problems: " + doc);
  }

  /** Turns the escapes of a case (backslash n, backslash u and four hex digits) into characters. */
  private static String unescape(String escaped) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      if (c == '\\' && escaped.charAt(i + 1) == 'n') {
        out.append('\n');
        i++;
      } else if (c == '\\' && escaped.charAt(i + 1) == 'u') {
        out.append((char) Integer.parseInt(escaped.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * {@code PartialDate.toString()} used {@code String.format}, which writes the default locale's
   * digits: under Persian, Arabic, Nepali or Thai digits {@code write()} emitted dates that never
   * read back, and the generator threw. Every write path is held to ASCII here, in-process; the
   * build also runs the whole suite once under {@code -Duser.language=fa}.
   */
  @Test
  void writtenDatesUseAsciiDigitsUnderANonLatinDigitLocale() {
    Locale before = Locale.getDefault();
    Map<String, String> canonical = new TreeMap<>();
    SeedAgreements.all()
        .forEach((name, seed) -> canonical.put(name, DpaJson.standard().write(seed.get())));
    String generated = DpaJson.standard().write(new AgreementGenerator(14L).next());
    assertThat(canonical.values()).anyMatch(json -> json.contains("\"date\": \"20"));
    try {
      for (String tag : List.of("fa-IR", "ar-EG", "ne-NP", "th-TH-u-nu-thai")) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        assertThat(String.format("%d", 7)).as("the JDK writes %s digits", tag).isNotEqualTo("7");
        SeedAgreements.all()
            .forEach(
                (name, seed) -> {
                  String json = DpaJson.standard().write(seed.get());
                  assertThat(json).as(name + " under " + tag).isEqualTo(canonical.get(name));
                  assertThat(DpaJson.standard().read(json)).isEqualTo(seed.get());
                });
        assertThat(DpaJson.standard().write(new AgreementGenerator(14L).next()))
            .isEqualTo(generated);
        assertThat(PartialDate.parse("0987-06-05").toString()).isEqualTo("0987-06-05");
      }
    } finally {
      Locale.setDefault(before);
    }
  }

  /**
   * A compact document within the limit was written as 2.7 to 6 times its size, so {@code
   * read(write(x))} failed and {@code dpa format} made a readable file unreadable. Reading now
   * rejects what it could not read back once written; at the limit exactly, the round trip holds.
   */
  @Test
  void canonicalOutputOfAReadableDocumentIsReadableAgain() {
    DataProcessingAgreement agreement = new AgreementGenerator(14L).next(200);
    String compact = DpaJson.standard().writeCompact(agreement);
    String pretty = DpaJson.standard().write(agreement);
    int prettyBytes = pretty.getBytes(StandardCharsets.UTF_8).length;
    assertThat(compact.length()).isLessThan(prettyBytes - 1);
    // Limit = the canonical length: everything reads, and the round trip holds at the limit.
    DpaJson atLimit =
        DpaJson.withOptions(DpaJsonOptions.defaults().withMaxDocumentLength(prettyBytes));
    assertThat(atLimit.read(compact)).isEqualTo(agreement);
    assertThat(atLimit.read(atLimit.write(atLimit.read(compact)))).isEqualTo(agreement);
    assertThat(atLimit.read(pretty.getBytes(StandardCharsets.UTF_8))).isEqualTo(agreement);
    // One byte less: the compact input still fits, but what it would be written as does not.
    DpaJson below =
        DpaJson.withOptions(DpaJsonOptions.defaults().withMaxDocumentLength(prettyBytes - 1));
    for (List<Problem> problems :
        List.of(
            problems(() -> below.read(compact)),
            problems(() -> below.read(compact.getBytes(StandardCharsets.UTF_8))),
            problems(() -> below.read(new java.io.StringReader(compact))),
            problems(
                () ->
                    below.read(
                        new java.io.ByteArrayInputStream(
                            compact.getBytes(StandardCharsets.UTF_8)))))) {
      assertThat(problems).hasSize(1);
      assertThat(problems.get(0).getCode()).isEqualTo("json.limit_exceeded");
      assertThat(problems.get(0).getMessage()).contains("canonical form");
    }
    // Lenient mode too: unknown properties kept as extensions are written back pretty.
    String unknown =
        compact.replace("{\"schemaVersion\":\"2\",", "{\"schemaVersion\":\"2\",\"x\":[[[[1,2]]]],");
    DataProcessingAgreement extended = DpaJson.standard().lenient().read(unknown);
    int extendedBytes = DpaJson.standard().write(extended).getBytes(StandardCharsets.UTF_8).length;
    DpaJson lenientBelow =
        DpaJson.withOptions(
            DpaJsonOptions.defaults().withLenient(true).withMaxDocumentLength(extendedBytes - 1));
    assertThat(problems(() -> lenientBelow.read(unknown)))
        .extracting(Problem::getCode)
        .containsExactly("json.limit_exceeded");
    DpaJson lenientAt =
        DpaJson.withOptions(
            DpaJsonOptions.defaults().withLenient(true).withMaxDocumentLength(extendedBytes));
    assertThat(lenientAt.read(lenientAt.write(lenientAt.read(unknown)))).isEqualTo(extended);
  }

  /** Writing never returns text the same instance could not read back. */
  @Test
  void writeRefusesTextItCouldNotReadBack() {
    DataProcessingAgreement agreement = new AgreementGenerator(14L).next(20);
    int bytes = DpaJson.standard().write(agreement).getBytes(StandardCharsets.UTF_8).length;
    DpaJson small = DpaJson.withOptions(DpaJsonOptions.defaults().withMaxDocumentLength(bytes - 1));
    assertThat(problems(() -> small.write(agreement)))
        .extracting(Problem::getCode)
        .containsExactly("json.limit_exceeded");
    DpaJson exact = DpaJson.withOptions(DpaJsonOptions.defaults().withMaxDocumentLength(bytes));
    assertThat(exact.read(exact.write(agreement))).isEqualTo(agreement);
  }

  /**
   * Ill-formed UTF-8 was accepted: an overlong NUL became a control character in a title, and so
   * did overlong forms, surrogates, code points above U+10FFFF and the bytes F5-FF. Each is now
   * {@code json.invalid_encoding} at the value that holds it, through bytes and streams alike.
   */
  @Test
  void illFormedUtf8IsAnEncodingProblem() throws IOException {
    byte[] overlongNul = read("overlong-utf8-nul.json");
    for (List<Problem> problems :
        List.of(
            problems(overlongNul),
            problems(() -> DpaJson.standard().read(new java.io.ByteArrayInputStream(overlongNul))),
            problems(() -> DpaJson.standard().lenient().read(overlongNul)),
            problems(() -> DpaJson.standard().readTree(overlongNul)))) {
      assertThat(problems).hasSize(1);
      assertThat(problems.get(0).getCode()).isEqualTo("json.invalid_encoding");
      assertThat(problems.get(0).getPointer()).isEqualTo("/metadata/title");
      assertThat(problems.get(0).getLine()).hasValue(4);
      assertThat(problems.get(0).getColumn()).hasValue(17);
    }
    int[][] illFormed = {
      {0xC0, 0x80}, // overlong NUL
      {0xC1, 0xBF}, // overlong
      {0xE0, 0x80, 0x80}, // overlong, 3 bytes
      {0xE0, 0x9F, 0xBF}, // overlong, 3 bytes
      {0xF0, 0x80, 0x80, 0x80}, // overlong, 4 bytes
      {0xF0, 0x8F, 0xBF, 0xBF}, // overlong, 4 bytes
      {0xED, 0xA0, 0x80}, // high surrogate
      {0xED, 0xBF, 0xBF}, // low surrogate
      {0xF4, 0x90, 0x80, 0x80}, // above U+10FFFF
      {0xF5, 0x80, 0x80, 0x80},
      {0xF8, 0x88, 0x80, 0x80, 0x80},
      {0xFE},
      {0xFF},
      {0x80}, // continuation without a lead
      {0xC3}, // truncated
      {0xE2, 0x82}, // truncated
      {0xE2, 0x28, 0xA1} // bad continuation
    };
    byte[] head =
        "{\"schemaVersion\":\"2\",\"metadata\":{\"title\":\"a".getBytes(StandardCharsets.UTF_8);
    byte[] tail = "\",\"version\":\"1\"}}".getBytes(StandardCharsets.UTF_8);
    for (int[] sequence : illFormed) {
      byte[] doc = new byte[head.length + sequence.length + tail.length];
      System.arraycopy(head, 0, doc, 0, head.length);
      for (int i = 0; i < sequence.length; i++) {
        doc[head.length + i] = (byte) sequence[i];
      }
      System.arraycopy(tail, 0, doc, head.length + sequence.length, tail.length);
      List<Problem> problems = problems(doc);
      assertThat(problems)
          .as(java.util.Arrays.toString(sequence))
          .extracting(Problem::getCode, Problem::getPointer, p -> p.getColumn().getAsLong())
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  "json.invalid_encoding", "/metadata/title", (long) head.length + 1));
    }
    // Well-formed sequences at the edges stay accepted.
    for (String ok :
        List.of(
            "\u0080",
            "\u07ff",
            "\u0800",
            "\ud7ff",
            "\ue000",
            "\uffff",
            "\ud800\udc00",
            "\udbff\udfff")) {
      String doc =
          new String(head, StandardCharsets.UTF_8) + ok + new String(tail, StandardCharsets.UTF_8);
      assertThat(problems(doc.getBytes(StandardCharsets.UTF_8)))
          .extracting(Problem::getCode)
          .doesNotContain("json.invalid_encoding");
    }
  }

  /**
   * The same document got different columns, byte order mark handling and encodings depending on
   * how it came in: bytes counted bytes, text counted chars, a byte order mark was skipped in bytes
   * and a syntax error in text, UTF-16 and UTF-32 bytes were accepted. One policy now: UTF-8 bytes,
   * well-formed text, one leading byte order mark ignored, columns in code points.
   */
  @Test
  void everyInputTypeHasTheSameColumnsByteOrderMarkAndEncoding() {
    String doc =
        "{\"schemaVersion\":\"2\",\"metadata\":{\"title\":\"\u00e9\ud83d\ude00\u20ac\",\"x\":1}}";
    long column = doc.codePointCount(0, doc.indexOf("\"x\"")) + 1;
    for (String text :
        List.of(
            doc,
            "\ufeff" + doc,
            "\ufeff" + doc.replace("{\"schemaVersion", "\n{\"schemaVersion"))) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      long line = text.contains("\n") ? 2 : 1;
      for (List<Problem> problems :
          List.of(
              problems(bytes),
              problems(() -> DpaJson.standard().read(text)),
              problems(() -> DpaJson.standard().read(new java.io.ByteArrayInputStream(bytes))),
              problems(() -> DpaJson.standard().read(new java.io.StringReader(text))))) {
        Problem unknown =
            problems.stream().filter(p -> p.getPointer().equals("/metadata/x")).findFirst().get();
        assertThat(unknown.getLine()).hasValue(line);
        assertThat(unknown.getColumn()).as(text).hasValue(column + 4);
      }
    }
    // Not UTF-8: UTF-16 and UTF-32, with or without a byte order mark.
    for (java.nio.charset.Charset charset :
        List.of(
            StandardCharsets.UTF_16,
            StandardCharsets.UTF_16BE,
            StandardCharsets.UTF_16LE,
            java.nio.charset.Charset.forName("UTF-32BE"),
            java.nio.charset.Charset.forName("UTF-32LE"))) {
      assertThat(problems(doc.getBytes(charset)))
          .as(charset.name())
          .extracting(Problem::getCode)
          .containsExactly("json.invalid_encoding");
    }
    // Text that no encoding can carry: an unpaired surrogate.
    String lone = "{\"schemaVersion\":\"2\",\"metadata\":{\"title\":\"a\ud800\"}}";
    for (List<Problem> problems :
        List.of(
            problems(() -> DpaJson.standard().read(lone)),
            problems(() -> DpaJson.standard().read(new java.io.StringReader(lone))))) {
      assertThat(problems)
          .extracting(Problem::getCode, Problem::getPointer)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("json.invalid_encoding", "/metadata/title"));
      assertThat(problems.get(0).getColumn()).hasValue(lone.indexOf('\ud800') + 1);
    }
    // A second byte order mark is content: a syntax problem for every input type (placed where
    // the parser stopped: at the character it could not take or just after it).
    String twice = "\ufeff\ufeff" + doc;
    for (List<Problem> problems :
        List.of(
            problems(twice.getBytes(StandardCharsets.UTF_8)),
            problems(() -> DpaJson.standard().read(twice)))) {
      assertThat(problems).extracting(Problem::getCode).containsExactly("json.syntax");
      assertThat(problems.get(0).getColumn().getAsLong()).isBetween(1L, 2L);
    }
  }

  /** 2147483648 was reported as "expected an integer but found an integer". */
  @Test
  void integerOutOfRangeSaysSo() {
    List<Problem> problems =
        problems(
            "{\"schemaVersion\":\"2\",\"audit\":{\"maxPerYear\":2147483648}}"
                .getBytes(StandardCharsets.UTF_8));
    Problem range =
        problems.stream()
            .filter(p -> p.getPointer().equals("/audit/maxPerYear"))
            .findFirst()
            .orElseThrow();
    assertThat(range.getCode()).isEqualTo("json.invalid_value");
    assertThat(range.getMessage()).contains("outside the range -2147483648 to 2147483647");
  }

  /** An over-long property name was reported at the previous sibling. */
  @Test
  void overLongPropertyNameIsReportedAtItsObject() {
    List<Problem> problems =
        problems(
            ("{\"schemaVersion\":\"2\",\"metadata\":{\"title\":\"t\",\""
                    + "n".repeat(1000)
                    + "\":1}}")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(problems)
        .extracting(Problem::getCode, Problem::getPointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("json.limit_exceeded", "/metadata"));
  }

  /**
   * {@code withMaxDocumentLength(Integer.MAX_VALUE)} overflowed the stream reader's "limit plus
   * one", and a nesting limit raised past what a thread's stack holds let a StackOverflowError out.
   * Options now stay within what the reader can keep, and trees (extension values) are read and
   * written without recursion, so the deepest the limits allow reads on a 128 KiB stack.
   */
  @Test
  void limitsAreBoundedAndDeepExtensionsReadOnASmallStack() throws Exception {
    assertThatThrownBy(() -> DpaJsonOptions.defaults().withMaxDocumentLength(Integer.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DpaJsonOptions.defaults().withMaxNestingDepth(100_000))
        .isInstanceOf(IllegalArgumentException.class);
    DpaJson widest =
        DpaJson.withOptions(
            DpaJsonOptions.defaults()
                .withMaxDocumentLength(DpaJsonOptions.MAX_DOCUMENT_LENGTH)
                .withMaxNestingDepth(DpaJsonOptions.MAX_NESTING_DEPTH)
                .withLenient(true));
    String base = DpaJson.standard().writeCompact(SeedAgreements.hallo());
    assertThat(widest.read(new java.io.ByteArrayInputStream(base.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(SeedAgreements.hallo());
    String deep =
        base.replace(
            "{\"schemaVersion\":\"2\",",
            "{\"schemaVersion\":\"2\",\"x\":" + "[".repeat(990) + "]".repeat(990) + ",");
    // A thread with a small stack: reading the extension's tree recursed into a StackOverflowError.
    // Trees are now read and written without recursion: the document reads there too.
    Object[] outcome = new Object[1];
    Thread small =
        new Thread(
            null,
            () -> {
              try {
                DataProcessingAgreement read = widest.read(deep);
                outcome[0] = widest.read(widest.write(read)).equals(read);
              } catch (Throwable e) {
                outcome[0] = e;
              }
            },
            "small-stack",
            128 * 1024);
    small.start();
    small.join();
    assertThat(outcome[0]).isEqualTo(true);
    // With an ordinary stack the same document reads and writes back.
    assertThat(widest.read(widest.write(widest.read(deep)))).isEqualTo(widest.read(deep));
  }

  /**
   * {@code write()} of a model built in code emitted unreadable JSON: an extension with an empty
   * value ({@code "x": } and nothing), or one named {@code schemaVersion} that replaced the
   * version.
   */
  @Test
  void writeOfACodeBuiltModelNeverEmitsUnreadableJson() {
    DataProcessingAgreement seed = SeedAgreements.hallo();
    DataProcessingAgreement empty =
        org.dpa4j.model.ImmutableDataProcessingAgreement.copyOf(seed)
            .withExtensions(Map.of("x", org.dpa4j.model.ExtensionValue.ofJson("")));
    assertThat(problems(() -> DpaJson.standard().write(empty)))
        .extracting(Problem::getCode, Problem::getPointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("json.invalid_value", "/x"));
    DataProcessingAgreement version =
        org.dpa4j.model.ImmutableDataProcessingAgreement.copyOf(seed)
            .withExtensions(
                Map.of("schemaVersion", org.dpa4j.model.ExtensionValue.ofJson("\"99\"")));
    assertThat(DpaJson.standard().read(DpaJson.standard().write(version))).isEqualTo(seed);
  }

  /** A duplicate sub-processor name was quoted whole: a 200,000-character message. */
  @Test
  void duplicateSubProcessorNameIsQuotedAsAnExcerpt() {
    String name = "n".repeat(200_000);
    String doc =
        DpaJson.standard()
            .writeCompact(SeedAgreements.hallo())
            .replace(
                "\"subProcessing\":{",
                "\"subProcessing\":{\"subProcessors\":[{\"name\":\""
                    + name
                    + "\"},{\"name\":\""
                    + name
                    + "\"}],");
    List<Problem> problems = problems(doc.getBytes(StandardCharsets.UTF_8));
    assertThat(problems).extracting(Problem::getCode).contains("model.duplicate");
    InvalidDocumentTest.assertWellFormed(problems, 200);
  }

  static List<Problem> problems(Runnable read) {
    return InvalidDocumentTest.problems(read);
  }

  /** The case file's structure, with the array of zeros grown to {@code size} bytes. */
  static byte[] deepDocumentWithProblemAtTheEnd(int size) throws IOException {
    String d = new String(read("one-problem-in-a-deep-document.json"), StandardCharsets.UTF_8);
    int open = d.indexOf('[') + 1;
    String head = d.substring(0, open);
    String tail = d.substring(d.indexOf(']')).stripTrailing();
    tail = tail.substring(0, tail.length() - 1) + ",\"y\":1}";
    StringBuilder out = new StringBuilder(size).append(head).append('0');
    while (out.length() + tail.length() + 2 <= size) {
      out.append(",0");
    }
    if (out.length() + tail.length() < size) {
      out.append(' ');
    }
    return out.append(tail).toString().getBytes(StandardCharsets.UTF_8);
  }
}
