package org.dpa4j.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dpa4j.json.DpaJson;
import org.dpa4j.json.DpaJsonException;
import org.dpa4j.json.DpaJsonOptions;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.Problem;
import org.dpa4j.testkit.AgreementGenerator;
import org.dpa4j.validation.DpaRule;
import org.dpa4j.validation.DpaValidator;
import org.dpa4j.validation.Finding;
import org.dpa4j.validation.Policy;
import org.dpa4j.validation.RuleResult;
import org.dpa4j.validation.Severity;
import org.dpa4j.validation.ValidationReport;

/**
 * Fuzz targets. In the normal build they run in regression mode over the committed inputs in {@code
 * src/test/resources/org/dpa4j/fuzz/JsonFuzzTestInputs/<target>/}; with {@code JAZZER_FUZZ=1}
 * Jazzer fuzzes one target for its {@code maxDuration}, for example:
 *
 * <pre>JAZZER_FUZZ=1 ../mvnw -B test -Dtest=JsonFuzzTest#readOnlyThrowsTypedProblems</pre>
 *
 * <p>A crash it finds is written next to the inputs; commit it and it becomes a regression test.
 */
class JsonFuzzTest {
  private static final DpaJson JSON = DpaJson.standard();
  private static final DpaJson LENIENT = DpaJson.standard().lenient();
  private static final DpaValidator VALIDATOR = DpaValidator.create();
  private static final ObjectMapper TREES = new ObjectMapper();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Any bytes: reading either succeeds or throws the typed exception, never anything else. */
  @FuzzTest(maxDuration = "5m")
  void readOnlyThrowsTypedProblems(byte[] input) {
    // CPU time of this thread, not wall time: a fuzzing JVM on a loaded 2-core machine once stalled
    // 5.6 s (wall) on an input that reads in 5-15 ms; what the bound is for is input-dependent
    // cost.
    long start = THREADS.getCurrentThreadCpuTime();
    try {
      JSON.read(input);
    } catch (DpaJsonException e) {
      assertThat(e.getProblems()).isNotEmpty();
      e.getProblems().forEach(p -> assertThat(p.getMessage()).hasSizeLessThan(1000));
    }
    assertThat(THREADS.getCurrentThreadCpuTime() - start)
        .as("bounded CPU time")
        .isLessThan(5_000_000_000L);
  }

  /** Whatever reads, writes and reads back to the same agreement; canonical output is stable. */
  @FuzzTest(maxDuration = "5m")
  void readWriteReadIsStable(byte[] input) {
    for (DpaJson json : new DpaJson[] {JSON, LENIENT}) {
      DataProcessingAgreement first;
      try {
        first = json.read(input);
      } catch (DpaJsonException e) {
        continue;
      }
      String written = json.write(first);
      DataProcessingAgreement second = json.read(written);
      assertThat(second).isEqualTo(first);
      assertThat(json.write(second)).isEqualTo(written);
      assertThat(json.read(json.writeCompact(first))).isEqualTo(first);
    }
  }

  /** Whatever reads, validates without throwing, and every finding points into the document. */
  @FuzzTest(maxDuration = "5m")
  void validateNeverThrowsAndPointersResolve(byte[] input) throws Exception {
    DataProcessingAgreement agreement;
    try {
      agreement = JSON.read(input);
    } catch (DpaJsonException e) {
      return;
    }
    ValidationReport report = VALIDATOR.validate(agreement);
    JsonNode tree = TREES.readTree(JSON.writeCompact(agreement));
    for (Finding finding : report.getFindings()) {
      assertThat(tree.at(finding.getPointer()).isMissingNode()).as(finding.toString()).isFalse();
    }
    assertThat(VALIDATOR.validate(agreement)).isEqualTo(report);
  }

  /**
   * Structured: valid agreements from the testkit generator, driven by the fuzzer's seed and list
   * size, through every operation.
   */
  @FuzzTest(maxDuration = "5m")
  void generatedAgreementsSurviveEverything(FuzzedDataProvider data) throws Exception {
    AgreementGenerator generator = new AgreementGenerator(data.consumeLong());
    DataProcessingAgreement agreement =
        data.consumeBoolean() ? generator.next() : generator.next(data.consumeInt(0, 40));
    String json = JSON.write(agreement);
    assertThat(JSON.read(json)).isEqualTo(agreement);
    ValidationReport report = VALIDATOR.validate(agreement);
    JsonNode tree = TREES.readTree(json);
    for (Finding finding : report.getFindings()) {
      assertThat(tree.at(finding.getPointer()).isMissingNode()).as(finding.toString()).isFalse();
    }
  }

