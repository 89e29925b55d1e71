package org.dpa4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.Stream;
import org.dpa4j.model.law.AppliedLaw;
import org.dpa4j.model.law.DataProtectionLaw;
import org.dpa4j.model.law.StandardClauses;
import org.dpa4j.model.law.StandardClausesInstrument;
import org.dpa4j.model.liability.LiabilityCap;
import org.dpa4j.model.liability.LiabilityCapKind;
import org.dpa4j.model.parties.Registration;
import org.dpa4j.model.parties.RegistrationScheme;
import org.dpa4j.model.processing.DataSubjectCategory;
import org.dpa4j.model.processing.DataSubjectKind;
import org.dpa4j.model.processing.PersonalDataCategory;
import org.dpa4j.model.processing.ProcessingScope;
import org.dpa4j.model.subprocessing.SubProcessor;
import org.dpa4j.model.termination.EndOfProcessing;
import org.dpa4j.model.termination.RetentionPeriod;
import org.dpa4j.model.value.CountryCode;
import org.dpa4j.model.value.Deadline;
import org.dpa4j.model.value.Jurisdiction;
import org.dpa4j.model.value.TimeLimit;
import org.dpa4j.model.value.TimeLimitUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The values and invariants that schema version 2 adds. */
class ModelTwoTest {

  @ParameterizedTest
  @CsvSource({"P2BD,2", "P10BD,10", "P0BD,0"})
  void businessDaysAreAUnitOfTheirOwn(String text, long amount) {
    TimeLimit limit = TimeLimit.parse(text);
    assertThat(limit.getUnit()).isEqualTo(TimeLimitUnit.BUSINESS_DAYS);
    assertThat(limit.getAmount()).isEqualTo(amount);
    assertThat(limit).hasToString(text).isNotEqualTo(TimeLimit.ofDays(amount));
  }

  @Test
  void twoBusinessDaysCanLastLongerThanSeventyTwoHours() {
    TimeLimit twoBusinessDays = TimeLimit.ofBusinessDays(2);
    assertThat(twoBusinessDays.toMaximumDuration()).isEqualTo(Duration.ofDays(6));
    assertThat(twoBusinessDays.toMaximumDuration()).isGreaterThan(Duration.ofHours(72));
    assertThat(twoBusinessDays.toNominalDuration()).isLessThan(Duration.ofHours(72));
    assertThat(TimeLimit.ofBusinessDays(5).toMaximumDuration()).isEqualTo(Duration.ofDays(9));
    assertThat(TimeLimit.ofBusinessDays(6).toMaximumDuration()).isEqualTo(Duration.ofDays(12));
    // Exact units have no worse case; months and years take their longest.
    assertThat(TimeLimit.ofHours(48).toMaximumDuration()).isEqualTo(Duration.ofHours(48));
    assertThat(TimeLimit.ofMonths(2).toMaximumDuration()).isEqualTo(Duration.ofDays(62));
    assertThat(TimeLimit.ofYears(1).toMaximumDuration()).isEqualTo(Duration.ofDays(366));
  }

  @ParameterizedTest
  @ValueSource(strings = {"P2B", "P2DB", "PT2BD", "P-2BD", "2BD", "P007D", "PT01H", "P02BD"})
  void malformedBusinessDaysAreSyntaxErrors(String text) {
    assertThatThrownBy(() -> TimeLimit.parse(text))
        .isInstanceOfSatisfying(
            DpaModelException.class,
            e -> assertThat(e.getProblems().get(0).getCode()).isEqualTo("model.syntax"));
  }

  @ParameterizedTest
  @CsvSource({"NL,NL,", "US-CA,US,CA", "GB-ENG,GB,ENG", "EU,EU,", "CH,CH,"})
  void jurisdictionIsACountryWithAnOptionalSubdivision(
      String text, String country, String subdivision) {
    Jurisdiction jurisdiction = Jurisdiction.parse(text);
    assertThat(jurisdiction.getCountry()).isEqualTo(CountryCode.of(country));
    assertThat(jurisdiction.getSubdivision().orElse(null)).isEqualTo(subdivision);
    assertThat(jurisdiction).hasToString(text).isEqualTo(Jurisdiction.parse(text));
  }

  @Test
  void jurisdictionKnowsWhetherItIsInTheEea() {
    assertThat(Jurisdiction.parse("NL").isWithinEea()).isTrue();
    assertThat(Jurisdiction.parse("NO").isWithinEea()).isTrue();
    assertThat(Jurisdiction.parse("US-NY").isWithinEea()).isFalse();
    assertThat(Jurisdiction.parse("GB-ENG").isWithinEea()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"nl", "XX", "US-", "US-ca", "US-ABCD", "EEA", "EU-NL", "NLD", ""})
  void malformedJurisdictionsAreSyntaxErrors(String text) {
    assertThatThrownBy(() -> Jurisdiction.parse(text))
        .isInstanceOfSatisfying(
            DpaModelException.class,
            e -> assertThat(e.getProblems().get(0).getCode()).isEqualTo("model.syntax"));
  }

