package org.dpa4j.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.dpa4j.model.Blank;
import org.dpa4j.model.BlankKind;
import org.dpa4j.model.Condition;
import org.dpa4j.model.ConditionKind;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.ImmutableDataProcessingAgreement;
import org.dpa4j.model.liability.ImmutableLiabilityTerms;
import org.dpa4j.model.liability.LiabilityCap;
import org.dpa4j.model.liability.LiabilityCapKind;
import org.dpa4j.model.liability.LiableParty;
import org.dpa4j.model.parties.Contact;
import org.dpa4j.model.parties.ContactKind;
import org.dpa4j.model.parties.ImmutableParty;
import org.dpa4j.model.parties.Party;
import org.dpa4j.model.parties.PartyRole;
import org.dpa4j.model.parties.Registration;
import org.dpa4j.model.parties.RegistrationScheme;
import org.dpa4j.model.subprocessing.ImmutableSubProcessingTerms;
import org.dpa4j.model.subprocessing.ImmutableSubProcessor;
import org.dpa4j.model.subprocessing.ListDisclosure;
import org.dpa4j.model.subprocessing.ObjectionRight;
import org.dpa4j.model.subprocessing.SubProcessor;
import org.dpa4j.model.transfers.ImmutableTransferTerms;
import org.dpa4j.model.transfers.TransferMechanism;
import org.dpa4j.model.value.CountryCode;
import org.dpa4j.model.value.Deadline;
import org.dpa4j.model.value.DeadlineTrigger;
import org.dpa4j.model.value.Money;
import org.dpa4j.model.value.TimeLimit;
import org.dpa4j.testkit.SeedAgreements;
import org.dpa4j.validation.DpaValidator;
import org.dpa4j.validation.Named;
import org.junit.jupiter.api.Test;

/**
 * The cases of the third review of issue 15, each on a hand-made minimal pair: where a country
 * moves processing, when a changed finding is worse, findings of other outcomes, identity by
 * registration number, and how removed or replaced values read.
 */
class DiffRegressionTest {
  private static final DpaDiff DIFF = DpaDiff.create();
  private static final DiffTable TABLE = DiffTable.get();

  private static ModelTypes.Attr attribute(String key) {
    String[] parts = key.split("\\.");
    return ModelTypes.get().type(parts[0]).attribute(parts[1]).orElseThrow();
  }

  private static DataProcessingAgreement withSubProcessing(
      DataProcessingAgreement seed, UnaryOperator<ImmutableSubProcessingTerms> f) {
    return ImmutableDataProcessingAgreement.copyOf(seed)
        .withSubProcessing(f.apply(ImmutableSubProcessingTerms.copyOf(seed.getSubProcessing())));
  }

  private static DataProcessingAgreement withSubProcessors(
      DataProcessingAgreement seed, SubProcessor... subProcessors) {
    return withSubProcessing(seed, s -> s.withSubProcessors(subProcessors));
  }

  private static DataProcessingAgreement withHosting(
      DataProcessingAgreement seed, CountryCode... locations) {
    return ImmutableDataProcessingAgreement.copyOf(seed)
        .withTransfers(
            ImmutableTransferTerms.copyOf(seed.getTransfers()).withHostingLocations(locations));
  }

  private static SubProcessor named(String name) {
    return SubProcessor.builder().name(name).purpose("telefonie").addDataCategories("Naam").build();
  }

  /** The change of the transfer rule's finding in a diff. */
  private static FindingChange transferFinding(AgreementDiff diff) {
    return diff.getFindingChanges().stream()
        .filter(f -> f.getRuleId().equals("GDPR-44-TRANSFER-MECHANISM"))
        .findFirst()
        .orElseThrow();
  }

  /** The changes from one version to the other, having checked that the other way is the mirror. */
  private static List<Change> bothWays(
      DataProcessingAgreement before, DataProcessingAgreement after) {
    List<Change> changes = new ArrayList<>(DpaDiff.compareTerms(before, after));
    assertThat(DpaDiff.compareTerms(after, before))
        .containsExactlyInAnyOrderElementsOf(changes.stream().map(Change::mirror).toList());
    return changes;
  }

  /** The one change of a list, a changed value of the attribute at these pointers. */
  private static Change oneChange(
      List<Change> changes, String attribute, String oldPointer, String newPointer) {
    assertThat(changes).hasSize(1);
    Change change = changes.get(0);
    assertThat(change.getKind()).isEqualTo(ChangeKind.CHANGED);
    assertThat(change.getAttribute()).isEqualTo(attribute);
    assertThat(change.getOldPointer()).contains(oldPointer);
    assertThat(change.getNewPointer()).contains(newPointer);
    return change;
  }

  /** A template's controller: no name yet, only what the template calls it. */
  private static Party placeholderController() {
    return Party.builder()
        .role(PartyRole.CONTROLLER)
        .placeholder(true)
        .description("de school")
        .build();
  }

  private static final CountryCode US = CountryCode.of("US");
  private static final CountryCode CN = CountryCode.of("CN");
  private static final CountryCode DE = CountryCode.of("DE");
  private static final CountryCode FR = CountryCode.of("FR");
  private static final CountryCode CH = CountryCode.of("CH");
  private static final CountryCode JP = CountryCode.of("JP");
  private static final CountryCode GB = CountryCode.of("GB");
  private static final CountryCode CA = CountryCode.of("CA");
  private static final CountryCode IN = CountryCode.of("IN");

  // ---- 1. Moving processing out of the EEA is looser, wherever the country is stated ----------

