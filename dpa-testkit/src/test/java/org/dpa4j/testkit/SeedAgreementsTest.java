package org.dpa4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dpa4j.model.ClauseRef;
import org.dpa4j.model.CoverageKind;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.DocumentKind;
import org.dpa4j.model.OtherClause;
import org.dpa4j.model.Term;
import org.dpa4j.model.audit.AuditTrigger;
import org.dpa4j.model.breach.BreachContent;
import org.dpa4j.model.breach.SuspectedBreaches;
import org.dpa4j.model.liability.CapBasis;
import org.dpa4j.model.liability.LiabilityCap;
import org.dpa4j.model.liability.LiabilityCapKind;
import org.dpa4j.model.processing.OwnUsePolicy;
import org.dpa4j.model.subprocessing.ContractStatus;
import org.dpa4j.model.subprocessing.SubProcessor;
import org.dpa4j.model.subprocessing.SubProcessorLiability;
import org.dpa4j.model.termination.EndDisposition;
import org.dpa4j.model.transfers.TransferPolicy;
import org.dpa4j.model.value.CountryCode;
import org.dpa4j.model.value.Deadline;
import org.dpa4j.model.value.DeadlineQualifier;
import org.dpa4j.model.value.DeadlineTrigger;
import org.dpa4j.model.value.Money;
import org.dpa4j.model.value.TimeLimit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The facts a lawyer checks first, per seed, and that no clause of a seed is left without a home.
 */
class SeedAgreementsTest {

  static Stream<Arguments> seeds() {
    return Stream.of(
        Arguments.of("hallo", "000_4b49c57bcf92fd03.txt"),
        Arguments.of("voip-express", "001_53d80946e317964a.txt"),
        Arguments.of("ipcall", "002_1914705495ee668b.txt"),
        Arguments.of("callvoip", "003_86afa4bf1f2825d4.txt"),
        Arguments.of("digiteam", "004_4d4dbbc1ecb3edf2.txt"));
  }

