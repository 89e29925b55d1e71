package org.dpa4j.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.dpa4j.json.DpaJson;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.validation.DpaValidator;
import org.dpa4j.validation.Finding;
import org.dpa4j.validation.Severity;
import org.dpa4j.validation.ValidationReport;

/** Reads an agreement, validates it and prints the errors and warnings, in English or Dutch. */
public final class ValidateExample {
  private ValidateExample() {}

  /**
   * Runs the example.
   *
   * @param args the agreement file ({@code examples/agreements/hallo.json} by default), then
   *     optionally {@code nl}
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/agreements/hallo.json");
    Locale locale = args.length > 1 && args[1].equals("nl") ? LocalizedText.DUTCH : Locale.ENGLISH;
    run(file, locale, System.out);
  }

  static void run(Path file, Locale locale, PrintStream out) {
    DpaValidator validator = DpaValidator.builder().locale(locale).build();
    ValidationReport report = validator.validate(DpaJson.standard().read(file));
    for (Severity severity : new Severity[] {Severity.ERROR, Severity.WARNING}) {
      for (Finding f : report.getFindings(severity)) {
        out.println(severity + " " + f.getRuleId() + " " + f.getClauses() + ": " + f.getMessage());
      }
    }
    out.println(report);
  }
}