  /** Kwebbl had no country and now is in the US: a transfer now stated, looser, and it fails. */
  @Test
  void aCountryStatedOutsideTheEeaForAnExistingSubProcessorIsLooser() {
    SubProcessor kwebbl = named("Kwebbl");
    DataProcessingAgreement before = withSubProcessors(SeedAgreements.ipcallMe(), kwebbl);
    DataProcessingAgreement after =
        withSubProcessors(before, ImmutableSubProcessor.copyOf(kwebbl).withCountry(US));
    AgreementDiff diff = DIFF.compare(before, after);
    assertThat(diff.getChanges())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getKind()).isEqualTo(ChangeKind.ADDED);
              assertThat(c.getAttribute()).isEqualTo("SubProcessor.country");
              assertThat(c.getClassification()).isEqualTo(Classification.LOOSER);
              assertThat(c.getThirdCountries()).containsExactly(US);
            });
    assertThat(diff.isLooser()).isTrue();
    assertThat(DIFF.compare(after, before).getChanges().get(0).getClassification())
        .isEqualTo(Classification.STRICTER);
    // Stated in the EEA where nothing was: processing is now promised there.
    DataProcessingAgreement inGermany =
        withSubProcessors(before, ImmutableSubProcessor.copyOf(kwebbl).withCountry(DE));
    assertThat(DIFF.compare(before, inGermany).getChanges().get(0).getClassification())
        .isEqualTo(Classification.STRICTER);
  }

  /** Every attribute the eea rule covers, with every kind of move between places. */
  @Test
  void everyPlaceOfProcessingIsRankedEeaThenAdequateThenOtherThirdCountries() {
    for (String key :
        List.of(
            "SubProcessor.country",
            "SubProcessor.processingLocations",
            "TransferDestination.country",
            "TransferTerms.hostingLocations")) {
      ModelTypes.Attr attr = attribute(key);
      assertThat(TABLE.rule(attr).kind).as(key).isEqualTo(DiffTable.Kind.EEA);
      assertThat(TABLE.changed(attr, DE, US)).as(key).isEqualTo(Classification.LOOSER);
      assertThat(TABLE.changed(attr, US, DE)).as(key).isEqualTo(Classification.STRICTER);
      assertThat(TABLE.changed(attr, DE, CH)).as(key).isEqualTo(Classification.LOOSER);
      assertThat(TABLE.changed(attr, US, CH)).as(key).isEqualTo(Classification.STRICTER);
      assertThat(TABLE.changed(attr, CH, US)).as(key).isEqualTo(Classification.LOOSER);
      assertThat(TABLE.changed(attr, DE, FR)).as(key).isEqualTo(Classification.NEUTRAL);
      assertThat(TABLE.changed(attr, CH, GB)).as(key).isEqualTo(Classification.NEUTRAL);
      // Two third countries without an adequacy decision: the mechanism decides, not the place.
      assertThat(TABLE.changed(attr, CN, IN)).as(key).isEqualTo(Classification.UNKNOWN);
    }
    ModelTypes.Attr hosting = attribute("TransferTerms.hostingLocations");
    assertThat(TABLE.element(hosting, CH, true, List.of(DE))).isEqualTo(Classification.LOOSER);
    assertThat(TABLE.element(hosting, FR, true, List.of(DE))).isEqualTo(Classification.NEUTRAL);
    assertThat(TABLE.element(hosting, FR, true, List.of(US))).isEqualTo(Classification.STRICTER);
    assertThat(TABLE.element(hosting, FR, false, List.of(US))).isEqualTo(Classification.LOOSER);
  }

  /**
   * A partial adequacy decision (US: certified recipients under the Data Privacy Framework; Canada,
   * Japan: a sector) ranks between a decision for the whole country and none: Sentry moved from the
   * US to China is looser and fails, the way back stricter.
   */
  @Test
  void aPartialAdequacyRanksBetweenWholeCountryAdequacyAndNone() {
    for (CountryCode partial : List.of(US, CA, JP)) {
      for (String key : List.of("SubProcessor.country", "TransferTerms.hostingLocations")) {
        ModelTypes.Attr attr = attribute(key);
        assertThat(TABLE.changed(attr, partial, CN)).as(key).isEqualTo(Classification.LOOSER);
        assertThat(TABLE.changed(attr, CN, partial)).as(key).isEqualTo(Classification.STRICTER);
        assertThat(TABLE.changed(attr, CH, partial)).as(key).isEqualTo(Classification.LOOSER);
        assertThat(TABLE.changed(attr, partial, GB)).as(key).isEqualTo(Classification.STRICTER);
      }
    }
    // Which of two partial decisions covers a recipient depends on the recipient.
    assertThat(TABLE.changed(attribute("SubProcessor.country"), US, JP))
        .isEqualTo(Classification.UNKNOWN);
    ImmutableSubProcessor sentry = ImmutableSubProcessor.copyOf(named("Sentry")).withCountry(US);
    DataProcessingAgreement before =
        withSubProcessors(SeedAgreements.ipcallMe(), sentry, named("Kwebbl"));
    DataProcessingAgreement after =
        withSubProcessors(SeedAgreements.ipcallMe(), named("Kwebbl"), sentry.withCountry(CN));
    AgreementDiff diff = DIFF.compare(before, after);
    assertThat(diff.getChanges())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getKind()).isEqualTo(ChangeKind.CHANGED);
              assertThat(c.getAttribute()).isEqualTo("SubProcessor.country");
              assertThat(c.getOldPointer()).contains("/subProcessing/subProcessors/0/country");
              assertThat(c.getNewPointer()).contains("/subProcessing/subProcessors/1/country");
              assertThat(c.getClassification()).isEqualTo(Classification.LOOSER);
              assertThat(c.getThirdCountries()).containsExactly(CN, US);
            });
    assertThat(diff.isLooser()).isTrue();
    AgreementDiff back = DIFF.compare(after, before);
    assertThat(back.getChanges())
        .singleElement()
        .satisfies(c -> assertThat(c.getClassification()).isEqualTo(Classification.STRICTER));
  }

  /** Hosting in the EU and EEA replaced by the US: each EU/EEA place removed is looser too. */
  @Test
  void removingTheLastHostingLocationInTheEeaIsLooser() {
    DataProcessingAgreement before =
        withHosting(SeedAgreements.ipcallMe(), CountryCode.EU, CountryCode.EEA);
    DataProcessingAgreement after = withHosting(before, US);
    assertThat(DIFF.compare(before, after).getChanges())
        .hasSize(3)
        .allSatisfy(c -> assertThat(c.getClassification()).isEqualTo(Classification.LOOSER));
    DataProcessingAgreement nowhere = withHosting(before);
    assertThat(DIFF.compare(before, nowhere).getChanges())
        .hasSize(2)
        .allSatisfy(c -> assertThat(c.getClassification()).isEqualTo(Classification.LOOSER));
    DataProcessingAgreement euOnly = withHosting(before, CountryCode.EU);
    assertThat(DIFF.compare(before, euOnly).getChanges())
        .singleElement()
        .extracting(Change::getClassification)
        .isEqualTo(Classification.NEUTRAL);
  }

  // ---- 2. A changed finding with a new offender is worse --------------------------------------

  /**
   * OpenAI moves from India to China: the term is unknown (both lack an adequacy decision), but the
   * transfer finding names a new offender, which is worse and fails {@code --fail-on looser}.
   */
  @Test
  void aChangedFindingThatGainsAnOffenderIsWorse() {
    SubProcessor openAi = ImmutableSubProcessor.copyOf(named("OpenAI")).withCountry(IN);
    DataProcessingAgreement before = withSubProcessors(SeedAgreements.ipcallMe(), openAi);
    DataProcessingAgreement after =
        withSubProcessors(before, ImmutableSubProcessor.copyOf(openAi).withCountry(CN));
    AgreementDiff diff = DIFF.compare(before, after);
    assertThat(diff.getChanges())
        .singleElement()
        .extracting(Change::getClassification)
        .isEqualTo(Classification.UNKNOWN);
    FindingChange transfer = transferFinding(diff);
    assertThat(transfer.getKind()).isEqualTo(FindingChangeKind.CHANGED);
    assertThat(transfer.getChangedArguments())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.getAddedElements()).map(String::valueOf).containsExactly("CN (OpenAI)");
              assertThat(a.isWorse()).isTrue();
              // Countries by their names, in the message's language.
              assertThat(a.getMessage().getEnglish())
                  .isEqualTo("destinations: added China (OpenAI); removed India (OpenAI)");
              assertThat(a.getMessage().getDutch())
                  .isEqualTo("bestemmingen: toegevoegd China (OpenAI); verwijderd India (OpenAI)");
            });
    assertThat(transfer.isWorse()).isTrue();
    assertThat(diff.isLooser()).isTrue();
    // The other way round the list gains "IN (OpenAI)": worse as well.
    assertThat(DIFF.compare(after, before).isLooser()).isTrue();
  }

  /** An offender that goes, and nothing new, is not worse. */
  @Test
  void aChangedFindingThatOnlyLosesAnOffenderIsNotWorse() {
    SubProcessor a = ImmutableSubProcessor.copyOf(named("Alpha")).withCountry(US);
    SubProcessor b = ImmutableSubProcessor.copyOf(named("Beta")).withCountry(US);
    DataProcessingAgreement two = withSubProcessors(SeedAgreements.ipcallMe(), a, b);
    DataProcessingAgreement one = withSubProcessors(two, a);
    FindingChange transfer = transferFinding(DIFF.compare(two, one));
    assertThat(transfer.getKind()).isEqualTo(FindingChangeKind.CHANGED);
    assertThat(transfer.isWorse()).isFalse();
    assertThat(transfer.mirror().isWorse()).isTrue();
  }

  // ---- 4. Another outcome of the same rule is another finding ---------------------------------

  /**
   * The last third-country sub-processor goes: "without a valid mechanism" (an error) gives way to
   * "destinations not named" (a warning). One finding of the rule, paired, that keeps both outcomes
   * and both messages (the command shows both in every format).
   */
  @Test
  void anotherOutcomeOfTheSameRuleKeepsBothOutcomes() {
    SubProcessor openAi = ImmutableSubProcessor.copyOf(named("OpenAI")).withCountry(US);
    DataProcessingAgreement general = SeedAgreements.callvoip();
    DataProcessingAgreement before = withSubProcessors(general, openAi);
    DataProcessingAgreement after = withSubProcessors(general);
    FindingChange transfer = transferFinding(DIFF.compare(before, after));
    assertThat(transfer.getKind()).isEqualTo(FindingChangeKind.SEVERITY_CHANGED);
    String oldOutcome =
        transfer.getOldFinding().flatMap(f -> f.getOutcome()).orElseThrow().getKey();
    String newOutcome =
        transfer.getNewFinding().flatMap(f -> f.getOutcome()).orElseThrow().getKey();
    assertThat(oldOutcome).isNotEqualTo(newOutcome);
    // Nothing to compare argument by argument: the old message is the description.
    assertThat(transfer.getChangedArguments()).isEmpty();
    assertThat(transfer.getMessage().getEnglish())
        .startsWith("Transfer to United States (OpenAI) without")
        .contains(" -> Transfers outside the EEA are allowed, but neither");
    assertThat(transfer.isWorse()).isFalse();
    assertThat(transfer.mirror().isWorse()).isTrue();
  }

  // ---- 5. Identity by registration number -----------------------------------------------------

  private static Party party(String name, String kvk) {
    return Party.builder()
        .role(PartyRole.SUB_PROCESSOR)
        .legalName(name)
        .addRegistrations(Registration.of(RegistrationScheme.KVK, kvk))
        .build();
  }

  private static DataProcessingAgreement withOtherParties(Party... parties) {
    return ImmutableDataProcessingAgreement.copyOf(SeedAgreements.ipcallMe())
        .withOtherParties(parties);
  }

  @Test
  void aRenamedPartyWithTheSameRegistrationIsOneChangedName() {
    DataProcessingAgreement before = withOtherParties(party("OpenAI", "12345678"));
    DataProcessingAgreement after = withOtherParties(party("OpenAI, L.L.C.", "12345678"));
    assertThat(DpaDiff.compareTerms(before, after))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getKind()).isEqualTo(ChangeKind.CHANGED);
              assertThat(c.getAttribute()).isEqualTo("Party.legalName");
              assertThat(c.getPointer()).isEqualTo("/otherParties/0/legalName");
            });
    // Two of one name with different numbers are two entities.
    DataProcessingAgreement other = withOtherParties(party("OpenAI", "87654321"));
    assertThat(DpaDiff.compareTerms(before, other))
        .extracting(Change::getKind, Change::getAttribute)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ChangeKind.REMOVED, "DataProcessingAgreement.otherParties"),
            org.assertj.core.groups.Tuple.tuple(
                ChangeKind.ADDED, "DataProcessingAgreement.otherParties"));
    // Without a number on one side, the name decides.
    DataProcessingAgreement unregistered =
        withOtherParties(Party.builder().role(PartyRole.SUB_PROCESSOR).legalName("OpenAI").build());
    assertThat(DpaDiff.compareTerms(before, unregistered))
        .singleElement()
        .extracting(Change::getAttribute)
        .isEqualTo("Party.registrations");
  }

  /**
   * The reviewer's "OpenAI" -> "OpenAI, L.L.C." was a removal plus an addition: a sub-processor had
   * no registration to say it is one entity. With the same registration on both sides it is one
   * changed name; with different ones, two sub-processors; without one on a side, the name decides.
   */
  @Test
  void aRenamedSubProcessorWithTheSameRegistrationIsOneChangedName() {
    Registration delaware = Registration.of(RegistrationScheme.US_STATE_REGISTRY, "7605829");
    SubProcessor openAi =
        SubProcessor.builder().name("OpenAI").country(US).addRegistrations(delaware).build();
    DataProcessingAgreement before = withSubProcessors(SeedAgreements.ipcallMe(), openAi);
    DataProcessingAgreement renamed =
        withSubProcessors(before, ImmutableSubProcessor.copyOf(openAi).withName("OpenAI, L.L.C."));
    assertThat(DpaDiff.compareTerms(before, renamed))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getKind()).isEqualTo(ChangeKind.CHANGED);
              assertThat(c.getAttribute()).isEqualTo("SubProcessor.name");
              assertThat(c.getPointer()).isEqualTo("/subProcessing/subProcessors/0/name");
            });
    DataProcessingAgreement other =
        withSubProcessors(
            before,
            ImmutableSubProcessor.copyOf(openAi)
                .withRegistrations(Registration.of(RegistrationScheme.US_STATE_REGISTRY, "1")));
    assertThat(DpaDiff.compareTerms(before, other))
        .extracting(Change::getKind)
        .containsExactlyInAnyOrder(ChangeKind.REMOVED, ChangeKind.ADDED);
    DataProcessingAgreement unregistered =
        withSubProcessors(before, ImmutableSubProcessor.copyOf(openAi).withRegistrations());
    assertThat(DpaDiff.compareTerms(before, unregistered))
        .singleElement()
        .extracting(Change::getAttribute)
        .isEqualTo("SubProcessor.registrations");
  }

  // ---- 6. Readable summaries, one change where one value changed ------------------------------

  @Test
  void aRemovedLiabilityCapShowsItsAmount() {
    DataProcessingAgreement seed = SeedAgreements.ipcallMe();
    LiabilityCap cap =
        LiabilityCap.builder()
            .kind(LiabilityCapKind.FIXED_AMOUNT)
            .liableParty(LiableParty.PROCESSOR)
            .amount(Money.parse("EUR 10000"))
            .build();
    DataProcessingAgreement before =
        ImmutableDataProcessingAgreement.copyOf(seed)
            .withLiability(ImmutableLiabilityTerms.copyOf(seed.getLiability()).withCaps(cap));
    DataProcessingAgreement after =
        ImmutableDataProcessingAgreement.copyOf(seed)
            .withLiability(ImmutableLiabilityTerms.copyOf(seed.getLiability()).withCaps());
    Change removed = DpaDiff.compareTerms(before, after).get(0);
    assertThat(removed.getMessage().getEnglish())
        .isEqualTo(
            "removed: liability cap {kind: a fixed amount, liable party: the processor,"
                + " amount: EUR 10,000, fallback: no}");
    assertThat(removed.getMessage().getDutch())
        .isEqualTo(
            "verwijderd: aansprakelijkheidsplafond {soort: een vast bedrag, aansprakelijke partij:"
                + " de verwerker, bedrag: EUR 10.000, terugvaloptie: nee}");
  }

  @Test
  void aConditionIsNamedByTheDutyItLimitsNotByItsPointer() {
    DataProcessingAgreement seed = SeedAgreements.ipcallMe();
    Condition condition = Condition.on(ConditionKind.REQUIRED_BY_LAW_ONLY, "/auditRight");
    DataProcessingAgreement after =
        ImmutableDataProcessingAgreement.copyOf(seed)
            .withAudit(
                org.dpa4j.model.audit.ImmutableAuditTerms.copyOf(seed.getAudit())
                    .withConditions(condition));
    Change added = DpaDiff.compareTerms(seed, after).get(0);
    assertThat(added.getMessage().getEnglish()).doesNotContain("/auditRight");
    assertThat(added.getMessage().getEnglish())
        .startsWith("added: condition on " + label("AuditTerms.auditRight").getEnglish());
    assertThat(added.getMessage().getDutch())
        .startsWith("toegevoegd: voorwaarde voor " + label("AuditTerms.auditRight").getDutch());
  }

  private static org.dpa4j.model.LocalizedText label(String key) {
    return Labels.get().find(key).orElseThrow();
  }

  /** One e-mail address for another is one changed value at its pointer. */
  @Test
  void aReplacedEmailAddressIsOneChange() {
    DataProcessingAgreement seed = SeedAgreements.ipcallMe();
    Party processor = seed.getProcessor();
    DataProcessingAgreement before =
        ImmutableDataProcessingAgreement.copyOf(seed)
            .withProcessor(
                ImmutableParty.copyOf(processor)
                    .withContacts(Contact.builder().addEmails("info@example.org").build()));
    DataProcessingAgreement after =
        ImmutableDataProcessingAgreement.copyOf(seed)
            .withProcessor(
                ImmutableParty.copyOf(processor)
                    .withContacts(Contact.builder().addEmails("privacy@example.org").build()));
    assertThat(DpaDiff.compareTerms(before, after))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getKind()).isEqualTo(ChangeKind.CHANGED);
              assertThat(c.getOldPointer()).contains("/processor/contacts/0/emails/0");
              assertThat(c.getNewPointer()).contains("/processor/contacts/0/emails/0");
              assertThat(c.getClassification()).isEqualTo(Classification.NEUTRAL);
              assertThat(c.getMessage().getEnglish()).doesNotContain("example.org");
            });
  }

  /** Filling in a template's blank is one change of the term, from the open term to the value. */
  @Test
  void aFilledBlankIsOneChangeOfTheTerm() {
    DataProcessingAgreement seed = SeedAgreements.ipcallMe();
    Party controller = placeholderController();
    DataProcessingAgreement template =
        ImmutableDataProcessingAgreement.copyOf(seed)
            .withController(controller)
            .withBlanks(Blank.builder().pointer("/controller/legalName").build());
    DataProcessingAgreement filled =
        ImmutableDataProcessingAgreement.copyOf(seed)
            .withController(
                ImmutableParty.copyOf(controller).withLegalName("Stichting Voorbeeldschool"));
    List<Change> changes = bothWays(template, filled);
    assertThat(changes)
        .filteredOn(c -> c.getAttribute().equals("Party.legalName"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getKind()).isEqualTo(ChangeKind.CHANGED);
              assertThat(c.getOldPointer()).contains("/blanks/0");
              assertThat(c.getNewPointer()).contains("/controller/legalName");
              assertThat(c.getOldValue().orElseThrow()).isInstanceOf(Blank.class);
              assertThat(c.getClassification()).isEqualTo(Classification.NEUTRAL);
            });
    assertThat(changes).noneMatch(c -> c.getAttribute().equals("DataProcessingAgreement.blanks"));
  }

  /**
   * A template whose controller's contact is open (blanks at its name and position, no contact)
   * filled with a contact: one change from the open term to the contact, not three removed blanks
   * and an added contact.
   */
  @Test
  void aContactFillingBlanksInsideItIsOneChange() {
    DataProcessingAgreement seed = SeedAgreements.ipcallMe();
    Party controller = placeholderController();
    DataProcessingAgreement template =
        ImmutableDataProcessingAgreement.copyOf(seed)
            .withController(controller)
            .withBlanks(
                Blank.builder().pointer("/controller/contacts/0/name").build(),
                Blank.builder().pointer("/controller/contacts/0/position").build());
    DataProcessingAgreement filled =
        ImmutableDataProcessingAgreement.copyOf(seed)
            .withController(
                ImmutableParty.copyOf(controller)
                    .withContacts(Contact.builder().name("Jan de Vries").position("FG").build()));
    List<Change> changes = bothWays(template, filled);
    Change c = oneChange(changes, "Party.contacts", "/blanks/0", "/controller/contacts/0");
    assertThat(c.getOldValue().orElseThrow()).isEqualTo(template.getBlanks());
    assertThat(c.getNewValue().orElseThrow()).isInstanceOf(Contact.class);
    assertThat(c.getClassification()).isEqualTo(Classification.NEUTRAL);
    assertThat(c.getMessage().getEnglish()).doesNotContain("Jan de Vries");
  }

  /**
   * A choose-option blank whose template holds a placeholder code (the clauses' objection right,
   * "absent" until an option is chosen) set to "present": one change from the open term, unknown as
   * every filled blank that is not a name; the placeholder is not compared as a term.
   */
  @Test
  void aChosenOptionIsOneChangeFromTheOpenTerm() {
    DataProcessingAgreement seed = SeedAgreements.ipcallMe();
    DataProcessingAgreement template =
        ImmutableDataProcessingAgreement.copyOf(
                withSubProcessing(seed, s -> s.withObjectionRight(ObjectionRight.ABSENT)))
            .withBlanks(
                Blank.builder()
                    .pointer("/subProcessing/objectionRight")
                    .kind(BlankKind.CHOOSE_OPTION)
                    .addOptions("no objection procedure", "an objection procedure")
                    .build());
    DataProcessingAgreement filled =
        withSubProcessing(
            ImmutableDataProcessingAgreement.copyOf(template).withBlanks(List.of()),
            s -> s.withObjectionRight(ObjectionRight.PRESENT));
    List<Change> changes = bothWays(template, filled);
    Change c =
        oneChange(
            changes,
            "SubProcessingTerms.objectionRight",
            "/blanks/0",
            "/subProcessing/objectionRight");
    assertThat(c.getOldValue().orElseThrow()).isInstanceOf(Blank.class);
    assertThat(c.getNewValue()).contains(ObjectionRight.PRESENT);
    assertThat(c.getClassification()).isEqualTo(Classification.UNKNOWN);
  }

  /**
   * A contact's name (personal data, part of its identity) changed: one changed value at the name's
   * pointer, redacted, as a changed e-mail address is; not a contact removed and one added.
   */
  @Test
  void aChangedNameOfAContactIsOneRedactedChange() {
    DataProcessingAgreement seed = SeedAgreements.ipcallMe();
    Party processor = seed.getProcessor();
    Contact privacy = Contact.builder().kind(ContactKind.PRIVACY).name("Ann Jansen").build();
    DataProcessingAgreement before =
        ImmutableDataProcessingAgreement.copyOf(seed)
            .withProcessor(
                ImmutableParty.copyOf(processor)
                    .withContacts(privacy, Contact.builder().name("Piet Smit").build()));
    DataProcessingAgreement after =
        ImmutableDataProcessingAgreement.copyOf(seed)
            .withProcessor(
                ImmutableParty.copyOf(processor)
                    .withContacts(privacy, Contact.builder().name("Karin Bakker").build()));
    List<Change> changes = bothWays(before, after);
    Change c =
        oneChange(
            changes, "Contact.name", "/processor/contacts/1/name", "/processor/contacts/1/name");
    assertThat(c.isPersonalData()).isTrue();
    assertThat(c.getMessage().getEnglish())
        .contains("<redacted> -> <redacted>")
        .doesNotContain("Smit")
        .doesNotContain("Bakker");
  }

  // ---- fifth review: the faults a third fresh review found ----------------------------------

  /** The classifications of the changes of a sub-processor's processing locations. */
  private static List<Classification> locationsMoved(List<CountryCode> from, List<CountryCode> to) {
    ImmutableSubProcessor sentry =
        ImmutableSubProcessor.copyOf(named("Sentry"))
            .withTransferMechanisms(TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES);
    DataProcessingAgreement before =
        withSubProcessors(SeedAgreements.ipcallMe(), sentry.withProcessingLocations(from));
    DataProcessingAgreement after =
        withSubProcessors(SeedAgreements.ipcallMe(), sentry.withProcessingLocations(to));
    List<Change> changes = bothWays(before, after);
    assertThat(changes)
        .allSatisfy(
            c -> assertThat(c.getAttribute()).isEqualTo("SubProcessor.processingLocations"));
    return changes.stream().map(Change::getClassification).distinct().toList();
  }

  /**
   * Processing moved from China to the US ([CN] -> [US]) was "removed China" stricter plus "added
   * United States" looser, and failed --fail-on looser. A list of places replaced in part is judged
   * as a whole, by its worst place and by whether it keeps a place in the EEA, as one country is.
   */
  @Test
  void aReplacedListOfPlacesIsJudgedByItsWorstPlace() {
    assertThat(locationsMoved(List.of(CN), List.of(US))).containsExactly(Classification.STRICTER);
    assertThat(locationsMoved(List.of(US), List.of(CN))).containsExactly(Classification.LOOSER);
    assertThat(locationsMoved(List.of(CH), List.of(JP))).containsExactly(Classification.LOOSER);
    assertThat(locationsMoved(List.of(JP), List.of(CH))).containsExactly(Classification.STRICTER);
    assertThat(locationsMoved(List.of(US), List.of(JP))).containsExactly(Classification.UNKNOWN);
    assertThat(locationsMoved(List.of(DE), List.of(FR))).containsExactly(Classification.NEUTRAL);
    assertThat(locationsMoved(List.of(DE, CN), List.of(DE, US)))
        .containsExactly(Classification.STRICTER);
    assertThat(locationsMoved(List.of(DE, US), List.of(DE, JP)))
        .containsExactly(Classification.UNKNOWN);
    // The worst place better, but no place in the EEA any more: the two point different ways.
    assertThat(locationsMoved(List.of(DE, CN), List.of(US)))
        .containsExactly(Classification.UNKNOWN);
    // The last place in the EEA replaced by an adequate country: looser.
    assertThat(locationsMoved(List.of(DE), List.of(CH))).containsExactly(Classification.LOOSER);
    // Only added or only removed places are judged one by one, as before.
    assertThat(locationsMoved(List.of(CN), List.of(CN, US))).containsExactly(Classification.LOOSER);
    // The whole move of the review (country, address and locations): nothing looser, no failure.
    ImmutableSubProcessor inChina =
        ImmutableSubProcessor.copyOf(named("Sentry"))
            .withTransferMechanisms(TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES)
            .withCountry(CN)
            .withProcessingLocations(CN);
    DataProcessingAgreement before = withSubProcessors(SeedAgreements.ipcallMe(), inChina);
    DataProcessingAgreement after =
        withSubProcessors(
            SeedAgreements.ipcallMe(), inChina.withCountry(US).withProcessingLocations(US));
    assertThat(DIFF.compare(before, after).isLooser()).isFalse();
    assertThat(DIFF.compare(after, before).isLooser()).isTrue();
  }

  /**
   * A sub-processor in the US lost its SCCs: the removed mechanism said nothing of the country it
   * leaves without one, where an added sub-processor in a new third country names it. A change of a
   * safeguard names the places of the term that holds it; a sub-processor in the EEA names none.
   */
  @Test
  void aRemovedTransferMechanismNamesTheCountryItLeavesWithoutOne() {
    ImmutableSubProcessor sentry =
        ImmutableSubProcessor.copyOf(named("Sentry"))
            .withCountry(US)
            .withTransferMechanisms(TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES);
    DataProcessingAgreement before = withSubProcessors(SeedAgreements.ipcallMe(), sentry);
    DataProcessingAgreement after =
        withSubProcessors(SeedAgreements.ipcallMe(), sentry.withTransferMechanisms());
    Change removed = bothWays(before, after).get(0);
    assertThat(removed.getKind()).isEqualTo(ChangeKind.REMOVED);
    assertThat(removed.getAttribute()).isEqualTo("SubProcessor.transferMechanisms");
    assertThat(removed.getClassification()).isEqualTo(Classification.LOOSER);
    assertThat(removed.getThirdCountries()).containsExactly(US);
    assertThat(removed.getMessage().getEnglish())
        .isEqualTo("removed: standard contractual clauses (outside the EEA: United States)");
    assertThat(removed.getMessage().getDutch())
        .isEqualTo("verwijderd: modelcontractbepalingen (buiten de EER: Verenigde Staten)");
    ImmutableSubProcessor inGermany = sentry.withCountry(DE);
    assertThat(
            bothWays(
                    withSubProcessors(SeedAgreements.ipcallMe(), inGermany),
                    withSubProcessors(
                        SeedAgreements.ipcallMe(), inGermany.withTransferMechanisms()))
                .get(0)
                .getThirdCountries())
        .isEmpty();
  }

  /**
   * Sentry, renamed with the same KvK number, made RISK-SUBPROCESSOR-CONTRACT-STATUS "changed"
   * ("added Sentry Renamed B.V.; removed Functional Software") and failed --fail-on looser both
   * ways: the finding paired its offenders by name. Offenders are paired as the list's elements are
   * (registration, then name), so a pure rename changes no finding; another company (another
   * registration) is still a new offender.
   */
  @Test
  void aRenamedOffenderWithTheSameRegistrationChangesNoFinding() {
    Registration kvk = Registration.of(RegistrationScheme.KVK, "12345678");
    SubProcessor sentry =
        SubProcessor.builder()
            .name("Functional Software, Inc., t/a 'Sentry'")
            .country(US)
            .addRegistrations(kvk)
            .addTransferMechanisms(TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES)
            .build();
    DataProcessingAgreement before =
        withSubProcessing(
            SeedAgreements.ipcallMe(),
            s -> s.withListDisclosure(ListDisclosure.ANNEXED).withSubProcessors(sentry));
    DataProcessingAgreement renamed =
        withSubProcessors(
            before, ImmutableSubProcessor.copyOf(sentry).withName("Sentry Renamed B.V."));
    String rule = "RISK-SUBPROCESSOR-CONTRACT-STATUS";
    assertThat(DpaValidator.create().validate(renamed).getFindings())
        .anySatisfy(f -> assertThat(f.getRuleId()).isEqualTo(rule));
    for (AgreementDiff diff :
        List.of(DIFF.compare(before, renamed), DIFF.compare(renamed, before))) {
      assertThat(diff.getFindingChanges()).isEmpty();
      assertThat(diff.getChanges())
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.getAttribute()).isEqualTo("SubProcessor.name");
                assertThat(c.getClassification()).isEqualTo(Classification.NEUTRAL);
              });
      assertThat(diff.isLooser()).isFalse();
    }
    DataProcessingAgreement another =
        withSubProcessors(
            before,
            ImmutableSubProcessor.copyOf(sentry)
                .withName("Sentry Renamed B.V.")
                .withRegistrations(Registration.of(RegistrationScheme.KVK, "87654321")));
    AgreementDiff replaced = DIFF.compare(before, another);
    assertThat(replaced.getFindingChanges())
        .filteredOn(f -> f.getRuleId().equals(rule))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.getKind()).isEqualTo(FindingChangeKind.CHANGED);
              ArgumentChange offenders = f.getChangedArguments().get(0);
              assertThat(offenders.getAddedElements())
                  .map(String::valueOf)
                  .containsExactly("Sentry Renamed B.V.");
              assertThat(offenders.getRemovedElements())
                  .map(String::valueOf)
                  .containsExactly("Functional Software, Inc., t/a 'Sentry'");
              assertThat(f.isWorse()).isTrue();
            });
  }

  /**
   * The transfer rule's offenders were text ("US (OpenAI)"), compared as such: a sub-processor
   * without a transfer mechanism renamed with the same registration changed the finding ("added US
   * (new name); removed US (old name)"), worse both ways. A destination now carries its country and
   * what names it (the sub-processor), paired as the list's elements are within one country: a
   * rename changes no finding, while the same company moving from the US to China is a new
   * offender.
   */
  @Test
  void aRenamedTransferOffenderWithTheSameRegistrationChangesNoFinding() {
    SubProcessor openAi =
        ImmutableSubProcessor.copyOf(named("OpenAI, L.L.C."))
            .withCountry(US)
            .withRegistrations(Registration.of(RegistrationScheme.KVK, "12345678"));
    DataProcessingAgreement before = withSubProcessors(SeedAgreements.ipcallMe(), openAi);
    DataProcessingAgreement renamed =
        withSubProcessors(before, ImmutableSubProcessor.copyOf(openAi).withName("OpenAI Ireland"));
    String rule = "GDPR-44-TRANSFER-MECHANISM";
    assertThat(DpaValidator.create().validate(renamed).getFindings())
        .anySatisfy(
            f -> {
              assertThat(f.getRuleId()).isEqualTo(rule);
              assertThat((List<?>) f.getArguments().get("destinations"))
                  .map(String::valueOf)
                  .containsExactly("US (OpenAI Ireland)");
            });
    for (AgreementDiff diff :
        List.of(DIFF.compare(before, renamed), DIFF.compare(renamed, before))) {
      assertThat(diff.getFindingChanges()).isEmpty();
      assertThat(diff.isLooser()).isFalse();
    }
    DataProcessingAgreement moved =
        withSubProcessors(before, ImmutableSubProcessor.copyOf(openAi).withCountry(CN));
    FindingChange transfer = transferFinding(DIFF.compare(before, moved));
    assertThat(transfer.getKind()).isEqualTo(FindingChangeKind.CHANGED);
    assertThat(transfer.getChangedArguments())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.getAddedElements())
                  .map(String::valueOf)
                  .containsExactly("CN (OpenAI, L.L.C.)");
              assertThat(a.getRemovedElements())
                  .map(String::valueOf)
                  .containsExactly("US (OpenAI, L.L.C.)");
              assertThat(a.getMessage().getEnglish())
                  .isEqualTo(
                      "destinations: added China (OpenAI, L.L.C.); removed United States (OpenAI, L.L.C.)");
              assertThat(a.isWorse()).isTrue();
            });
    assertThat(transfer.isWorse()).isTrue();
    // Back from China to the US: the offender moved to a better place, which is not worse.
    AgreementDiff back = DIFF.compare(moved, before);
    assertThat(transferFinding(back).isWorse()).isFalse();
    assertThat(back.isLooser()).isFalse();
  }

  /**
   * Moving the agreement's own transfer destination from China to the US (no mechanism either way)
   * failed CI both ways: a destination is matched by country and recipient, so the move was
   * "removed United States" (stricter) and "added China" (looser), and the transfer finding gained
   * an offender whichever way. A list of things whose identity includes their place, and a
   * finding's list of offending places, are judged as a whole by the worst place, as a list of
   * countries is.
   */
  @Test
  void aTransferDestinationMovedToABetterPlaceIsNotLooser() {
    DataProcessingAgreement seed = SeedAgreements.ipcallMe();
    java.util.function.Function<CountryCode, DataProcessingAgreement> to =
        country ->
            ImmutableDataProcessingAgreement.copyOf(seed)
                .withTransfers(
                    ImmutableTransferTerms.copyOf(seed.getTransfers())
                        .withMechanisms()
                        .withDestinations(
                            org.dpa4j.model.transfers.TransferDestination.of(country)));
    DataProcessingAgreement china = to.apply(CN);
    DataProcessingAgreement unitedStates = to.apply(US);
    AgreementDiff better = DIFF.compare(china, unitedStates);
    // The destination moved: one changed country, not another destination.
    assertThat(better.getChanges())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getAttribute()).isEqualTo("TransferDestination.country");
              assertThat(c.getKind()).isEqualTo(ChangeKind.CHANGED);
              assertThat(c.getClassification()).isEqualTo(Classification.STRICTER);
            });
    assertThat(better.getFindingChanges()).noneMatch(FindingChange::isWorse);
    assertThat(better.isLooser()).isFalse();
    AgreementDiff worse = DIFF.compare(unitedStates, china);
    assertThat(worse.getChanges())
        .singleElement()
        .extracting(Change::getClassification)
        .isEqualTo(Classification.LOOSER);
    assertThat(worse.isLooser()).isTrue();
    // Moved and its own SCCs dropped at once (the third review's next fault): the lost safeguard
    // shows, and is looser, though the place is better.
    java.util.function.BiFunction<CountryCode, Boolean, DataProcessingAgreement> withScc =
        (country, scc) ->
            ImmutableDataProcessingAgreement.copyOf(seed)
                .withTransfers(
                    ImmutableTransferTerms.copyOf(seed.getTransfers())
                        .withMechanisms()
                        .withDestinations(
                            org.dpa4j.model.transfers.TransferDestination.builder()
                                .country(country)
                                .addMechanisms(
                                    scc
                                        ? new TransferMechanism[] {
                                          TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES
                                        }
                                        : new TransferMechanism[0])
                                .build()));
    AgreementDiff movedWithoutScc = DIFF.compare(withScc.apply(CN, true), withScc.apply(US, false));
    assertThat(movedWithoutScc.getChanges())
        .extracting(Change::getAttribute, Change::getClassification)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "TransferDestination.country", Classification.STRICTER),
            org.assertj.core.groups.Tuple.tuple(
                "TransferDestination.mechanisms", Classification.LOOSER));
    assertThat(movedWithoutScc.isLooser()).isTrue();
  }

  /**
   * A contact filling the blanks at its name, position and e-mail was one change from the first
   * open term only ("open term /controller/contacts/0/name"), though it filled all three. The one
   * change now names every blank it fills, in the template's order, in its message and its JSON
   * form; the other way round is its mirror image.
   */
  @Test
  void aContactFillingSeveralBlanksNamesEveryBlankItFills() {
    DataProcessingAgreement seed = SeedAgreements.ipcallMe();
    Party controller = placeholderController();
    List<String> pointers =
        List.of(
            "/controller/contacts/0/name",
            "/controller/contacts/0/position",
            "/controller/contacts/0/emails");
    DataProcessingAgreement template =
        ImmutableDataProcessingAgreement.copyOf(seed)
            .withController(controller)
            .withBlanks(pointers.stream().map(p -> Blank.builder().pointer(p).build()).toList());
    DataProcessingAgreement filled =
        ImmutableDataProcessingAgreement.copyOf(seed)
            .withController(
                ImmutableParty.copyOf(controller)
                    .withContacts(
                        Contact.builder()
                            .kind(ContactKind.PRIVACY)
                            .name("Jan de Vries")
                            .position("FG")
                            .addEmails("fg@example.nl")
                            .build()));
    Change c =
        oneChange(
            bothWays(template, filled), "Party.contacts", "/blanks/0", "/controller/contacts/0");
    assertThat(c.getOldValue()).contains(template.getBlanks());
    for (String pointer : pointers) {
      assertThat(c.getMessage().getEnglish()).contains("\"" + pointer + "\"");
      assertThat(c.getMessage().getDutch()).contains("\"" + pointer + "\"");
    }
    assertThat(c.getOldValueText())
        .contains(
            "[Blank \"/controller/contacts/0/name\", Blank \"/controller/contacts/0/position\","
                + " Blank \"/controller/contacts/0/emails\"]");
    assertThat(c.getNewValueText()).contains("Contact privacy");
    assertThat(c.getMessage().getEnglish()).doesNotContain("Jan de Vries").doesNotContain("fg@");
  }

  /**
   * A custom rule may name anything: named values of a type that is no list element (a deadline) or
   * no model type pair when equal, as other arguments do, instead of failing the diff.
   */
  @Test
  void namedArgumentsWithoutAnIdentityPairWhenEqual() {
    Deadline deadline = Deadline.within(TimeLimit.ofHours(72), DeadlineTrigger.AWARENESS);
    Deadline other = Deadline.within(TimeLimit.ofHours(48), DeadlineTrigger.AWARENESS);
    assertThat(
            ArgumentChange.pair(
                List.of(Named.of("72", deadline), Named.of("x", "x")),
                List.of(Named.of("x", "x"), Named.of("72", deadline))))
        .containsExactly(1, 0);
    assertThat(
            ArgumentChange.pair(List.of(Named.of("72", deadline)), List.of(Named.of("48", other))))
        .containsExactly(-1);
  }
}
