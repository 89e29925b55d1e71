package org.dpa4j.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import org.dpa4j.json.jackson3.DpaJackson3MappingException;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.Problem;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes agreements with Jackson 3 ({@code tools.jackson}, as in Spring Boot 4): the
 * mapper finds {@code DpaJackson3Module} through ServiceLoader, and a document that is wrong is a
 * Jackson exception carrying dpa4j's problems.
 */
public final class Jackson3MapperExample {
  private Jackson3MapperExample() {}

  /**
   * Runs the example.
   *
   * @param args the agreement file; {@code examples/agreements/ipcall.json} by default
   */
  public static void main(String[] args) {
    run(Path.of(args.length > 0 ? args[0] : "examples/agreements/ipcall.json"), System.out);
  }

  static void run(Path file, PrintStream out) {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    DataProcessingAgreement dpa = mapper.readValue(file.toFile(), DataProcessingAgreement.class);
    out.println(dpa.getProcessor().displayName());
    out.println(mapper.writeValueAsString(dpa.getBreachNotification().getDeadline().get()));
    try {
      mapper.readValue("{\"schemaVersion\":\"2\",\"title\":7}", DataProcessingAgreement.class);
    } catch (DpaJackson3MappingException e) {
      for (Problem problem : e.getProblems()) {
        out.println(problem.getCode() + " " + problem.getPointer());
      }
    }
  }
}
