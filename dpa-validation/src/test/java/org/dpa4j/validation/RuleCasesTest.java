package org.dpa4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dpa4j.json.DpaJson;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.ImmutableDataProcessingAgreement;
import org.dpa4j.model.ImmutableGeneralProvisions;
import org.dpa4j.model.value.Jurisdiction;
import org.junit.jupiter.api.Test;

/**
 * The inputs of {@code ../shared/cases/rules/} (schema version 1, read through the upgrade) and the
 * model case of business days, each a kind of false or missing finding, held to the right one.
 */
class RuleCasesTest {
  private static final DpaValidator VALIDATOR = DpaValidator.create();
  private static final DpaValidator DUTCH =
      DpaValidator.builder().locale(Locale.forLanguageTag("nl")).build();

  private static DataProcessingAgreement read(String name) throws IOException {
    return DpaJson.standard().read(Files.readAllBytes(Path.of("src/test/resources/cases", name)));
  }

  private static List<Finding> of(ValidationReport report, String rule) {
    return report.getFindings().stream().filter(f -> f.getRuleId().equals(rule)).toList();
  }

  @Test
  void governingLawIsReadFromItsJurisdictionNotFromItsWords() throws IOException {
    DataProcessingAgreement asWritten = read("rules/governing-law-in-dutch.json");
    // Version 1 could hold only the words; the words alone are not judged.
    assertThat(of(VALIDATOR.validate(asWritten), "GDPR-28.3-GOVERNING-LAW")).isEmpty();
    DataProcessingAgreement typed =
        ImmutableDataProcessingAgreement.copyOf(asWritten)
            .withGeneral(
                ImmutableGeneralProvisions.copyOf(asWritten.getGeneral())
                    .withGoverningLawJurisdiction(Jurisdiction.parse("US")));

    assertThat(of(VALIDATOR.validate(typed), "GDPR-28.3-GOVERNING-LAW"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
              assertThat(f.getMessage())
                  .startsWith("Governing law United States lies outside the EU and EEA");
            });
    assertThat(of(DUTCH.validate(typed), "GDPR-28.3-GOVERNING-LAW").get(0).getMessage())
        .startsWith("Toepasselijk recht Verenigde Staten ligt buiten de EU en EER");
  }

  @Test
  void everyThirdCountryDestinationNeedsAValidMechanism() throws IOException {
    ValidationReport report =
        VALIDATOR.validate(read("rules/third-countries-without-mechanism.json"));
    assertThat(of(report, "GDPR-44-TRANSFER-MECHANISM"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
              assertThat(f.getPointer()).isEqualTo("/transfers/destinations/0/country");
              assertThat(f.getMessage())
                  .startsWith("Transfer to United States, India without a valid transfer");
              // Programs get the codes; people the names, in their language.
              assertThat((List<?>) f.getArguments().get("destinations"))
                  .map(String::valueOf)
                  .containsExactly("US", "IN");
              assertThat(f.getMessage(org.dpa4j.model.LocalizedText.DUTCH))
                  .startsWith("Doorgifte naar Verenigde Staten, India zonder");
            });
  }

  @Test
  void theTransferFindingNamesEveryOffendingSubProcessor() throws IOException {
    ValidationReport report =
        VALIDATOR.validate(read("rules/several-third-country-subprocessors.json"));
    assertThat(of(report, "GDPR-44-TRANSFER-MECHANISM"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.getMessage())
                    .startsWith(
                        "Transfer to United States (Alpha Inc.), United States (Beta Inc.), India (Gamma Ltd)"
                            + " without"));
  }

  @Test
  void aClaimBarIsGivenInTheUnitItIsWrittenIn() throws IOException {
    DataProcessingAgreement dpa = read("rules/claim-bar-in-days.json");
    assertThat(of(VALIDATOR.validate(dpa), "RISK-CLAIM-TIME-BAR"))
        .extracting(Finding::getMessage)
        .containsExactly("Claims are limited: they lapse after 30 days.");
    assertThat(of(DUTCH.validate(dpa), "RISK-CLAIM-TIME-BAR"))
        .extracting(Finding::getMessage)
        .containsExactly("Vorderingen zijn beperkt: zij vervallen na 30 dagen.");
  }