  /** Default locales whose digits, decimal signs or case rules are not those of English. */
  private static final Locale[] HOSTILE_LOCALES = {
    Locale.forLanguageTag("fa-IR"),
    Locale.forLanguageTag("th-TH-u-nu-thai"),
    Locale.forLanguageTag("ar-EG"),
    Locale.forLanguageTag("hi-IN-u-nu-deva"),
    Locale.forLanguageTag("my-MM"),
    Locale.forLanguageTag("tr-TR"),
    Locale.forLanguageTag("de-DE"),
    Locale.forLanguageTag("ja-JP-u-ca-japanese"),
    Locale.forLanguageTag("th-TH-u-ca-buddhist"),
  };

  /**
   * Structured: the last byte picks a default locale, the rest is the document. Whatever reads
   * writes the same text under that locale as under {@link Locale#ROOT} and English.
   */
  @FuzzTest(maxDuration = "5m")
  void localeIndependentWrite(FuzzedDataProvider data) {
    Locale hostile = HOSTILE_LOCALES[data.consumeInt(0, HOSTILE_LOCALES.length - 1)];
    byte[] input = data.consumeRemainingAsBytes();
    Locale saved = Locale.getDefault();
    try {
      for (DpaJson json : new DpaJson[] {JSON, LENIENT}) {
        Locale.setDefault(Locale.ROOT);
        DataProcessingAgreement agreement;
        try {
          agreement = json.read(input);
        } catch (DpaJsonException e) {
          continue;
        }
        String root = json.write(agreement);
        String rootCompact = json.writeCompact(agreement);
        Locale.setDefault(Locale.ENGLISH);
        assertThat(json.write(agreement)).isEqualTo(root);
        Locale.setDefault(hostile);
        assertThat(json.write(agreement)).as(hostile.toLanguageTag()).isEqualTo(root);
        assertThat(json.writeCompact(agreement)).as(hostile.toLanguageTag()).isEqualTo(rootCompact);
        assertThat(json.read(input)).as(hostile.toLanguageTag()).isEqualTo(agreement);
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  /**
   * Small document limits, so that canonical forms near the limit are within the fuzzer's reach.
   */
  private static final DpaJson[] LIMITED = {
    DpaJson.withOptions(DpaJsonOptions.defaults().withMaxDocumentLength(2048)),
    DpaJson.withOptions(DpaJsonOptions.defaults().withMaxDocumentLength(8192)),
    DpaJson.withOptions(DpaJsonOptions.defaults().withMaxDocumentLength(32768)),
  };

  /**
   * Structured: the last byte picks a document size limit, the rest is the document. What an
   * instance reads (strict or lenient) it writes without error, no longer than its limit, and reads
   * back equal.
   */
  @FuzzTest(maxDuration = "5m")
  void canonicalOutputReadsBack(FuzzedDataProvider data) {
    DpaJson limited = LIMITED[data.consumeInt(0, LIMITED.length - 1)];
    byte[] input = data.consumeRemainingAsBytes();
    for (DpaJson json : new DpaJson[] {JSON, LENIENT, limited, limited.lenient()}) {
      DataProcessingAgreement first;
      try {
        first = json.read(input);
      } catch (DpaJsonException e) {
        continue;
      }
      long limit = json.getOptions().getMaxDocumentLength();
      String written = json.write(first);
      assertThat((long) written.getBytes(StandardCharsets.UTF_8).length)
          .as("canonical length, %s", json)
          .isLessThanOrEqualTo(limit);
      assertThat(json.read(written)).isEqualTo(first);
      String compact = json.writeCompact(first);
      assertThat((long) compact.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(limit);
      assertThat(json.read(compact)).isEqualTo(first);
    }
  }

  /**
   * Any bytes, through {@code read(byte[])}, {@code read(InputStream)} and {@code read(Reader)}
   * over the bytes decoded leniently: only the typed exception, and the same outcome (agreement or
   * problem codes, pointers and locations) for bytes and stream.
   */
  @FuzzTest(maxDuration = "5m")
  void illFormedUtf8(byte[] input) throws IOException {
    Object fromBytes = outcome(() -> JSON.read(input));
    Object fromStream = outcome(() -> JSON.read(new ByteArrayInputStream(input)));
    assertThat(fromStream).isEqualTo(fromBytes);
    try (InputStreamReader reader =
        new InputStreamReader(
            new ByteArrayInputStream(input),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE))) {
      Object fromReader = outcome(() -> JSON.read(reader));
      if (fromReader instanceof List) {
        assertThat((List<?>) fromReader).isNotEmpty();
      }
    }
  }

  /** The agreement read, or the problems (code, pointer, line, column) of the typed exception. */
  private static Object outcome(java.util.function.Supplier<DataProcessingAgreement> read) {
    try {
      return read.get();
    } catch (DpaJsonException e) {
      List<String> problems = new ArrayList<>();
      for (Problem p : e.getProblems()) {
        problems.add(p.getCode() + " " + p.getPointer() + " " + p.getLine() + " " + p.getColumn());
      }
      return problems;
    }
  }

  private static final String CUSTOM_RULE_ID = "FUZZ-CUSTOM";

  /** What the custom rule does for the current input; set by the target before validating. */
  private static volatile FuzzRule.Behaviour behaviour;

  private static final DpaValidator CUSTOM_VALIDATOR =
      DpaValidator.builder().loadServiceRules(false).addRule(new FuzzRule()).build();

  /**
   * Structured: a custom rule driven by the fuzzer (null, unchecked, error, sneaky checked
   * exception, a finding at fuzzer-chosen text with a fuzzer-chosen message) next to the catalogue.
   * Validation never throws, and every finding's pointer resolves in the agreement's JSON or is
   * empty.
   */
  @FuzzTest(maxDuration = "5m")
  void customRulesNeverEscape(FuzzedDataProvider data) throws Exception {
    behaviour =
        new FuzzRule.Behaviour(
            data.consumeInt(0, 9),
            data.pickValue(Severity.values()),
            data.consumeString(200),
            data.consumeString(100),
            data.consumeString(40),
            data.consumeBoolean());
    DataProcessingAgreement agreement;
    try {
      agreement = JSON.read(data.consumeRemainingAsBytes());
    } catch (DpaJsonException e) {
      return;
    }
    ValidationReport report;
    try {
      report = CUSTOM_VALIDATOR.validate(agreement);
    } finally {
      // The validator keeps a rule's InterruptedException as the thread's interrupt status.
      Thread.interrupted();
    }
    JsonNode tree = TREES.readTree(JSON.writeCompact(agreement));
    for (Finding finding : report.getFindings()) {
      String pointer = finding.getPointer();
      assertThat(pointer).as(finding.getRuleId()).isNotNull();
      if (!pointer.isEmpty()) {
        assertThat(pointer).as(finding.getRuleId()).startsWith("/");
        assertThat(tree.at(pointer).isMissingNode()).as(finding.toString()).isFalse();
      }
      assertThat(finding.getMessage()).isNotNull();
      assertThat(finding.getMessage(LocalizedText.DUTCH)).isNotNull();
    }
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> void sneakyThrow(Throwable e) throws E {
    throw (E) e;
  }

  /** A custom rule whose every answer the fuzzer chooses. */
  private static final class FuzzRule implements DpaRule {
    record Behaviour(
        int mode,
        Severity severity,
        String pointer,
        String message,
        String argument,
        boolean nullLegalBasis) {}

    @Override
    public String getId() {
      return CUSTOM_RULE_ID;
    }

    @Override
    public String getLegalBasis() {
      Behaviour b = behaviour;
      if (b != null && b.mode() == 8) {
        throw new IllegalStateException("legal basis");
      }
      return b != null && b.nullLegalBasis() ? null : "fuzz";
    }

    @Override
    public String getRequirement() {
      return "whatever the fuzzer says";
    }

    @Override
    public Severity getDefaultSeverity() {
      return Severity.ERROR;
    }

    @Override
    public Set<Severity> getSeverities() {
      return Set.of(Severity.values());
    }

    @Override
    public LocalizedText getMessage(Severity severity) {
      Behaviour b = behaviour;
      if (b.mode() == 9) {
        throw new UnsupportedOperationException("message");
      }
      return LocalizedText.of(b.message(), b.message());
    }

    @Override
    public Optional<RuleResult> evaluate(DataProcessingAgreement agreement, Policy policy) {
      Behaviour b = behaviour;
      switch (b.mode()) {
        case 0:
          return null;
        case 1:
          throw new IllegalArgumentException(b.message());
        case 2:
          throw new AssertionError(b.message());
        case 3:
          sneakyThrow(new IOException(b.message()));
          return Optional.empty();
        case 4:
          sneakyThrow(new InterruptedException(b.message()));
          return Optional.empty();
        case 5:
          throw new StackOverflowError();
        case 6:
          return Optional.empty();
        default:
          return Optional.of(RuleResult.of(b.severity(), b.pointer(), List.of(), b.argument()));
      }
    }
  }
}
