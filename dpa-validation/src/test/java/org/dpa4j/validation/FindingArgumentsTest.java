package org.dpa4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.subprocessing.ListDisclosure;
import org.dpa4j.model.subprocessing.SubProcessor;
import org.dpa4j.model.value.CountryCode;
import org.dpa4j.model.value.Deadline;
import org.dpa4j.model.value.DeadlineTrigger;
import org.dpa4j.model.value.TimeLimit;
import org.dpa4j.testkit.SeedAgreements;
import org.junit.jupiter.api.Test;

/** A finding carries its outcome and the typed arguments its message was made from. */
class FindingArgumentsTest {
  private static final DpaValidator VALIDATOR = DpaValidator.create();

  private static Finding only(DataProcessingAgreement agreement, String rule) {
    List<Finding> found =
        VALIDATOR.validate(agreement).getFindings().stream()
            .filter(f -> f.getRuleId().equals(rule))
            .toList();
    assertThat(found).as(rule).hasSize(1);
    return found.get(0);
  }

  @Test
  void aCatalogueFindingHasItsOutcomeAndNamedTypedArguments() {
    DataProcessingAgreement seed = SeedAgreements.ipcallMe();
    Deadline deadline = Deadline.within(TimeLimit.ofHours(72), DeadlineTrigger.AWARENESS);
    DataProcessingAgreement agreement =
        seed.withBreachNotification(seed.getBreachNotification().withDeadline(deadline));
    Finding breach = only(agreement, "GDPR-33.2-BREACH-TIMELINESS");
    assertThat(breach.getOutcome()).isPresent();
    assertThat(breach.getOutcome().get().getRuleId()).isEqualTo("GDPR-33.2-BREACH-TIMELINESS");
    assertThat(breach.getArguments()).containsEntry("deadline", TimeLimit.ofHours(72));
    assertThat(List.copyOf(breach.getArguments().keySet()))
        .isEqualTo(
            breach.getOutcome().get().getParameters().stream().map(Parameter::getName).toList());
    assertThat(breach.getArguments()).isUnmodifiable();
  }

  @Test
  void offendersAreAListArgumentAndNotPartOfToString() {
    DataProcessingAgreement seed = SeedAgreements.ipcallMe();
    SubProcessor acme =
        SubProcessor.builder().name("Acme Analytics Inc.").country(CountryCode.of("US")).build();
    DataProcessingAgreement agreement =
        seed.withSubProcessing(seed.getSubProcessing().withSubProcessors(acme));
    Finding transfer = only(agreement, "GDPR-44-TRANSFER-MECHANISM");
    // The code form for programs, and the sub-processor it names, so a diff can pair it.
    assertThat((List<?>) transfer.getArguments().get("destinations"))
        .singleElement()
        .isInstanceOfSatisfying(
            Destination.class,
            d -> {
              assertThat(d).hasToString("US (Acme Analytics Inc.)");
              assertThat(d.getEntity())
                  .isEqualTo(agreement.getSubProcessing().getSubProcessors().get(0));
            });
    assertThat(transfer.getOutcome().map(Outcome::getKey)).isPresent();
    assertThat(transfer.getOutcome().get().getParameters().get(0).getLabel().getDutch())
        .isEqualTo("bestemmingen");
    assertThat(transfer.toString()).doesNotContain("{destinations}");
  }

  private static DataProcessingAgreement annexed(
      DataProcessingAgreement seed, SubProcessor subProcessor) {
    return seed.withSubProcessing(
        seed.getSubProcessing()
            .withListDisclosure(ListDisclosure.ANNEXED)
            .withSubProcessors(subProcessor));
  }

  /**
   * A name that ends in a full stop ("Acme B.V.") at the end of a sentence: the sentence's own full
   * stop is not added again, in English and Dutch; a name without one still gets it.
   */
  @Test
  void aNameEndingInAFullStopEndsTheSentenceWithOneFullStop() {
    DataProcessingAgreement seed = SeedAgreements.ipcallMe();
    SubProcessor acme = SubProcessor.builder().name("Acme B.V.").build();
    Finding details = only(annexed(seed, acme), "RISK-SUBPROCESSOR-DETAILS");
    assertThat(details.getMessage(Locale.ENGLISH)).endsWith(": Acme B.V.").doesNotContain("..");
    assertThat(details.getMessage(Locale.forLanguageTag("nl")))
        .endsWith(": Acme B.V.")
        .doesNotContain("..");
    SubProcessor plain = SubProcessor.builder().name("Acme BV").build();
    Finding plainDetails = only(annexed(seed, plain), "RISK-SUBPROCESSOR-DETAILS");
    assertThat(plainDetails.getMessage(Locale.ENGLISH)).endsWith(": Acme BV.");
    assertThat(plainDetails.getMessage(Locale.forLanguageTag("nl"))).endsWith(": Acme BV.");
  }
}
