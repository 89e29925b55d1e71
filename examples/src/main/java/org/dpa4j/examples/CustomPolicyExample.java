package org.dpa4j.examples;

import java.io.PrintStream;
import java.util.Locale;
import org.dpa4j.testkit.SeedAgreements;
import org.dpa4j.validation.DpaValidator;
import org.dpa4j.validation.Policy;
import org.dpa4j.validation.Severity;
import org.dpa4j.validation.ValidationReport;

/**
 * Validates the seeds under the default policy and under an organisation's stricter one: breach
 * notices within 24 hours, deletion within 30 days, prior consultation assistance an error.
 */
public final class CustomPolicyExample {
  private CustomPolicyExample() {}

  /** The organisation's policy. */
  static final Policy STRICT =
      Policy.builder()
          .breachWarnAtOrAboveHours(25)
          .breachInfoAboveHours(12)
          .deletionMaxDays(30)
          .putSeverityOverrides("GDPR-28.3.f-PRIOR-CONSULTATION", Severity.ERROR)
          .addDisabledRules("META-VERSION-DATE")
          .build();

  /**
   * Prints errors and warnings per seed under both policies.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    DpaValidator standard = DpaValidator.create();
    DpaValidator strict = DpaValidator.builder().policy(STRICT).build();
    for (String name : SeedAgreements.names()) {
      ValidationReport before = standard.validate(SeedAgreements.all().get(name).get());
      ValidationReport after = strict.validate(SeedAgreements.all().get(name).get());
      out.printf(
          Locale.ROOT,
          "%s: default %d errors, %d warnings; strict %d errors, %d warnings%n",
          name,
          before.count(Severity.ERROR),
          before.count(Severity.WARNING),
          after.count(Severity.ERROR),
          after.count(Severity.WARNING));
    }
  }
}
