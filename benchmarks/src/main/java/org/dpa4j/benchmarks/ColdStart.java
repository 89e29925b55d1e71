package org.dpa4j.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dpa4j.json.DpaJson;
import org.dpa4j.validation.DpaValidator;

/** A fresh JVM's way to its first validation report: read a seed file, validate, print counts. */
public final class ColdStart {
  private ColdStart() {}

  /**
   * Runs once.
   *
   * @param args the agreement file
   * @throws Exception when the file cannot be read
   */
  public static void main(String[] args) throws Exception {
    var report =
        DpaValidator.create()
            .validate(DpaJson.standard().read(Files.readAllBytes(Path.of(args[0]))));
    System.out.println(report);
  }
}
