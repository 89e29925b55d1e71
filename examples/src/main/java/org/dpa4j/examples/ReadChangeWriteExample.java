package org.dpa4j.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import org.dpa4j.json.DpaJson;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.value.Deadline;
import org.dpa4j.model.value.DeadlineQualifier;
import org.dpa4j.model.value.DeadlineTrigger;
import org.dpa4j.model.value.TimeLimit;

/**
 * Reads an agreement, negotiates a shorter breach deadline (24 hours after awareness) and prints
 * the changed agreement as canonical JSON. Values are immutable: a change makes a new value.
 */
public final class ReadChangeWriteExample {
  private ReadChangeWriteExample() {}

  /**
   * Runs the example.
   *
   * @param args the agreement file; {@code examples/agreements/callvoip.json} by default
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static void main(String[] args) {
    run(Path.of(args.length > 0 ? args[0] : "examples/agreements/callvoip.json"), System.out);
  }

  static DataProcessingAgreement change(DataProcessingAgreement agreement) {
    Deadline deadline =
        Deadline.of(
            DeadlineQualifier.WITHOUT_UNDUE_DELAY,
            TimeLimit.ofHours(24),
            DeadlineTrigger.AWARENESS);
    return agreement.withBreachNotification(
        agreement.getBreachNotification().withDeadline(deadline));
  }

  static void run(Path file, PrintStream out) {
    DpaJson json = DpaJson.standard();
    DataProcessingAgreement agreement = json.read(file);
    out.print(json.write(change(agreement)));
  }
}
