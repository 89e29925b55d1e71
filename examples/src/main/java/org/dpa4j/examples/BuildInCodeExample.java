package org.dpa4j.examples;

import java.io.PrintStream;
import org.dpa4j.json.DpaJson;
import org.dpa4j.model.AgreementMetadata;
import org.dpa4j.model.ClauseRef;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.breach.BreachContent;
import org.dpa4j.model.breach.BreachNotification;
import org.dpa4j.model.parties.Party;
import org.dpa4j.model.parties.PartyRole;
import org.dpa4j.model.parties.Registration;
import org.dpa4j.model.value.Deadline;
import org.dpa4j.model.value.DeadlineQualifier;
import org.dpa4j.model.value.DeadlineTrigger;
import org.dpa4j.model.value.KvkNumber;
import org.dpa4j.model.value.TimeLimit;

/** Builds an agreement in code and prints it as canonical JSON. */
public final class BuildInCodeExample {
  private BuildInCodeExample() {}

  /**
   * Builds the agreement.
   *
   * @return the agreement
   */
  public static DataProcessingAgreement build() {
    return DataProcessingAgreement.builder()
        .metadata(
            AgreementMetadata.builder().title("Verwerkersovereenkomst").version("1.0").build())
        .processor(
            Party.builder()
                .role(PartyRole.PROCESSOR)
                .legalName("Voorbeeld B.V.")
                .addRegistrations(Registration.of(KvkNumber.of("12345678")))
                .build())
        .controller(
            Party.builder()
                .role(PartyRole.CONTROLLER)
                .placeholder(true)
                .description("de klant")
                .build())
        .breachNotification(
            BreachNotification.builder()
                .processorNotifies(true)
                .deadline(
                    Deadline.of(
                        DeadlineQualifier.WITHOUT_UNDUE_DELAY,
                        TimeLimit.parse("PT48H"),
                        DeadlineTrigger.AWARENESS))
                .addContent(BreachContent.NATURE_CATEGORIES_NUMBERS, BreachContent.MEASURES)
                .addClauses(ClauseRef.of("7.1"))
                .build())
        .build();
  }

  /**
   * Prints the agreement as canonical JSON.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    out.print(DpaJson.standard().write(build()));
  }
}