  @Test
  void aCapInAnotherCurrencyIsSaidToBeIncomparableNotPassed() throws IOException {
    assertThat(
            of(
                VALIDATOR.validate(read("rules/liability-cap-in-usd.json")),
                "RISK-82-LIABILITY-CAP-LOW"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.getSeverity()).isEqualTo(Severity.INFO);
              assertThat(f.getMessage())
                  .isEqualTo(
                      "Processor liability capped at USD 50000; the policy has no minimum in that"
                          + " currency (only EUR 100000) and no exchange rate is applied, so the cap"
                          + " is not assessed.");
              assertThat(f.getMessage(org.dpa4j.model.LocalizedText.DUTCH))
                  .startsWith("Aansprakelijkheid van de verwerker is beperkt tot USD 50000;");
            });
  }

  /** Issue 11 item 6: a policy minimum per currency; a cap is compared in its own currency. */
  @Test
  void aCapIsComparedWithThePolicysMinimumInItsCurrency() throws IOException {
    org.dpa4j.model.DataProcessingAgreement usd = read("rules/liability-cap-in-usd.json");
    DpaValidator withUsd =
        DpaValidator.builder()
            .policy(
                Policy.builder()
                    .addForeignLiabilityMinCaps(org.dpa4j.model.value.Money.parse("USD 100000"))
                    .build())
            .build();
    assertThat(of(withUsd.validate(usd), "RISK-82-LIABILITY-CAP-LOW"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
              assertThat(f.getMessage()).contains("USD 50000", "minimum of USD 100000");
            });
    DpaValidator lowUsd =
        DpaValidator.builder()
            .policy(
                Policy.builder()
                    .addForeignLiabilityMinCaps(org.dpa4j.model.value.Money.parse("USD 10000"))
                    .build())
            .build();
    assertThat(of(lowUsd.validate(usd), "RISK-82-LIABILITY-CAP-LOW")).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                Policy.builder()
                    .addForeignLiabilityMinCaps(
                        org.dpa4j.model.value.Money.parse("USD 1"),
                        org.dpa4j.model.value.Money.parse("USD 2"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void twoBusinessDaysAreJudgedByTheirWorstCase() throws IOException {
    assertThat(
            of(
                VALIDATOR.validate(read("model/breach-deadline-in-business-days.json")),
                "GDPR-33.2-BREACH-TIMELINESS"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
              assertThat(f.getMessage())
                  .isEqualTo(
                      "Breach notice to the controller is due within 2 business days (up to 144"
                          + " hours); Art. 33(2) asks for notice without undue delay.");
            });
  }

  @Test
  void locationDataOfWebVisitorsDoesNotAskForCalledParties() throws IOException {
    // No keyword over free text: only communication content or traffic data of communications
    // (typed) asks for the other parties to those communications.
    assertThat(
            of(
                VALIDATOR.validate(read("rules/web-analytics-location-data.json")),
                "GDPR-28.3-DATA-SUBJECTS"))
        .isEmpty();
  }

  @Test
  void aDutchReportNamesEnumValuesInDutch() throws IOException {
    ValidationReport report = DUTCH.validate(read("rules/dutch-report.json"));
    List<String> messages = report.getFindings().stream().map(Finding::getMessage).toList();
    assertThat(String.join("\n", messages))
        .doesNotContain("likely consequences")
        .doesNotContain("availability, back-up and restore")
        .doesNotContain(" months")
        .doesNotContain(" days");
    assertThat(of(report, "GDPR-33.3-BREACH-CONTENT"))
        .extracting(Finding::getMessage)
        .allSatisfy(m -> assertThat(m).contains("waarschijnlijke gevolgen"));
  }

  @Test
  void anAbsentClauseIsReportedAsAbsentNotAsWeak() throws IOException {
    ValidationReport report = VALIDATOR.validate(read("rules/absent-clauses-called-weak.json"));
    assertThat(of(report, "GDPR-28.3.b-CONFIDENTIALITY"))
        .extracting(Finding::getMessage)
        .containsExactly(
            "A duty of confidentiality for the persons who process the data is not stated.");
    assertThat(of(report, "GDPR-28.3.c-SECURITY"))
        .extracting(Finding::getMessage)
        .containsExactly("A commitment to security measures (Art. 32) is not stated.");
    assertThat(of(report, "GDPR-28.3.e-DSAR-ASSISTANCE"))
        .extracting(Finding::getMessage)
        .containsExactly(
            "The agreement does not oblige the processor to assist with requests of data subjects.");
    assertThat(of(report, "GDPR-28.9-WRITTEN-FORM"))
        .extracting(Finding::getMessage)
        .containsExactly(
            "The agreement does not say how it is concluded; Art. 28(3) and (9) ask for a contract"
                + " in writing that binds the processor.");
    for (Finding f : report.getFindings()) {
      assertThat(f.getMessage()).doesNotContain("best-efforts").doesNotContain("only forwards");
    }
  }

  @Test
  void specialCategoriesAreAnsweredBySafeguardsAndTheMessageSaysWhatTheTextHas() {
    DataProcessingAgreement base = org.dpa4j.testkit.SampleAgreements.compliant();
    org.dpa4j.model.processing.ProcessingScope withSpecial =
        org.dpa4j.model.processing.ImmutableProcessingScope.copyOf(base.getScope())
            .withPersonalDataCategories(
                org.dpa4j.model.processing.PersonalDataCategory.builder()
                    .name("CV's met gezondheidsinformatie")
                    .specialCategory(true)
                    .build());
    DataProcessingAgreement special =
        ImmutableDataProcessingAgreement.copyOf(base).withScope(withSpecial);
    assertThat(of(VALIDATOR.validate(special), "GDPR-9-SPECIAL-CATEGORIES"))
        .extracting(Finding::getMessage)
        .containsExactly(
            "Special categories of data are processed; no specific safeguards are agreed (Art. 9;"
                + " clause 7.5 of 2021/915).");
    DataProcessingAgreement safeguarded =
        ImmutableDataProcessingAgreement.copyOf(base)
            .withScope(
                org.dpa4j.model.processing.ImmutableProcessingScope.copyOf(withSpecial)
                    .withSpecialCategorySafeguards(
                        org.dpa4j.model.processing.SpecialCategorySafeguard.ACCESS_RESTRICTIONS));
    assertThat(of(VALIDATOR.validate(safeguarded), "GDPR-9-SPECIAL-CATEGORIES")).isEmpty();
  }

  /**
   * One text served three ways of paying ("including the processor's own costs"), false of each:
   * every cost bearer gets a message that says what the agreement says.
   */
  @Test
  void auditCostMessagesSayWhoPaysWhat() {
    DataProcessingAgreement seed = org.dpa4j.testkit.SeedAgreements.hallo();
    java.util.Map<org.dpa4j.model.audit.AuditCostBearer, String> expected =
        java.util.Map.of(
            org.dpa4j.model.audit.AuditCostBearer.CONTROLLER_INCL_PROCESSOR_COSTS,
            "including the processor's own costs",
            org.dpa4j.model.audit.AuditCostBearer.CONTROLLER_EXCEPT_PROCESSOR_STAFF,
            "except the processor's own staff time",
            org.dpa4j.model.audit.AuditCostBearer.CONTROLLER_UNSPECIFIED,
            "does not say whether",
            org.dpa4j.model.audit.AuditCostBearer.SPLIT,
            "split between");
    expected.forEach(
        (bearer, words) -> {
          DataProcessingAgreement dpa =
              seed.withAudit(seed.getAudit().withAuditRight(true).withCostBearer(bearer));
          List<Finding> costs = of(VALIDATOR.validate(dpa), "RISK-AUDIT-COSTS");
          assertThat(costs).as(bearer.toString()).hasSize(1);
          assertThat(costs.get(0).getMessage(Locale.ENGLISH)).as(bearer.toString()).contains(words);
        });
  }
}