  @Test
  void aBlankCoversItsTermAndEveryTermBelowIt() {
    Blank blank = Blank.of("/breachNotification");
    assertThat(blank.covers("/breachNotification")).isTrue();
    assertThat(blank.covers("/breachNotification/deadline")).isTrue();
    assertThat(blank.covers("/breachNotificationX")).isFalse();
    assertThat(blank.covers("/audit")).isFalse();
  }

  @Test
  void anAgreementFindsTheBlankOfATerm() {
    DataProcessingAgreement dpa =
        DataProcessingAgreement.builder()
            .metadata(AgreementMetadata.builder().title("Template").build())
            .processor(
                org.dpa4j.model.parties.Party.builder()
                    .role(org.dpa4j.model.parties.PartyRole.PROCESSOR)
                    .legalName("Example")
                    .build())
            .controller(
                org.dpa4j.model.parties.Party.builder()
                    .role(org.dpa4j.model.parties.PartyRole.CONTROLLER)
                    .placeholder(true)
                    .description("the customer")
                    .build())
            .addBlanks(
                Blank.builder()
                    .pointer("/subProcessing/authorisation")
                    .kind(BlankKind.CHOOSE_OPTION)
                    .addOptions("specific prior authorisation", "general written authorisation")
                    .build())
            .build();
    assertThat(dpa.blankAt("/subProcessing/authorisation")).isPresent();
    assertThat(dpa.blankAt("/subProcessing/authorisation/x"))
        .map(Blank::getPointer)
        .contains("/subProcessing/authorisation");
    assertThat(dpa.blankAt("/subProcessing/noticePeriod")).isEmpty();
  }

