package org.dpa4j.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.dpa4j.json.DpaJson;
import org.dpa4j.json.DpaJsonException;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.testkit.AgreementGenerator;
import org.dpa4j.validation.DpaValidator;
import org.dpa4j.validation.Finding;
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
}
