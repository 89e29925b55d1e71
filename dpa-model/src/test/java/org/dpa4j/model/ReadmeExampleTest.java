package org.dpa4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
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
import org.junit.jupiter.api.Test;

/** The example of README.md, "Build an agreement in code", kept compiling and true. */
class ReadmeExampleTest {

  @Test
  void buildAnAgreementInCode() {
    // README example: start
    DataProcessingAgreement dpa =
        DataProcessingAgreement.builder()
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

    // Sections the text is silent on are "not stated", not absent or null:
    dpa.getAudit().getCoverage().getKind(); // CoverageKind.NOT_STATED
    // README example: end

    assertThat(dpa.getAudit().getCoverage().getKind()).isEqualTo(CoverageKind.NOT_STATED);
    assertThat(dpa.getBreachNotification().getDeadline().orElseThrow().getLimit())
        .contains(TimeLimit.ofHours(48));
  }

  @Test
  void readmeShowsExactlyThisExample() throws IOException {
    String source =
        Files.readString(Path.of("src/test/java/org/dpa4j/model/ReadmeExampleTest.java"));
    String example =
        source.substring(
            source.indexOf("// README example: start") + "// README example: start".length(),
            source.indexOf("    // README example: end"));
    List<String> lines =
        example.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
    List<String> readme =
        Files.readString(Path.of("../README.md"))
            .lines()
            .map(String::strip)
            .collect(Collectors.toList());
    assertThat(lines).hasSizeGreaterThan(20);
    int at = readme.indexOf(lines.get(0));
    assertThat(at).as("README holds the example").isNotNegative();
    assertThat(readme.subList(at, at + lines.size() + 1).stream().filter(l -> !l.isEmpty()))
        .containsExactlyElementsOf(lines);
  }
}
