package org.dpa4j.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.dpa4j.benchmarks.records.DataProcessingAgreementRecord;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.validation.DpaValidator;
import org.dpa4j.validation.ValidationReport;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What an agreement costs: dpa4j's operations and, in the same run, the baselines they are compared
 * with (Jackson streaming over the same bytes, Jackson databind into plain records of the same
 * shape, Hibernate Validator alone on the same object).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// Warm-up to steady state: on 2 cores, with one C2 compiler thread, a read reaches it after about
// 8 s and a read followed by a full validation after about 16 s (measured with a plain loop);
// shorter warm-ups measured half-compiled code, at 3x the steady-state time.
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 4, time = 1)
public class AgreementBenchmark {

  /** The input: a seed, or a generated agreement with that many entries per large list. */
  @Param({
    "hallo",
    "voip-express",
    "ipcall",
    "callvoip",
    "digiteam",
    "gen-10",
    "gen-100",
    "gen-1000",
    "gen-10000"
  })
  public String input;

  private byte[] bytes;
  private DataProcessingAgreement agreement;
  private final DpaValidator full = DpaValidator.builder().loadServiceRules(false).build();
  private final DpaValidator structuralOnly =
      DpaValidator.builder().loadServiceRules(false).onlyRules("NONE").build();
  private final DpaValidator rulesOnly =
      DpaValidator.builder().loadServiceRules(false).structural(false).build();
  private final ObjectMapper records = new ObjectMapper();
  private final JsonFactory streaming = new JsonFactory();
  private Validator hibernate;

  /** Prepares the input once per trial. */
  @Setup
  public void setUp() {
    bytes = Inputs.json(input);
    agreement = Inputs.JSON.read(bytes);
    hibernate =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
    // Fail early when a baseline cannot read the input.
    try {
      records.readValue(bytes, DataProcessingAgreementRecord.class);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads the JSON into the model.
   *
   * @return the agreement
   */
  @Benchmark
  public DataProcessingAgreement read() {
    return Inputs.JSON.read(bytes);
  }

  /**
   * Writes the model as canonical JSON.
   *
   * @return the JSON
   */
  @Benchmark
  public String write() {
    return Inputs.JSON.write(agreement);
  }

  /**
   * Structural validation only.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport validateStructure() {
    return structuralOnly.validate(agreement);
  }

  /**
   * The catalogue rules only.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport validateRules() {
    return rulesOnly.validate(agreement);
  }

  /**
   * Read, then validate fully (structure and all rules).
   *
   * @return the report
   */
  @Benchmark
  @Warmup(iterations = 10, time = 2)
  public ValidationReport readAndValidate() {
    return full.validate(Inputs.JSON.read(bytes));
  }

  /**
   * Read, then write canonical JSON.
   *
   * @return the JSON
   */
  @Benchmark
  @Warmup(iterations = 10, time = 2)
  public String roundTrip() {
    return Inputs.JSON.write(Inputs.JSON.read(bytes));
  }

  /**
   * Baseline: Jackson streaming over the same bytes, no binding (the parsing floor).
   *
   * @return the token count
   * @throws IOException never for these inputs
   */
  @Benchmark
  public int baselineJacksonStreaming() throws IOException {
    int tokens = 0;
    try (JsonParser parser = streaming.createParser(bytes)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.VALUE_STRING) {
          parser.getText();
        }
        tokens++;
      }
    }
    return tokens;
  }

  /**
   * Baseline: Jackson databind into plain records of the same shape.
   *
   * @return the records
   * @throws IOException never for these inputs
   */
  @Benchmark
  public DataProcessingAgreementRecord baselineRecords() throws IOException {
    return records.readValue(bytes, DataProcessingAgreementRecord.class);
  }

  /**
   * Baseline: Hibernate Validator alone on the same object.
   *
   * @return the number of violations
   */
  @Benchmark
  public int baselineHibernateValidator() {
    return hibernate.validate(agreement).size();
  }
}
