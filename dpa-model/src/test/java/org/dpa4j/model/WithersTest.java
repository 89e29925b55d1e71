package org.dpa4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dpa4j.model.breach.BreachNotification;
import org.dpa4j.model.parties.Party;
import org.dpa4j.model.parties.PartyRole;
import org.dpa4j.model.subprocessing.SubProcessingTerms;
import org.dpa4j.model.subprocessing.SubProcessor;
import org.dpa4j.model.value.CountryCode;
import org.dpa4j.model.value.Deadline;
import org.dpa4j.model.value.DeadlineTrigger;
import org.dpa4j.model.value.TimeLimit;
import org.junit.jupiter.api.Test;

/**
 * Changing one term of an agreement goes through the public abstract types at every level: each
 * value type implements its generated {@code WithX} interface, whose {@code with*} methods return
 * the abstract type.
 */
class WithersTest {

  private static DataProcessingAgreement agreement() {
    return DataProcessingAgreement.builder()
        .metadata(AgreementMetadata.builder().title("Verwerkersovereenkomst").build())
        .processor(Party.builder().role(PartyRole.PROCESSOR).legalName("Voorbeeld B.V.").build())
        .controller(
            Party.builder().role(PartyRole.CONTROLLER).placeholder(true).description("x").build())
        .breachNotification(
            BreachNotification.builder()
                .processorNotifies(true)
                .deadline(Deadline.within(TimeLimit.parse("PT72H"), DeadlineTrigger.AWARENESS))
                .build())
        .subProcessing(
            SubProcessingTerms.builder()
                .addSubProcessors(
                    SubProcessor.builder()
                        .name("Hosting B.V.")
                        .country(CountryCode.of("NL"))
                        .build(),
                    SubProcessor.builder().name("Mail Inc.").country(CountryCode.of("IE")).build())
                .build())
        .build();
  }

  @Test
  void oneTermChangesThroughTheAbstractTypes() {
    DataProcessingAgreement dpa = agreement();
    // README change example: start
    DataProcessingAgreement changed =
        dpa.withBreachNotification(
            dpa.getBreachNotification()
                .withDeadline(
                    Deadline.within(TimeLimit.parse("PT24H"), DeadlineTrigger.AWARENESS)));
    // README change example: end

    assertThat(changed.getBreachNotification().getDeadline().orElseThrow().getLimit())
        .contains(TimeLimit.ofHours(24));
    assertThat(changed.getBreachNotification().isProcessorNotifies()).isTrue();
    assertThat(changed.withBreachNotification(dpa.getBreachNotification())).isEqualTo(dpa);
    assertThat(dpa.getBreachNotification().getDeadline().orElseThrow().getLimit())
        .as("the original is unchanged")
        .contains(TimeLimit.ofHours(72));
  }

  @Test
  void anElementOfAListChangesThreeLevelsDown() {
    DataProcessingAgreement dpa = agreement();
    SubProcessingTerms terms = dpa.getSubProcessing();
    List<SubProcessor> moved =
        Stream.concat(
                Stream.of(terms.getSubProcessors().get(0)),
                Stream.of(terms.getSubProcessors().get(1).withCountry(CountryCode.of("US"))))
            .collect(Collectors.toList());
    DataProcessingAgreement changed = dpa.withSubProcessing(terms.withSubProcessors(moved));

    assertThat(changed.getSubProcessing().getSubProcessors())
        .extracting(s -> s.getCountry().orElseThrow().toString())
        .containsExactly("NL", "US");
    assertThat(changed.getProcessor().withLegalName("Ander B.V.").getLegalName())
        .contains("Ander B.V.");
  }

  @Test
  void aWithThatBreaksAnInvariantIsRefusedLikeTheBuilder() {
    Coverage stated = Coverage.stated();
    assertThatThrownBy(() -> stated.withKind(CoverageKind.BY_REFERENCE))
        .isInstanceOfSatisfying(
            DpaModelException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(Problem::getCode)
                    .containsExactly("model.inconsistent"));
  }

  /** Every generated {@code ImmutableX} of the model has its abstract {@code X} implement WithX. */
  @Test
  void everyValueTypeOfTheModelHasWithers() throws IOException {
    Path classes = Path.of("target/classes");
    List<String> generated;
    try (Stream<Path> files = Files.walk(classes)) {
      generated =
          files
              .map(p -> classes.relativize(p).toString())
              .filter(p -> p.matches(".*/Immutable[A-Za-z]+\\.class"))
              .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
              .collect(Collectors.toList());
    }
    assertThat(generated).hasSizeGreaterThan(40);
    for (String name : generated) {
      int dot = name.lastIndexOf('.');
      String abstractName = name.substring(0, dot + 1) + name.substring(dot + 1 + 9);
      String withName = name.substring(0, dot + 1) + "With" + name.substring(dot + 1 + 9);
      Class<?> type = load(abstractName);
      assertThat(Modifier.isPublic(type.getModifiers())).as(abstractName).isTrue();
      assertThat(load(withName).isAssignableFrom(type))
          .as(abstractName + " implements With")
          .isTrue();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(name, e);
    }
  }
}
