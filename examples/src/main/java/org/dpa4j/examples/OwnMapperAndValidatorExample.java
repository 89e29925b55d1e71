package org.dpa4j.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.validation.CompliantAgreement;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Uses dpa4j inside an application's own stack: its own Jackson {@code ObjectMapper} (the dpa4j
 * module is found by {@code findAndRegisterModules}) and its own Jakarta {@code Validator}, which
 * reports the agreement's ERROR findings through {@link CompliantAgreement}.
 */
public final class OwnMapperAndValidatorExample {
  private OwnMapperAndValidatorExample() {}

  /** An application's own type that holds an agreement. */
  public static final class Supplier {
    private final String name;
    private final DataProcessingAgreement dpa;

    Supplier(String name, DataProcessingAgreement dpa) {
      this.name = name;
      this.dpa = dpa;
    }

    /**
     * Returns the supplier's name.
     *
     * @return the name
     */
    public String getName() {
      return name;
    }

    /**
     * Returns the agreement, which must have no ERROR findings.
     *
     * @return the agreement
     */
    public @Valid @CompliantAgreement DataProcessingAgreement getDpa() {
      return dpa;
    }
  }

  /**
   * Runs the example.
   *
   * @param args the agreement file; {@code examples/agreements/digiteam.json} by default
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    run(Path.of(args.length > 0 ? args[0] : "examples/agreements/digiteam.json"), System.out);
  }

  static void run(Path file, PrintStream out) throws IOException {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    DataProcessingAgreement dpa = mapper.readValue(file.toFile(), DataProcessingAgreement.class);
    Validator validator =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
    validator.validate(new Supplier(dpa.getProcessor().displayName(), dpa)).stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .map(v -> v.getPropertyPath() + ": " + v.getMessage())
        .forEach(out::println);
  }
}
