package org.dpa4j.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.dpa4j.model.ClauseRef;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.ImmutableDataProcessingAgreement;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.breach.ImmutableBreachNotification;
import org.dpa4j.model.parties.Contact;
import org.dpa4j.model.parties.ImmutableParty;
import org.dpa4j.model.subprocessing.ImmutableSubProcessingTerms;
import org.dpa4j.model.subprocessing.ObjectionRight;
import org.dpa4j.model.subprocessing.SubProcessor;
import org.dpa4j.model.value.CountryCode;
import org.dpa4j.model.value.Deadline;
import org.dpa4j.model.value.DeadlineTrigger;
import org.dpa4j.model.value.TimeLimit;
import org.dpa4j.testkit.SeedAgreements;
import org.dpa4j.validation.DpaRule;
import org.dpa4j.validation.DpaValidator;
import org.dpa4j.validation.Finding;
import org.dpa4j.validation.Policy;
import org.dpa4j.validation.RuleResult;
import org.dpa4j.validation.Severity;
import org.junit.jupiter.api.Test;

/** Named cases on the seeds: what a change is, where it points, and how it is classified. */
class DpaDiffTest {
  private static final DpaDiff DIFF = DpaDiff.create();

  private static DataProcessingAgreement withBreachDeadline(
      DataProcessingAgreement seed, TimeLimit limit) {
    return ImmutableDataProcessingAgreement.copyOf(seed)
        .withBreachNotification(
            ImmutableBreachNotification.copyOf(seed.getBreachNotification())
                .withDeadline(Deadline.within(limit, DeadlineTrigger.AWARENESS)));
  }

  private static DataProcessingAgreement withSubProcessing(
      DataProcessingAgreement seed,
      java.util.function.UnaryOperator<ImmutableSubProcessingTerms> f) {
    return ImmutableDataProcessingAgreement.copyOf(seed)
        .withSubProcessing(f.apply(ImmutableSubProcessingTerms.copyOf(seed.getSubProcessing())));
  }

  @Test
  void anAgreementComparedWithItselfHasNoDifference() {
    for (String name : SeedAgreements.names()) {
      DataProcessingAgreement seed = SeedAgreements.all().get(name).get();
      assertThat(DIFF.compare(seed, SeedAgreements.all().get(name).get()).isEmpty())
          .as(name)
          .isTrue();
    }
  }

  @Test
  void aLongerBreachDeadlineIsLooserWithPointersValuesAndClausesOfBoth() {
    DataProcessingAgreement before = SeedAgreements.ipcallMe();
    DataProcessingAgreement after = withBreachDeadline(before, TimeLimit.ofHours(72));
    AgreementDiff diff = DIFF.compare(before, after);
    assertThat(diff.getChanges()).hasSize(1);
    Change change = diff.getChanges().get(0);
    assertThat(change.getKind()).isEqualTo(ChangeKind.CHANGED);
    assertThat(change.getAttribute()).isEqualTo("Deadline.limit");
    assertThat(change.getOldPointer()).contains("/breachNotification/deadline/limit");
    assertThat(change.getNewPointer()).contains("/breachNotification/deadline/limit");
    assertThat(change.getOldValue()).contains(TimeLimit.ofHours(48));
    assertThat(change.getNewValue()).contains(TimeLimit.ofHours(72));
    assertThat(change.getOldClauses())
        .containsExactly(ClauseRef.of("6.1"), ClauseRef.of("6.2"), ClauseRef.of("6.3"));
    assertThat(change.getNewClauses()).isEqualTo(change.getOldClauses());
    assertThat(change.getClassification()).isEqualTo(Classification.LOOSER);
    assertThat(diff.isLooser()).isTrue();
    assertThat(DIFF.compare(after, before).getChanges().get(0).getClassification())
        .isEqualTo(Classification.STRICTER);
  }

