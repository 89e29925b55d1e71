package org.dpa4j.examples;

import java.io.PrintStream;
import org.dpa4j.testkit.SeedAgreements;
import org.dpa4j.validation.DpaValidator;
import org.dpa4j.validation.Finding;

/**
 * Runs an organisation's own rule ({@link BreachWithin24HoursRule}, found through {@link
 * java.util.ServiceLoader}) next to the catalogue, over the five seed agreements.
 */
public final class CustomRuleExample {
  private CustomRuleExample() {}

  /**
   * Prints, per seed, what the custom rule found.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    DpaValidator validator = DpaValidator.create();
    for (String name : SeedAgreements.names()) {
      String verdict =
          validator.validate(SeedAgreements.all().get(name).get()).getFindings().stream()
              .filter(f -> f.getRuleId().equals("ACME-BREACH-24H"))
              .map(Finding::getMessage)
              .findFirst()
              .orElse("meets the 24-hour policy");
      out.println(name + ": " + verdict);
    }
  }
}