  private static String seedText(String file) throws IOException {
    try (InputStream in = SeedAgreementsTest.class.getResourceAsStream("/seeds/" + file)) {
      assertThat(in).as("seed text " + file).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Set<String> referencedClauses(DataProcessingAgreement dpa) {
    Set<String> refs = new TreeSet<>();
    ModelTree.walk(
        dpa,
        (pointer, value) -> {
          if (value instanceof ClauseRef) {
            refs.add(((ClauseRef) value).getReference());
          }
        });
    return refs;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void everyNumberedClauseOfTheTextHasAHome(String name, String file) throws IOException {
    Matcher m =
        Pattern.compile("(?m)^[ \\t]*(?:-[ \\t]*)?(\\d{1,2}\\.\\d{1,2})\\.\\s")
            .matcher(seedText(file));
    Set<String> numbered = new LinkedHashSet<>();
    while (m.find()) {
      numbered.add(m.group(1));
    }
    Set<String> referenced = referencedClauses(SeedAgreements.all().get(name).get());
    if (!name.equals("digiteam")) {
      assertThat(numbered).as("numbered clauses found in the text").hasSizeGreaterThan(20);
    }
    assertThat(referenced).containsAll(numbered);
  }

  @Test
  void everyHeadingOfTheUnnumberedDigiteamTextHasAHome() throws IOException {
    String text = seedText("004_4d4dbbc1ecb3edf2.txt");
    List<String> headings =
        List.of(
            "Algemeen",
            "Cookies, of vergelijkbare technieken, die wij gebruiken",
            "Uw klantgegevens",
            "Beveiliging",
            "Geheimhouding",
            "Looptijd",
            "Telefonie",
            "Websites, software, clouddiensten en email",
            "Technische ondersteuning op hardware, software anders dan hierboven beschreven, en"
                + " andere ICT diensten",
            "Verantwoordelijkheid opdrachtgever",
            "Waar worden de gegevens verwerkt",
            "Derde partijen",
            "Verwijderen van gegevens na opzegging",
            "Verwerkingsdoelen");
    for (String heading : headings) {
      assertThat(text).contains("\n" + heading);
    }
    Set<String> referenced = referencedClauses(SeedAgreements.digiteam());
    assertThat(referenced).containsAll(headings);
    for (int item = 1; item <= 5; item++) {
      assertThat(referenced).contains("Verplichtingen Digiteam " + item);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void noCoreTermIsParkedInOtherClauses(String name, String file) {
    for (OtherClause clause : SeedAgreements.all().get(name).get().getOtherClauses()) {
      assertThat(clause.getText().toLowerCase(Locale.ROOT))
          .as(name + " " + clause.getReference())
          .doesNotContain("datalek", "meldplicht", "sub-verwerker", "subverwerker", "audit")
          .doesNotContain("aansprakelijk", "doorgifte", "bewaartermijn", "instructie");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void seedsAreImmutableValuesEqualBetweenCalls(String name, String file) {
    DataProcessingAgreement first = SeedAgreements.all().get(name).get();
    DataProcessingAgreement second = SeedAgreements.all().get(name).get();
    assertThat(first).isNotSameAs(second).isEqualTo(second).hasSameHashCodeAs(second);
    assertThat(first.getProcessor().displayName()).isNotBlank();
  }

  @Test
  void namesListTheSeedsInCorpusOrder() {
    assertThat(SeedAgreements.names())
        .containsExactly("hallo", "voip-express", "ipcall", "callvoip", "digiteam");
    assertThat(SeedAgreements.all()).containsOnlyKeys(SeedAgreements.names());
  }

  @Test
  void hallo() {
    DataProcessingAgreement dpa = SeedAgreements.hallo();
    assertThat(dpa.getProcessor().kvkNumber()).map(Object::toString).contains("37130161");
    assertThat(dpa.getController().isPlaceholder()).isTrue();
    Deadline breach = dpa.getBreachNotification().getDeadline().orElseThrow();
    assertThat(breach.getQualifier()).isEqualTo(DeadlineQualifier.REASONABLE_PERIOD);
    assertThat(breach.getLimit()).as("no hour cap").isEmpty();
    assertThat(dpa.getSubProcessing().getProcessorLiability())
        .isEqualTo(SubProcessorLiability.FULL);
    assertThat(dpa.getSubProcessing().isChangeNoticeRequired()).isFalse();
    assertThat(dpa.getLiability().getCoverage().getKind()).isEqualTo(CoverageKind.BY_REFERENCE);
    assertThat(dpa.getLiability().getCoverage().getDocument().orElseThrow().getKind())
        .isEqualTo(DocumentKind.GENERAL_TERMS);
    assertThat(dpa.getScope().getProcessorOwnUse().getPolicy()).isEqualTo(OwnUsePolicy.PROHIBITED);
    assertThat(dpa.getScope().getServices()).hasSize(12);
    assertThat(dpa.getScope().hasContentData()).isTrue();
    assertThat(dpa.getScope().hasTrafficOrLocationData()).isTrue();
    assertThat(dpa.getSecurity().getMeasures()).hasSize(13);
    assertThat(dpa.getAudit().getTrigger()).isEqualTo(AuditTrigger.ANY_TIME);
  }

  @Test
  void voipExpress() {
    DataProcessingAgreement dpa = SeedAgreements.voipExpress();
    Deadline breach = dpa.getBreachNotification().getDeadline().orElseThrow();
    assertThat(breach.getQualifier()).isEqualTo(DeadlineQualifier.IMMEDIATELY);
    assertThat(breach.getLimit()).contains(TimeLimit.ofHours(48));
    assertThat(dpa.getBreachNotification().getSuspectedBreaches())
        .isEqualTo(SuspectedBreaches.EXCLUDED);
    assertThat(dpa.getBreachNotification().getContent())
        .doesNotContain(BreachContent.CONTACT_POINT);
    assertThat(dpa.getSubProcessing().getObjectionTerminationNotice())
        .contains(TimeLimit.ofDays(1));
    assertThat(dpa.getAudit().getTrigger()).isEqualTo(AuditTrigger.SUSPICION_AMBIGUOUS);
    LiabilityCap fallback = dpa.getLiability().getCaps().get(1);
    assertThat(fallback.getKind()).isEqualTo(LiabilityCapKind.FEES);
    assertThat(fallback.getFeeMonths()).contains(12);
    assertThat(fallback.isFallback()).isTrue();
    assertThat(dpa.getAmendment().getNotice()).contains(TimeLimit.ofMonths(1));
    assertThat(dpa.getMetadata().getDraftingNotes()).hasSize(1);
  }

  @Test
  void ipcallMe() {
    DataProcessingAgreement dpa = SeedAgreements.ipcallMe();
    assertThat(dpa.getTransfers().getPolicy()).isEqualTo(TransferPolicy.EU_ONLY);
    assertThat(dpa.getBreachNotification().getDeadline().orElseThrow())
        .isEqualTo(Deadline.within(TimeLimit.ofHours(48), DeadlineTrigger.AWARENESS));
    assertThat(dpa.getRetention().getPostTermRetention()).contains(TimeLimit.ofYears(2));
    assertThat(dpa.getAudit().getMaxPerYear()).contains(1);
    assertThat(dpa.getAudit().getNotice()).contains(TimeLimit.ofDays(30));
    assertThat(dpa.getAudit().getTrigger()).isEqualTo(AuditTrigger.SUSPICION_ONLY);
    assertThat(dpa.getScope().getProcessorOwnUse().getPolicy()).isEqualTo(OwnUsePolicy.ALLOWED);
    assertThat(dpa.getGeneral().isSeverability()).isTrue();
    assertThat(dpa.getProcessor().getLegalName()).isEmpty();
    assertThat(dpa.getProcessor().displayName()).isEqualTo("ipcall.me");
  }

  @Test
  void callvoip() {
    DataProcessingAgreement dpa = SeedAgreements.callvoip();
    assertThat(dpa.getBreachNotification().getDeadline().orElseThrow())
        .isEqualTo(
            Deadline.of(
                DeadlineQualifier.WITHOUT_UNDUE_DELAY,
                TimeLimit.ofHours(72),
                DeadlineTrigger.DISCOVERY));
    List<LiabilityCap> caps = dpa.getLiability().getCaps();
    assertThat(caps)
        .anySatisfy(
            cap -> {
              assertThat(cap.getKind()).isEqualTo(LiabilityCapKind.FIXED_AMOUNT);
              assertThat(cap.getAmount()).contains(Money.euros("10000"));
              assertThat(cap.getBasis()).isEqualTo(CapBasis.IN_TOTAL);
            })
        .anySatisfy(
            cap -> {
              assertThat(cap.getKind()).isEqualTo(LiabilityCapKind.FEES);
              assertThat(cap.getFeeMonths()).contains(1);
              assertThat(cap.getBasis()).isEqualTo(CapBasis.PER_EVENT);
            });
    assertThat(dpa.getLiability().isExcludedEntirely()).isTrue();
    SubProcessor openAi =
        dpa.getSubProcessing().getSubProcessors().stream()
            .filter(s -> s.getName().equals(java.util.Optional.of("OpenAI")))
            .findFirst()
            .orElseThrow();
    assertThat(openAi.isOptional()).isTrue();
    assertThat(openAi.getCountry()).contains(CountryCode.of("US"));
    assertThat(openAi.getContractStatus()).isEqualTo(ContractStatus.NOT_STATED);
    assertThat(dpa.getSubProcessing().getSubProcessors()).hasSize(5);
    assertThat(dpa.getTransfers().isStorageGuaranteedInEea()).isTrue();
    assertThat(dpa.getProcessor().getVatNumber().orElseThrow().getNormalized())
        .isEqualTo("NL104163252B01");
    assertThat(dpa.getAudit().getNotice()).contains(TimeLimit.ofWeeks(4));
  }

  @Test
  void digiteam() {
    DataProcessingAgreement dpa = SeedAgreements.digiteam();
    assertThat(dpa.getEndOfProcessing().getDeadline().orElseThrow())
        .isEqualTo(Deadline.within(TimeLimit.ofWeeks(12), DeadlineTrigger.END_OF_AGREEMENT));
    assertThat(dpa.getEndOfProcessing().getDisposition())
        .isEqualTo(EndDisposition.DELETE_DEFAULT_RETURN_IF_AGREED);
    Deadline breach = dpa.getBreachNotification().getDeadline().orElseThrow();
    assertThat(breach.getLimit()).contains(TimeLimit.ofHours(24));
    assertThat(dpa.getBreachNotification().getSuspectedBreaches())
        .isEqualTo(SuspectedBreaches.INCLUDED);
    assertThat(dpa.getAudit().getCoverage().getKind())
        .as("no audit clause")
        .isEqualTo(CoverageKind.NOT_STATED);
    assertThat(dpa.getAudit().isAuditRight()).isFalse();
    assertThat(dpa.getMetadata().isRejectsControllerTerms()).isTrue();
    assertThat(dpa.getScope().getControllerRoleProcessing()).isPresent();
    assertThat(dpa.getTransfers().getPolicy()).isEqualTo(TransferPolicy.EEA_ONLY);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void sectionsNotStatedAreExactlyTheOnesTheTextIsSilentOn(String name, String file) {
    DataProcessingAgreement dpa = SeedAgreements.all().get(name).get();
    Set<String> notStated = new TreeSet<>();
    ModelTree.walk(
        dpa,
        (pointer, value) -> {
          if (value instanceof Term
              && ((Term) value).getCoverage().getKind() == CoverageKind.NOT_STATED) {
            notStated.add(pointer);
          }
        });
    Map<String, Set<String>> expected =
        Map.of(
            // The DPA's own duration (agreementDuration) makes the termination section stated.
            "hallo", Set.of("/retention"),
            "voip-express", Set.of(),
            "ipcall", Set.of("/assistance"),
            "callvoip", Set.of("/retention"),
            "digiteam", Set.of("/assistance", "/audit", "/dataSubjectRequests"));
    assertThat(notStated).isEqualTo(expected.get(name));
  }
}
