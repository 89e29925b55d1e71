package org.dpa4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.dpa4j.model.breach.BreachContent;
import org.dpa4j.model.breach.BreachNotification;
import org.dpa4j.model.law.AppliedLaw;
import org.dpa4j.model.law.DataProtectionLaw;
import org.dpa4j.model.law.SccModule;
import org.dpa4j.model.law.StandardClauses;
import org.dpa4j.model.law.StandardClausesInstrument;
import org.dpa4j.model.parties.Party;
import org.dpa4j.model.parties.PartyRole;
import org.dpa4j.model.parties.Registration;
import org.dpa4j.model.value.Deadline;
import org.dpa4j.model.value.DeadlineQualifier;
import org.dpa4j.model.value.DeadlineTrigger;
import org.dpa4j.model.value.Jurisdiction;
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
  void buildATemplateInCode() {
    // README template example: start
    DataProcessingAgreement template =
        DataProcessingAgreement.builder()
            .metadata(AgreementMetadata.builder().title("Data Processing Addendum").build())
            .processor(
                Party.builder().role(PartyRole.PROCESSOR).legalName("Example Cloud Ltd").build())
            .controller(
                Party.builder()
                    .role(PartyRole.CONTROLLER)
                    .placeholder(true)
                    .description("the Customer")
                    .build())
            .addLaws(
                AppliedLaw.of(DataProtectionLaw.GDPR), AppliedLaw.of(DataProtectionLaw.UK_GDPR))
            .addStandardClauses(
                StandardClauses.builder()
                    .instrument(StandardClausesInstrument.EU_2021_914)
                    .addModules(SccModule.CONTROLLER_TO_PROCESSOR)
                    .dockingClause(false)
                    .governingLaw(Jurisdiction.parse("IE"))
                    .build())
            .breachNotification(
                BreachNotification.builder()
                    .processorNotifies(true)
                    // "within two business days": over a weekend, more than 72 hours
                    .deadline(Deadline.within(TimeLimit.parse("P2BD"), DeadlineTrigger.AWARENESS))
                    .addConditions(Condition.on(ConditionKind.MATERIAL_IMPACT_ONLY, "/deadline"))
                    .build())
            // "The Processor shall delete the data within [SPECIFY TIME PERIOD]."
            .addBlanks(
                Blank.builder()
                    .pointer("/endOfProcessing/deadline")
                    .placeholder("[SPECIFY TIME PERIOD]")
                    .build())
            .build();

    template.blankAt("/endOfProcessing/deadline"); // the blank: incomplete, not "not stated"
    // README template example: end

    assertThat(template.blankAt("/endOfProcessing/deadline"))
        .map(Blank::getPlaceholder)
        .contains(java.util.Optional.of("[SPECIFY TIME PERIOD]"));
    TimeLimit limit =
        template.getBreachNotification().getDeadline().orElseThrow().getLimit().orElseThrow();
    assertThat(limit.toMaximumDuration()).isGreaterThan(java.time.Duration.ofHours(72));
    assertThat(template.getStandardClauses().get(0).isRepealed()).isFalse();
  }

  @Test
  void readmeShowsExactlyTheseExamples() throws IOException {
    String source =
        Files.readString(Path.of("src/test/java/org/dpa4j/model/ReadmeExampleTest.java"))
            + Files.readString(Path.of("src/test/java/org/dpa4j/model/WithersTest.java"))
            // The Jakarta Validation set-up, run by that module's test.
            + Files.readString(
                Path.of(
                    "../dpa-validation/src/test/java/org/dpa4j/validation/CompliantAgreementTest.java"));
    List<String> readme =
        Files.readString(Path.of("../README.md"))
            .lines()
            .map(String::strip)
            .collect(Collectors.toList());
    for (String marker :
        new String[] {
          "// README example: ",
          "// README template example: ",
          "// README change example: ",
          "// README validator example: "
        }) {
      String example =
          source.substring(
              source.indexOf(marker + "start") + (marker + "start").length(),
              source.indexOf("    " + marker + "end"));
      List<String> lines =
          example.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
      assertThat(lines).hasSizeGreaterThan(3);
      int at = readme.indexOf(lines.get(0));
      assertThat(at).as("README holds the example").isNotNegative();
      assertThat(readme.subList(at, at + lines.size() + 3).stream().filter(l -> !l.isEmpty()))
          .startsWith(lines.toArray(new String[0]));
    }
  }
}