  @Test
  void timeLimitsAreComparedByTheirWorstCase() {
    DataProcessingAgreement hours =
        withBreachDeadline(SeedAgreements.ipcallMe(), TimeLimit.ofHours(72));
    // Two business days can last four calendar days over a weekend: longer than 72 hours.
    DataProcessingAgreement businessDays =
        withBreachDeadline(SeedAgreements.ipcallMe(), TimeLimit.ofBusinessDays(2));
    assertThat(DIFF.compare(hours, businessDays).getChanges())
        .singleElement()
        .extracting(Change::getClassification)
        .isEqualTo(Classification.LOOSER);
    DataProcessingAgreement threeDays =
        withBreachDeadline(SeedAgreements.ipcallMe(), TimeLimit.ofDays(3));
    assertThat(DIFF.compare(hours, threeDays).getChanges())
        .singleElement()
        .extracting(Change::getClassification)
        .isEqualTo(Classification.NEUTRAL);
  }

  @Test
  void aNewSubProcessorInAThirdCountryIsLooserAndNamesTheCountry() {
    DataProcessingAgreement before = SeedAgreements.callvoip();
    SubProcessor twilio =
        SubProcessor.builder().name("Twilio Inc.").country(CountryCode.of("US")).build();
    DataProcessingAgreement after =
        withSubProcessing(before, s -> s.withSubProcessors(concat(s.getSubProcessors(), twilio)));
    Change change = DIFF.compare(before, after).getChanges().get(0);
    assertThat(change.getKind()).isEqualTo(ChangeKind.ADDED);
    assertThat(change.getClassification()).isEqualTo(Classification.LOOSER);
    assertThat(change.getThirdCountries()).containsExactly(CountryCode.of("US"));
    assertThat(change.getOldPointer()).isEmpty();
    assertThat(change.getNewPointer())
        .contains(
            "/subProcessing/subProcessors/" + before.getSubProcessing().getSubProcessors().size());
    assertThat(change.getMessage().getEnglish())
        .isEqualTo("added: sub-processor \"Twilio Inc.\" (outside the EEA: United States)");
    assertThat(change.getMessage().getDutch())
        .isEqualTo("toegevoegd: subverwerker \"Twilio Inc.\" (buiten de EER: Verenigde Staten)");
  }

  @Test
  void aReorderedListOfSubProcessorsIsNoChangeAndMovesNoFinding() {
    DataProcessingAgreement before = SeedAgreements.callvoip();
    assertThat(before.getSubProcessing().getSubProcessors()).hasSizeGreaterThan(2);
    DataProcessingAgreement after =
        withSubProcessing(
            before,
            s -> {
              List<SubProcessor> reversed = new ArrayList<>(s.getSubProcessors());
              Collections.reverse(reversed);
              return s.withSubProcessors(reversed);
            });
    assertThat(after).isNotEqualTo(before);
    AgreementDiff diff = DIFF.compare(before, after);
    assertThat(diff.getChanges()).isEmpty();
    assertThat(diff.getFindingChanges()).isEmpty();
  }

  @Test
  void aChangeInsideAMovedSubProcessorPointsAtItInBothVersions() {
    DataProcessingAgreement before = SeedAgreements.callvoip();
    int last = before.getSubProcessing().getSubProcessors().size() - 1;
    DataProcessingAgreement after =
        withSubProcessing(
            before,
            s -> {
              List<SubProcessor> moved = new ArrayList<>(s.getSubProcessors());
              SubProcessor lastOne = moved.remove(last);
              moved.add(
                  0,
                  org.dpa4j.model.subprocessing.ImmutableSubProcessor.copyOf(lastOne)
                      .withCountry(CountryCode.of("CN")));
              return s.withSubProcessors(moved);
            });
    Change change = DIFF.compare(before, after).getChanges().get(0);
    assertThat(change.getAttribute()).isEqualTo("SubProcessor.country");
    assertThat(change.getOldPointer())
        .contains("/subProcessing/subProcessors/" + last + "/country");
    assertThat(change.getNewPointer()).contains("/subProcessing/subProcessors/0/country");
  }