  static Stream<Arguments> violations() {
    return Stream.of(
        Arguments.of(
            "blank pointer without a slash",
            (Executable) () -> Blank.of("breachNotification"),
            "model.syntax",
            "/pointer"),
        Arguments.of(
            "blank pointer with a bad escape",
            (Executable) () -> Blank.of("/a~2b"),
            "model.syntax",
            "/pointer"),
        Arguments.of(
            "an open choice with one option",
            (Executable)
                () ->
                    Blank.builder()
                        .pointer("/audit")
                        .kind(BlankKind.CHOOSE_OPTION)
                        .addOptions("only one")
                        .build(),
            "model.inconsistent",
            "/options"),
        Arguments.of(
            "a condition of kind other without description",
            (Executable) () -> Condition.builder().kind(ConditionKind.OTHER).build(),
            "model.inconsistent",
            "/description"),
        Arguments.of(
            "a condition whose duty is no pointer",
            (Executable) () -> Condition.on(ConditionKind.REQUIRED_BY_LAW_ONLY, "auditRight"),
            "model.syntax",
            "/duty"),
        Arguments.of(
            "a KvK number of 7 digits",
            (Executable) () -> Registration.of(RegistrationScheme.KVK, "1234567"),
            "model.syntax",
            "/number"),
        Arguments.of(
            "an LEI of 19 characters",
            (Executable) () -> Registration.of(RegistrationScheme.LEI, "5493001KJTIIGC8Y1R1"),
            "model.syntax",
            "/number"),
        Arguments.of(
            "a national law with neither name nor jurisdiction",
            (Executable) () -> AppliedLaw.of(DataProtectionLaw.NATIONAL_PRE_GDPR),
            "model.inconsistent",
            "/name"),
        Arguments.of(
            "other standard clauses without a name",
            (Executable) () -> StandardClauses.of(StandardClausesInstrument.OTHER),
            "model.inconsistent",
            "/name"),
        Arguments.of(
            "data paired with a subject category that is not listed",
            (Executable)
                () ->
                    ProcessingScope.builder()
                        .addDataSubjectCategories(DataSubjectCategory.of("Candidates"))
                        .addPersonalDataCategories(
                            PersonalDataCategory.builder()
                                .name("CV")
                                .addDataSubjects("Employees")
                                .build())
                        .build(),
            "model.inconsistent",
            "/personalDataCategories/0/dataSubjects/0"),
        Arguments.of(
            "storage authorised by law without the legal retention exception",
            (Executable)
                () -> EndOfProcessing.builder().legalRetentionWhereAuthorised(true).build(),
            "model.inconsistent",
            "/legalRetentionException"),
        Arguments.of(
            "certification on request without certification",
            (Executable) () -> EndOfProcessing.builder().certificationOnRequestOnly(true).build(),
            "model.inconsistent",
            "/certification"),
        Arguments.of(
            "a retention row with neither period nor description",
            (Executable) () -> RetentionPeriod.builder().dataCategory("CVs").build(),
            "model.inconsistent",
            "/period"),
        Arguments.of(
            "a deadline with neither limit, qualifier nor document",
            (Executable) () -> Deadline.builder().build(),
            "model.inconsistent",
            "/limit"),
        Arguments.of(
            "two blanks for the same term",
            (Executable)
                () ->
                    DataProcessingAgreement.builder()
                        .metadata(AgreementMetadata.builder().title("T").build())
                        .processor(
                            org.dpa4j.model.parties.Party.builder()
                                .role(org.dpa4j.model.parties.PartyRole.PROCESSOR)
                                .legalName("P")
                                .build())
                        .controller(
                            org.dpa4j.model.parties.Party.builder()
                                .role(org.dpa4j.model.parties.PartyRole.CONTROLLER)
                                .legalName("C")
                                .build())
                        .addBlanks(Blank.of("/audit"), Blank.of("/audit"))
                        .build(),
            "model.duplicate",
            "/blanks/1/pointer"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("violations")
  void invariantIsEnforced(String what, Executable build, String code, String pointer) {
    DpaModelException e =
        org.junit.jupiter.api.Assertions.assertThrows(DpaModelException.class, build);
    assertThat(e.getProblems().get(0).getCode()).isEqualTo(code);
    assertThat(e.getProblems().get(0).getPointer()).isEqualTo(pointer);
  }

  @Test
  void aDeadlineMayBeSetByAReferencedDocument() {
    Deadline deadline =
        Deadline.builder()
            .setBy(DocumentRef.of(DocumentKind.POLICY, "Incident response policy"))
            .build();
    assertThat(deadline.getLimit()).isEmpty();
    assertThat(deadline.getSetBy()).map(DocumentRef::getKind).contains(DocumentKind.POLICY);
  }

  @Test
  void aSubProcessorsThirdCountriesAreWhereItProcessesAndWhereItIsEstablished() {
    SubProcessor euHostedUsCompany =
        SubProcessor.builder()
            .name("Cloud Inc.")
            .country(CountryCode.of("US"))
            .addProcessingLocations(CountryCode.EU)
            .build();
    SubProcessor usCompany =
        SubProcessor.builder().name("Mail Inc.").country(CountryCode.of("US")).build();
    SubProcessor euAndUs =
        SubProcessor.builder()
            .name("Analytics Inc.")
            .addProcessingLocations(CountryCode.of("DE"), CountryCode.of("US"))
            .build();
    SubProcessor euOnly =
        SubProcessor.builder()
            .name("Hosting GmbH")
            .country(CountryCode.of("DE"))
            .addProcessingLocations(CountryCode.EU)
            .build();
    SubProcessor twoThirdCountries =
        SubProcessor.builder()
            .name("Support Ltd")
            .country(CountryCode.of("GB"))
            .addProcessingLocations(CountryCode.of("IN"), CountryCode.of("US"))
            .build();
    // Established in a third country: a transfer whatever the hosting region.
    assertThat(euHostedUsCompany.thirdCountries()).containsExactly(CountryCode.of("US"));
    assertThat(usCompany.thirdCountries()).containsExactly(CountryCode.of("US"));
    assertThat(euAndUs.thirdCountries()).containsExactly(CountryCode.of("US"));
    assertThat(euOnly.thirdCountries()).isEmpty();
    assertThat(twoThirdCountries.thirdCountries())
        .containsExactly(CountryCode.of("IN"), CountryCode.of("US"), CountryCode.of("GB"));
  }

  @Test
  void repealedTransferClausesAreKnown() {
    assertThat(StandardClauses.of(StandardClausesInstrument.EU_2010_87).isRepealed()).isTrue();
    assertThat(StandardClauses.of(StandardClausesInstrument.EU_2004_915).isRepealed()).isTrue();
    assertThat(StandardClauses.of(StandardClausesInstrument.EU_2021_914).isRepealed()).isFalse();
  }

  @Test
  void childrenAmongTheDataSubjectsAreFoundByFlagOrKind() {
    assertThat(
            ProcessingScope.builder()
                .addDataSubjectCategories(
                    DataSubjectCategory.of("Pupils", DataSubjectKind.CHILDREN))
                .build()
                .hasChildren())
        .isTrue();
    assertThat(
            ProcessingScope.builder()
                .addDataSubjectCategories(
                    DataSubjectCategory.builder().name("Users").includesChildren(true).build())
                .build()
                .hasChildren())
        .isTrue();
    assertThat(
            ProcessingScope.builder()
                .addDataSubjectCategories(
                    DataSubjectCategory.of("Staff", DataSubjectKind.EMPLOYEES))
                .build()
                .hasChildren())
        .isFalse();
  }

  @Test
  void insuranceAndUnlimitedCapsNeedNoAmount() {
    assertThat(LiabilityCap.builder().kind(LiabilityCapKind.UNLIMITED).build().getAmount())
        .isEmpty();
    assertThat(LiabilityCap.builder().kind(LiabilityCapKind.INSURANCE_PAYOUT).build().getDocument())
        .isEmpty();
  }
}