  @Test
  void anObjectionRightRemovedIsLooser() {
    DataProcessingAgreement before =
        withSubProcessing(
            SeedAgreements.callvoip(), s -> s.withObjectionRight(ObjectionRight.PRESENT));
    DataProcessingAgreement after =
        withSubProcessing(before, s -> s.withObjectionRight(ObjectionRight.ABSENT));
    assertThat(DIFF.compare(before, after).getChanges())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getAttribute()).isEqualTo("SubProcessingTerms.objectionRight");
              assertThat(c.getClassification()).isEqualTo(Classification.LOOSER);
              assertThat(c.getMessage().getEnglish()).isEqualTo("present -> absent");
            });
  }

  @Test
  void aBreachDeadlineRemovedIsLooser() {
    DataProcessingAgreement before = SeedAgreements.ipcallMe();
    DataProcessingAgreement after =
        ImmutableDataProcessingAgreement.copyOf(before)
            .withBreachNotification(
                ImmutableBreachNotification.copyOf(before.getBreachNotification())
                    .withDeadline(java.util.Optional.empty()));
    Change change = DIFF.compare(before, after).getChanges().get(0);
    assertThat(change.getKind()).isEqualTo(ChangeKind.REMOVED);
    assertThat(change.getOldPointer()).contains("/breachNotification/deadline");
    assertThat(change.getNewPointer()).isEmpty();
    assertThat(change.getClassification()).isEqualTo(Classification.LOOSER);
  }

  @Test
  void personalDataIsNeverPrinted() {
    DataProcessingAgreement before = SeedAgreements.hallo();
    Contact contact = Contact.builder().name("Jan Jansen").addEmails("jan@example.org").build();
    DataProcessingAgreement after =
        ImmutableDataProcessingAgreement.copyOf(before)
            .withProcessor(ImmutableParty.copyOf(before.getProcessor()).withContacts(contact));
    AgreementDiff diff = DIFF.compare(before, after);
    assertThat(diff.getChanges()).isNotEmpty();
    for (Change change : diff.getChanges()) {
      assertThat(change.toString() + change.getMessage() + change.getNewValueText())
          .doesNotContain("Jan", "jan@example.org");
    }
  }

  @Test
  void findingsThatAppearAreNamedByRuleAndPointer() {
    DataProcessingAgreement before = SeedAgreements.ipcallMe();
    SubProcessor twilio =
        SubProcessor.builder().name("Twilio Inc.").country(CountryCode.of("US")).build();
    DataProcessingAgreement after = withSubProcessing(before, s -> s.withSubProcessors(twilio));
    AgreementDiff diff = DIFF.compare(before, after);
    assertThat(diff.getFindingChanges())
        .anySatisfy(
            f -> {
              assertThat(f.getKind()).isEqualTo(FindingChangeKind.APPEARED);
              assertThat(f.getRuleId()).isEqualTo("GDPR-44-TRANSFER-MECHANISM");
              assertThat(f.isWorse()).isTrue();
            });
    assertThat(DIFF.compare(after, before).getFindingChanges())
        .containsExactlyInAnyOrderElementsOf(
            diff.getFindingChanges().stream().map(FindingChange::mirror).toList());
  }

  /**
   * Findings were paired by their texts: a release that only re-words a message would have made
   * every finding of that rule "changed". They are paired by outcome and arguments now.
   */
  @Test
  void aMessageReWordedBetweenReleasesIsNoChange() {
    DataProcessingAgreement agreement = SeedAgreements.callvoip();
    List<Finding> before =
        validatorWith(titleRule("Title is {0}.", "De titel is {0}."))
            .validate(agreement)
            .getFindings();
    List<Finding> after =
        validatorWith(titleRule("The agreement is called {0}.", "De overeenkomst heet {0}."))
            .validate(agreement)
            .getFindings();
    assertThat(before).isNotEqualTo(after);
    // A custom rule's arguments are named by position, as its message template numbers them.
    assertThat(before)
        .filteredOn(f -> f.getRuleId().equals("X-TITLE"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.getArguments())
                    .containsExactly(Map.entry("0", agreement.getMetadata().getTitle())));
    assertThat(DpaDiff.findings(before, after, Map.of())).isEmpty();
  }

  /**
   * A new sub-processor in a third country joins the offenders of the transfer finding: one changed
   * finding, which names the new offender as the argument that changed.
   */
  @Test
  void aNewOffenderInTheTransferListIsOneChangedFindingNamingTheOffender() {
    DataProcessingAgreement before = SeedAgreements.callvoip();
    SubProcessor alibaba =
        SubProcessor.builder()
            .name("Alibaba Cloud")
            // A purpose and data categories, as the list's other entries have: only the transfer
            // finding is about this change.
            .purpose("cloud hosting")
            .addDataCategories("Naam")
            .country(CountryCode.of("CN"))
            .contractStatus(org.dpa4j.model.subprocessing.ContractStatus.CONFIRMED)
            .build();
    DataProcessingAgreement after =
        withSubProcessing(
            before,
            s -> {
              List<SubProcessor> list = new ArrayList<>(s.getSubProcessors());
              list.add(0, alibaba);
              return s.withSubProcessors(list);
            });
    AgreementDiff diff = DIFF.compare(before, after);
    assertThat(diff.getFindingChanges()).hasSize(1);
    FindingChange finding = diff.getFindingChanges().get(0);
    assertThat(finding.getKind()).isEqualTo(FindingChangeKind.CHANGED);
    assertThat(finding.getRuleId()).isEqualTo("GDPR-44-TRANSFER-MECHANISM");
    assertThat(finding.getChangedArguments()).hasSize(1);
    ArgumentChange offenders = finding.getChangedArguments().get(0);
    assertThat(offenders.getName()).isEqualTo("destinations");
    assertThat(offenders.getAddedElements())
        .map(String::valueOf)
        .containsExactly("CN (Alibaba Cloud)");
    assertThat(offenders.getRemovedElements()).isEmpty();
    assertThat(offenders.getMessage().getDutch())
        .isEqualTo("bestemmingen: toegevoegd China (Alibaba Cloud)");
    assertThat(offenders.getMessage().getEnglish())
        .isEqualTo("destinations: added China (Alibaba Cloud)");
    assertThat(DIFF.compare(after, before).getFindingChanges().get(0).getChangedArguments())
        .singleElement()
        .satisfies(
            a ->
                assertThat(a.getRemovedElements())
                    .map(String::valueOf)
                    .containsExactly("CN (Alibaba Cloud)"));
  }

  @Test
  void aChangedArgumentIsNamedWithItsOldAndNewValueInTheLanguage() {
    DataProcessingAgreement before =
        withBreachDeadline(SeedAgreements.ipcallMe(), TimeLimit.ofHours(48));
    DataProcessingAgreement after = withBreachDeadline(before, TimeLimit.ofHours(72));
    FindingChange finding = DIFF.compare(before, after).getFindingChanges().get(0);
    assertThat(finding.getKind()).isEqualTo(FindingChangeKind.CHANGED);
    assertThat(finding.getChangedArguments())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.getOldValue()).contains(TimeLimit.ofHours(48));
              assertThat(a.getNewValue()).contains(TimeLimit.ofHours(72));
            });
    assertThat(finding.getMessage().getDutch()).isEqualTo("meldtermijn: 48 uur -> 72 uur");
    assertThat(finding.getMessage().getEnglish())
        .isEqualTo("breach deadline: 48 hours -> 72 hours");
  }

  private static DpaValidator validatorWith(DpaRule rule) {
    return DpaValidator.builder().addRule(rule).build();
  }

  /** A custom rule that reports the title with the given wording. */
  private static DpaRule titleRule(String english, String dutch) {
    return new DpaRule() {
      @Override
      public String getId() {
        return "X-TITLE";
      }

      @Override
      public String getLegalBasis() {
        return "-";
      }

      @Override
      public String getRequirement() {
        return "-";
      }

      @Override
      public Severity getDefaultSeverity() {
        return Severity.INFO;
      }

      @Override
      public java.util.Set<Severity> getSeverities() {
        return java.util.Set.of(Severity.INFO);
      }

      @Override
      public LocalizedText getMessage(Severity severity) {
        return LocalizedText.of(english, dutch);
      }

      @Override
      public java.util.Optional<RuleResult> evaluate(DataProcessingAgreement a, Policy p) {
        return java.util.Optional.of(
            RuleResult.of(Severity.INFO, "/metadata/title", List.of(), a.getMetadata().getTitle()));
      }
    };
  }

  private static <T> List<T> concat(List<T> list, T element) {
    List<T> all = new ArrayList<>(list);
    all.add(element);
    return all;
  }
}
