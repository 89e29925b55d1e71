package org.dpa4j.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.dpa4j.model.AgreementKind;
import org.dpa4j.model.AgreementMetadata;
import org.dpa4j.model.ClauseRef;
import org.dpa4j.model.Coverage;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.DocumentKind;
import org.dpa4j.model.DocumentRef;
import org.dpa4j.model.Formation;
import org.dpa4j.model.GeneralProvisions;
import org.dpa4j.model.OtherClause;
import org.dpa4j.model.Precedence;
import org.dpa4j.model.Provision;
import org.dpa4j.model.audit.AuditCostBearer;
import org.dpa4j.model.audit.AuditFindings;
import org.dpa4j.model.audit.AuditScope;
import org.dpa4j.model.audit.AuditTerms;
import org.dpa4j.model.audit.AuditTrigger;
import org.dpa4j.model.audit.Auditor;
import org.dpa4j.model.breach.BreachContent;
import org.dpa4j.model.breach.BreachNotification;
import org.dpa4j.model.breach.SuspectedBreaches;
import org.dpa4j.model.liability.CapBasis;
import org.dpa4j.model.liability.FinesClause;
import org.dpa4j.model.liability.LiabilityCap;
import org.dpa4j.model.liability.LiabilityCapKind;
import org.dpa4j.model.liability.LiabilityTerms;
import org.dpa4j.model.parties.Address;
import org.dpa4j.model.parties.Contact;
import org.dpa4j.model.parties.ContactKind;
import org.dpa4j.model.parties.Party;
import org.dpa4j.model.parties.PartyRole;
import org.dpa4j.model.processing.Assistance;
import org.dpa4j.model.processing.AssistanceLevel;
import org.dpa4j.model.processing.ControllerRoleProcessing;
import org.dpa4j.model.processing.DataSubjectRequestMode;
import org.dpa4j.model.processing.DataSubjectRequests;
import org.dpa4j.model.processing.InfringingInstructionNotice;
import org.dpa4j.model.processing.Instructions;
import org.dpa4j.model.processing.LegalRequirementNotice;
import org.dpa4j.model.processing.OwnUsePolicy;
import org.dpa4j.model.processing.PersonalDataCategory;
import org.dpa4j.model.processing.ProcessingDuration;
import org.dpa4j.model.processing.ProcessingScope;
import org.dpa4j.model.processing.ProcessorOwnUse;
import org.dpa4j.model.processing.PurposeExtension;
import org.dpa4j.model.processing.SpecialCategoriesStance;
import org.dpa4j.model.security.Confidentiality;
import org.dpa4j.model.security.MeasureCategory;
import org.dpa4j.model.security.ObligationStrength;
import org.dpa4j.model.security.SecurityMeasure;
import org.dpa4j.model.security.SecurityStandard;
import org.dpa4j.model.security.SecurityTerms;
import org.dpa4j.model.subprocessing.ContractStatus;
import org.dpa4j.model.subprocessing.FlowDown;
import org.dpa4j.model.subprocessing.ListDisclosure;
import org.dpa4j.model.subprocessing.ObjectionEffect;
import org.dpa4j.model.subprocessing.ObjectionRight;
import org.dpa4j.model.subprocessing.SubProcessingTerms;
import org.dpa4j.model.subprocessing.SubProcessor;
import org.dpa4j.model.subprocessing.SubProcessorAuthorisation;
import org.dpa4j.model.subprocessing.SubProcessorLiability;
import org.dpa4j.model.subprocessing.ThirdPartyDisclaimer;
import org.dpa4j.model.termination.AmendmentMode;
import org.dpa4j.model.termination.AmendmentTerms;
import org.dpa4j.model.termination.EndDisposition;
import org.dpa4j.model.termination.EndOfProcessing;
import org.dpa4j.model.termination.RetentionDuringTerm;
import org.dpa4j.model.termination.RetentionTerms;
import org.dpa4j.model.termination.TerminationTerms;
import org.dpa4j.model.transfers.TransferCondition;
import org.dpa4j.model.transfers.TransferExemption;
import org.dpa4j.model.transfers.TransferPolicy;
import org.dpa4j.model.transfers.TransferTerms;
import org.dpa4j.model.value.CountryCode;
import org.dpa4j.model.value.Deadline;
import org.dpa4j.model.value.DeadlineQualifier;
import org.dpa4j.model.value.DeadlineTrigger;
import org.dpa4j.model.value.KvkNumber;
import org.dpa4j.model.value.Money;
import org.dpa4j.model.value.PartialDate;
import org.dpa4j.model.value.TimeLimit;
import org.dpa4j.model.value.TimeLimitUnit;
import org.dpa4j.model.value.VatNumber;

/**
 * Makes valid, realistic agreements, reproducibly from a seed: the same seed gives the same
 * sequence of agreements on every run and every machine.
 *
 * <p>Every section, every enum constant and every optional attribute occurs across a run; lists
 * have 0 to {@link #DEFAULT_MAX_LIST_SIZE} entries unless a size is asked for; texts are Dutch or
 * English. Meant for property tests: report the seed of a failing case so it can be replayed.
 *
 * <pre>{@code
 * AgreementGenerator generator = new AgreementGenerator(42L);
 * for (int i = 0; i < 1000; i++) {
 *   DataProcessingAgreement dpa = generator.next();
 *   // ... assert a property of dpa
 * }
 * }</pre>
 *
 * <p>A generator is not thread-safe; use one per thread.
 */
public final class AgreementGenerator {
  /** The largest list size {@link #next()} picks. */
  public static final int DEFAULT_MAX_LIST_SIZE = 4;

  private static final String[] COMPANIES = {
    "Voorbeeld B.V.",
    "Telefonie Noord B.V.",
    "CloudWerk",
    "Acme Hosting Ltd",
    "Datahuis B.V.",
    "Bellen & Zo V.O.F.",
    "Example Cloud GmbH",
    "Kantoor ICT"
  };
  private static final String[] CITIES = {"Alkmaar", "Groningen", "Utrecht", "Zwolle", "Eindhoven"};
  private static final String[] SERVICES = {
    "VoIP",
    "SIP trunking",
    "Hosted telefonie",
    "Cloud opslag",
    "E-mail hosting",
    "Back-up",
    "Managed werkplek",
    "Call recording",
    "Contact center software"
  };
  private static final String[] PURPOSES = {
    "het leveren van de diensten", "facturatie", "technische ondersteuning",
    "providing the services", "support and maintenance", "beveiliging van de dienst"
  };
  private static final String[] SUBJECTS = {
    "Klanten",
    "Medewerkers van klanten",
    "Gebelde en bellende partijen",
    "Eindgebruikers",
    "Customers",
    "Employees",
    "Leveranciers"
  };
  private static final String[] DATA = {
    "NAW-gegevens", "Telefoonnummer", "E-mailadres", "IP-adres", "Call Detail Records",
    "Voicemailberichten", "Locatiegegevens", "Gebruikersnaam", "Email address", "Call recordings",
    "Gezondheidsgegevens"
  };
  private static final String[] MEASURES = {
    "Versleuteling van opgeslagen gegevens",
    "Multifactor authenticatie",
    "Firewall",
    "Dagelijkse back-up",
    "Jaarlijkse penetratietest",
    "Logging van toegang",
    "Awareness training",
    "Encryption in transit",
    "Access control"
  };
  private static final String[] SENTENCES = {
    "Verwerker draagt zorg voor de naleving van de AVG.",
    "The processor shall inform the controller without undue delay.",
    "Partijen treden in overleg.",
    "De kosten komen voor rekening van Verwerkingsverantwoordelijke.",
    "Obligations that by their nature continue survive termination."
  };
  private static final String[] COUNTRIES = {"US", "GB", "IN", "CH", "CA", "FR", "DE", "NO"};

  private final long seed;
  private final SplittableRandom random;

  /**
   * Creates a generator.
   *
   * @param seed the seed; the same seed gives the same agreements
   */
  public AgreementGenerator(long seed) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
  }

  /**
   * Returns the seed this generator started from.
   *
   * @return the seed
   */
  public long getSeed() {
    return seed;
  }

  /**
   * Makes the next agreement, with lists of 0 to {@value #DEFAULT_MAX_LIST_SIZE} entries.
   *
   * @return a valid agreement
   */
  public DataProcessingAgreement next() {
    return build(-1);
  }

  /**
   * Makes the next agreement with exactly {@code listSize} sub-processors, personal data categories
   * and security measures, for measuring how cost grows with size.
   *
   * @param listSize the number of entries in the large lists, 0 or more
   * @return a valid agreement
   */
  public DataProcessingAgreement next(int listSize) {
    if (listSize < 0) {
      throw new IllegalArgumentException("listSize must be 0 or more: " + listSize);
    }
    return build(listSize);
  }

  private DataProcessingAgreement build(int fixedSize) {
    return DataProcessingAgreement.builder()
        .metadata(metadata())
        .processor(party(PartyRole.PROCESSOR))
        .controller(party(PartyRole.CONTROLLER))
        .scope(sized(fixedSize, () -> scope(fixedSize), ProcessingScope::notStated))
        .instructions(maybe(this::instructions, Instructions::notStated))
        .confidentiality(maybe(this::confidentiality, Confidentiality::notStated))
        .security(sized(fixedSize, () -> security(fixedSize), SecurityTerms::notStated))
        .subProcessing(
            sized(fixedSize, () -> subProcessing(fixedSize), SubProcessingTerms::notStated))
        .transfers(maybe(this::transfers, TransferTerms::notStated))
        .dataSubjectRequests(maybe(this::dataSubjectRequests, DataSubjectRequests::notStated))
        .assistance(maybe(this::assistance, Assistance::notStated))
        .breachNotification(maybe(this::breach, BreachNotification::notStated))
        .endOfProcessing(maybe(this::endOfProcessing, EndOfProcessing::notStated))
        .retention(maybe(this::retention, RetentionTerms::notStated))
        .audit(maybe(this::audit, AuditTerms::notStated))
        .liability(maybe(this::liability, LiabilityTerms::notStated))
        .amendment(maybe(this::amendment, AmendmentTerms::notStated))
        .termination(maybe(this::termination, TerminationTerms::notStated))
        .general(maybe(this::general, GeneralProvisions::notStated))
        .addAllOtherClauses(upTo(DEFAULT_MAX_LIST_SIZE, this::otherClause))
        .build();
  }

  // ---- sections -------------------------------------------------------------------------------

  private AgreementMetadata metadata() {
    var b =
        AgreementMetadata.builder()
            .title(
                pick(
                    "Verwerkersovereenkomst",
                    "Data Processing Agreement",
                    "VERWERKERSOVEREENKOMST"))
            .language(pick("nl", "en"))
            .documentKind(pick(AgreementKind.values()))
            .formation(pick(Formation.values()))
            .precedenceOverMainAgreement(pick(Precedence.values()))
            .precedenceOverGeneralTerms(pick(Precedence.values()))
            .rejectsControllerTerms(random.nextBoolean())
            .addAllReplaces(upTo(2, this::documentRef))
            .addAllDraftingNotes(upTo(1, () -> pick(SENTENCES)))
            .addAllClauses(clauses())
            .quote(quote());
    if (random.nextBoolean()) {
      b.version(pick("1.0", "1.1", "v2", "2024-01", "v270526RT"));
    }
    if (random.nextBoolean()) {
      b.date(date());
    }
    return b.build();
  }

  private Party party(PartyRole role) {
    var b = Party.builder().role(role).addAllClauses(clauses()).quote(quote());
    boolean placeholder = role == PartyRole.CONTROLLER && random.nextInt(3) > 0;
    if (placeholder) {
      return b.placeholder(true)
          .description(
              pick("de klant", "een wederpartij aan wie zij diensten levert", "u als klant"))
          .build();
    }
    if (random.nextInt(4) == 0) {
      b.description(pick("hierna: Verwerker", "hereinafter: the Processor"));
    }
    if (random.nextBoolean()) {
      b.legalName(pick(COMPANIES));
    } else {
      b.addTradeNames(pick(COMPANIES));
    }
    if (random.nextBoolean()) {
      b.addTradeNames(pick("Bellen.nl", "CloudWerk", "hallo"));
    }
    if (random.nextBoolean()) {
      b.legalForm(pick("B.V.", "N.V.", "V.O.F.", "eenmanszaak"));
    }
    if (random.nextBoolean()) {
      b.kvkNumber(KvkNumber.of(digits(8)));
    }
    if (random.nextBoolean()) {
      b.vatNumber(VatNumber.parse("NL" + digits(9) + "B" + digits(2)));
    }
    if (random.nextBoolean()) {
      b.address(address());
    }
    if (random.nextInt(4) == 0) {
      b.postalAddress(address());
    }
    b.addAllContacts(upTo(2, this::contact));
    if (random.nextBoolean()) {
      b.website("www.voorbeeld" + random.nextInt(100) + ".nl");
    }
    if (random.nextInt(4) == 0) {
      b.iban("NL91ABNA0417164300").bic("ABNANL2A");
    }
    return b.build();
  }

  private Address address() {
    var b = Address.builder().city(pick(CITIES));
    if (random.nextBoolean()) {
      b.street("Voorbeeldstraat " + (1 + random.nextInt(200))).postcode(digits(4) + " AB");
    }
    if (random.nextBoolean()) {
      b.country(CountryCode.of("NL"));
    }
    if (random.nextInt(4) == 0) {
      b.postbox("Postbus " + (1 + random.nextInt(9999)));
    }
    return b.build();
  }

  private Contact contact() {
    var b =
        Contact.builder().kind(pick(ContactKind.values())).addAllClauses(clauses()).quote(quote());
    if (random.nextBoolean()) {
      b.name(pick("J. Jansen", "A. de Vries", "Privacy Officer"));
    }
    return b.addAllEmails(upTo(2, () -> "info" + random.nextInt(100) + "@voorbeeld.nl"))
        .addAllPhones(upTo(2, () -> "+31 50 " + digits(7)))
        .addAllFaxes(upTo(1, () -> "+31 50 " + digits(7)))
        .build();
  }

  private ProcessingScope scope(int size) {
    ProcessingDuration duration = pick(ProcessingDuration.values());
    var b =
        ProcessingScope.builder()
            .coverage(coverage())
            .addAllServices(upTo(DEFAULT_MAX_LIST_SIZE, () -> pick(SERVICES)))
            .duration(duration)
            .addAllPurposes(upTo(DEFAULT_MAX_LIST_SIZE, () -> pick(PURPOSES)))
            .purposeExtension(pick(PurposeExtension.values()))
            .processorOwnUse(
                ProcessorOwnUse.builder()
                    .policy(pick(OwnUsePolicy.values()))
                    .addAllPurposes(upTo(1, () -> pick(PURPOSES)))
                    .addAllConditions(upTo(1, () -> "volledig geanonimiseerd"))
                    .addAllClauses(clauses())
                    .quote(quote())
                    .build())
            .addAllDataSubjectCategories(upTo(DEFAULT_MAX_LIST_SIZE, () -> pick(SUBJECTS)))
            .addAllPersonalDataCategories(sized(size, this::dataCategory))
            .dataListExhaustive(random.nextBoolean())
            .specialCategories(pick(SpecialCategoriesStance.values()))
            .addAllDeclaredExclusions(upTo(1, this::provision))
            .addAllClauses(clauses())
            .quote(quote());
    if (duration == ProcessingDuration.FIXED) {
      b.fixedDuration(timeLimit());
    }
    if (random.nextBoolean()) {
      b.subjectMatter(
          pick("ICT-dienstverlening", "Cloud communicatiediensten", "Hosting services"));
    }
    if (random.nextBoolean()) {
      b.nature(
          pick("opslag en doorgifte", "storage and transmission", "geautomatiseerde verwerking"));
    }
    if (random.nextInt(4) == 0) {
      b.controllerRoleProcessing(
          ControllerRoleProcessing.builder()
              .addAllPurposes(upTo(DEFAULT_MAX_LIST_SIZE, () -> pick(PURPOSES)))
              .addAllDataCategories(upTo(DEFAULT_MAX_LIST_SIZE, this::dataCategory))
              .addAllDataSubjectCategories(upTo(DEFAULT_MAX_LIST_SIZE, () -> pick(SUBJECTS)))
              .addAllClauses(clauses())
              .quote(quote())
              .build());
    }
    return b.build();
  }

  private PersonalDataCategory dataCategory() {
    var b =
        PersonalDataCategory.builder()
            .name(pick(DATA))
            .specialCategory(random.nextInt(5) == 0)
            .contentData(random.nextInt(4) == 0)
            .trafficOrLocationData(random.nextInt(4) == 0)
            .addAllClauses(clauses())
            .quote(quote());
    if (random.nextBoolean()) {
      b.group(pick("Zakelijke gegevens", "Gegevens uit diensten", "Contact data"));
    }
    return b.build();
  }

  private Instructions instructions() {
    return Instructions.builder()
        .coverage(coverage())
        .onlyOnInstructions(random.nextBoolean())
        .documented(random.nextBoolean())
        .legalRequirementNotice(pick(LegalRequirementNotice.values()))
        .infringingInstructionNotice(pick(InfringingInstructionNotice.values()))
        .personnelBound(random.nextBoolean())
        .addAllControllerWarranties(upTo(DEFAULT_MAX_LIST_SIZE, this::provision))
        .addAllResponsibilityDisclaimers(upTo(DEFAULT_MAX_LIST_SIZE, this::provision))
        .addAllClauses(clauses())
        .quote(quote())
        .build();
  }

  private Confidentiality confidentiality() {
    return Confidentiality.builder()
        .coverage(coverage())
        .personnel(pick(ObligationStrength.values()))
        .legalObligationException(random.nextBoolean())
        .discretionaryDisclosureException(random.nextBoolean())
        .addAllClauses(clauses())
        .quote(quote())
        .build();
  }

  private SecurityTerms security(int size) {
    return SecurityTerms.builder()
        .coverage(coverage())
        .commitment(pick(ObligationStrength.values()))
        .standard(pick(SecurityStandard.values()))
        .effectivenessDisclaimer(random.nextBoolean())
        .addAllMeasures(
            sized(
                size,
                () ->
                    SecurityMeasure.builder()
                        .description(pick(MEASURES))
                        .category(pick(MeasureCategory.values()))
                        .qualified(random.nextInt(4) == 0)
                        .addAllClauses(clauses())
                        .quote(quote())
                        .build()))
        .addAllFrameworks(upTo(1, () -> pick("artikel 32 AVG", "ISO 27001", "NEN 7510")))
        .riskFactorsReferenced(random.nextBoolean())
        .controllerAcknowledgesAdequacy(random.nextBoolean())
        .processorMayChangeUnilaterally(random.nextBoolean())
        .processorMayRefuseRequestedMeasures(random.nextBoolean())
        .requestedMeasuresCharged(random.nextBoolean())
        .addAllExclusions(upTo(1, this::provision))
        .addAllClauses(clauses())
        .quote(quote())
        .build();
  }

  private SubProcessingTerms subProcessing(int size) {
    List<SubProcessor> subProcessors = sized(size, this::subProcessor);
    // Names must be unique: number them by position.
    List<SubProcessor> named = new ArrayList<>(subProcessors.size());
    for (int i = 0; i < subProcessors.size(); i++) {
      SubProcessor s = subProcessors.get(i);
      named.add(
          s.getName().isPresent()
              ? org.dpa4j.model.subprocessing.ImmutableSubProcessor.copyOf(s)
                  .withName(s.getName().get() + " " + (i + 1))
              : s);
    }
    var b =
        SubProcessingTerms.builder()
            .coverage(coverage())
            .authorisation(pick(SubProcessorAuthorisation.values()))
            .changeNoticeRequired(random.nextBoolean())
            .objectionRight(pick(ObjectionRight.values()))
            .objectionEffect(pick(ObjectionEffect.values()))
            .listDisclosure(pick(ListDisclosure.values()))
            .processorMayExtendList(random.nextBoolean())
            .addAllSubProcessors(named)
            .flowDown(pick(FlowDown.values()))
            .controllerMayInspectContracts(random.nextBoolean())
            .processorLiability(pick(SubProcessorLiability.values()))
            .subSubProcessorVisibilityDisclaimer(random.nextBoolean())
            .roleAmbiguity(random.nextBoolean())
            .thirdPartyDisclaimer(pick(ThirdPartyDisclaimer.values()))
            .addAllClauses(clauses())
            .quote(quote());
    if (random.nextBoolean()) {
      b.noticePeriod(timeLimit());
    }
    if (random.nextBoolean()) {
      b.objectionTerminationNotice(timeLimit());
    }
    return b.build();
  }

  private SubProcessor subProcessor() {
    var b =
        SubProcessor.builder()
            .addAllDataCategories(upTo(DEFAULT_MAX_LIST_SIZE, () -> pick(DATA)))
            .optional(random.nextBoolean())
            .contractStatus(pick(ContractStatus.values()))
            .addAllClauses(clauses())
            .quote(quote());
    if (random.nextInt(5) > 0) {
      b.name(pick("Kwebbl", "Google Workspace", "Microsoft", "OpenAI", "Mistral", "Hetzner"));
    }
    if (random.nextBoolean()) {
      b.purpose(pick("Hosting", "E-mail", "Transcriptie", "Support"));
    }
    if (random.nextBoolean()) {
      b.country(CountryCode.of(pick(COUNTRIES)));
    }
    if (random.nextInt(4) == 0) {
      b.processingRegion(pick(CountryCode.EU, CountryCode.EEA));
    }
    return b.build();
  }

  private TransferTerms transfers() {
    return TransferTerms.builder()
        .coverage(coverage())
        .policy(pick(TransferPolicy.values()))
        .addAllConditions(upTo(DEFAULT_MAX_LIST_SIZE, () -> pick(TransferCondition.values())))
        .addAllExemptions(upTo(1, () -> pick(TransferExemption.values())))
        .storageGuaranteedInEea(random.nextBoolean())
        .remoteAccessFromThirdCountry(random.nextBoolean())
        .processorReportsCountries(random.nextBoolean())
        .addAllCountriesNamed(upTo(2, () -> CountryCode.of(pick(COUNTRIES))))
        .storageLocationsOnRequest(random.nextBoolean())
        .addAllSafeguards(upTo(2, this::provision))
        .addAllClauses(clauses())
        .quote(quote())
        .build();
  }

  private DataSubjectRequests dataSubjectRequests() {
    return DataSubjectRequests.builder()
        .coverage(coverage())
        .mode(pick(DataSubjectRequestMode.values()))
        .processorMayInformSubject(random.nextBoolean())
        .costsToController(random.nextBoolean())
        .addAllClauses(clauses())
        .quote(quote())
        .build();
  }

  private Assistance assistance() {
    return Assistance.builder()
        .coverage(coverage())
        .security(pick(AssistanceLevel.values()))
        .dpia(pick(AssistanceLevel.values()))
        .priorConsultation(pick(AssistanceLevel.values()))
        .costsToController(random.nextBoolean())
        .addAllClauses(clauses())
        .quote(quote())
        .build();
  }

  private BreachNotification breach() {
    var b =
        BreachNotification.builder()
            .coverage(coverage())
            .processorNotifies(random.nextBoolean())
            .suspectedBreaches(pick(SuspectedBreaches.values()))
            .addAllContent(upTo(DEFAULT_MAX_LIST_SIZE, () -> pick(BreachContent.values())))
            .phased(random.nextBoolean())
            .addAllControllerDuties(upTo(1, this::provision))
            .addAllClauses(clauses())
            .quote(quote());
    if (random.nextInt(5) > 0) {
      b.deadline(deadline());
    }
    return b.build();
  }

  private EndOfProcessing endOfProcessing() {
    var b =
        EndOfProcessing.builder()
            .coverage(coverage())
            .disposition(pick(EndDisposition.values()))
            .copiesCovered(random.nextBoolean())
            .certification(random.nextBoolean())
            .costsCharged(random.nextBoolean())
            .legalRetentionException(random.nextBoolean())
            .addAllClauses(clauses())
            .quote(quote());
    if (random.nextBoolean()) {
      b.deadline(deadline());
    }
    if (random.nextInt(4) == 0) {
      b.returnFormat(pick("machine leesbaar formaat", "CSV", "the original format"));
    }
    return b.build();
  }

  private RetentionTerms retention() {
    var b =
        RetentionTerms.builder()
            .coverage(coverage())
            .duringTerm(pick(RetentionDuringTerm.values()))
            .deletionOnRequestCharged(random.nextBoolean())
            .addAllClauses(clauses())
            .quote(quote());
    if (random.nextBoolean()) {
      b.postTermRetention(timeLimit());
    }
    return b.build();
  }

  private AuditTerms audit() {
    boolean notice = random.nextBoolean();
    var b =
        AuditTerms.builder()
            .coverage(coverage())
            .informationOnRequest(random.nextBoolean())
            .auditRight(random.nextBoolean())
            .auditor(pick(Auditor.values()))
            .scope(pick(AuditScope.values()))
            .trigger(pick(AuditTrigger.values()))
            .addAllAdditionalTriggers(upTo(DEFAULT_MAX_LIST_SIZE, this::provision))
            .priorNoticeRequired(notice || random.nextBoolean())
            .addAllNoticeContents(
                upTo(DEFAULT_MAX_LIST_SIZE, () -> pick("de scope", "de auditor", "the dates")))
            .costBearer(pick(AuditCostBearer.values()))
            .findings(pick(AuditFindings.values()))
            .noDisruption(random.nextBoolean())
            .addAllClauses(clauses())
            .quote(quote());
    if (notice) {
      b.notice(timeLimit());
    }
    if (random.nextBoolean()) {
      b.maxPerYear(1 + random.nextInt(4));
    }
    return b.build();
  }

  private LiabilityTerms liability() {
    var b =
        LiabilityTerms.builder()
            .coverage(coverage())
            .addAllCaps(upTo(DEFAULT_MAX_LIST_SIZE, this::cap))
            .excludedEntirely(random.nextBoolean())
            .directDamageDefined(random.nextBoolean())
            .dataLossExcluded(random.nextBoolean())
            .indirectDamageExcluded(random.nextBoolean())
            .intentCarveOut(random.nextBoolean())
            .noticeOfDefaultRequired(random.nextBoolean())
            .addAllControllerIndemnities(upTo(DEFAULT_MAX_LIST_SIZE, this::provision))
            .finesClause(pick(FinesClause.values()))
            .addAllFinesConditions(upTo(1, this::provision))
            .addAllClauses(clauses())
            .quote(quote());
    if (random.nextBoolean()) {
      b.claimBar(timeLimit());
    }
    return b.build();
  }

  private LiabilityCap cap() {
    LiabilityCapKind kind = pick(LiabilityCapKind.values());
    var b =
        LiabilityCap.builder()
            .kind(kind)
            .basis(pick(CapBasis.values()))
            .fallback(random.nextBoolean())
            .addAllClauses(clauses())
            .quote(quote());
    switch (kind) {
      case FIXED_AMOUNT:
        b.amount(
            Money.of(
                String.valueOf(random.nextInt(1_000_000)) + (random.nextBoolean() ? ".00" : ""),
                pick("EUR", "EUR", "USD")));
        break;
      case FEES:
        b.feeMonths(1 + random.nextInt(24));
        break;
      default:
        b.document(documentRef());
    }
    return b.build();
  }

  private AmendmentTerms amendment() {
    var b =
        AmendmentTerms.builder()
            .coverage(coverage())
            .mode(pick(AmendmentMode.values()))
            .addAllClauses(clauses())
            .quote(quote());
    if (random.nextBoolean()) {
      b.notice(timeLimit());
    }
    if (random.nextBoolean()) {
      b.controllerExitNotice(timeLimit());
    }
    if (random.nextBoolean()) {
      b.controllerExitPeriod(timeLimit());
    }
    return b.build();
  }

  private TerminationTerms termination() {
    return TerminationTerms.builder()
        .coverage(coverage())
        .controllerSuspendRight(random.nextBoolean())
        .controllerTerminateForBreach(random.nextBoolean())
        .addAllOtherTerminationRights(upTo(DEFAULT_MAX_LIST_SIZE, this::provision))
        .addAllClauses(clauses())
        .quote(quote())
        .build();
  }

  private GeneralProvisions general() {
    var b =
        GeneralProvisions.builder()
            .coverage(coverage())
            .forumExclusive(random.nextBoolean())
            .severability(random.nextBoolean())
            .survival(random.nextBoolean())
            .addAllClauses(clauses())
            .quote(quote());
    if (random.nextBoolean()) {
      b.governingLaw(pick("Nederlands recht", "Dutch law", "Belgisch recht"));
    }
    if (random.nextBoolean()) {
      b.forum(pick("Rechtbank Noord-Holland", "de bevoegde rechter te Groningen"));
    }
    return b.build();
  }

  private OtherClause otherClause() {
    return OtherClause.of(
        clauseRef().getReference(),
        random.nextBoolean() ? null : pick("Overige bepalingen", "Miscellaneous"),
        pick(SENTENCES));
  }

  // ---- values ---------------------------------------------------------------------------------

  private Coverage coverage() {
    switch (random.nextInt(8)) {
      case 0:
        return Coverage.excluded();
      case 1:
        return Coverage.byReference(documentRef());
      default:
        return Coverage.stated();
    }
  }

  private Optional<String> quote() {
    return random.nextBoolean() ? Optional.empty() : Optional.of(pick(SENTENCES));
  }

  private DocumentRef documentRef() {
    DocumentKind kind = pick(DocumentKind.values());
    return random.nextBoolean()
        ? DocumentRef.of(kind)
        : DocumentRef.of(kind, pick("Hoofdovereenkomst", "Algemene voorwaarden", "Terms of use"));
  }

  private Provision provision() {
    return Provision.builder()
        .text(pick(SENTENCES))
        .addAllClauses(clauses())
        .quote(quote())
        .build();
  }

  private Deadline deadline() {
    DeadlineQualifier qualifier = pick(DeadlineQualifier.values());
    var b = Deadline.builder().qualifier(qualifier).trigger(pick(DeadlineTrigger.values()));
    if (qualifier == DeadlineQualifier.NONE || random.nextBoolean()) {
      b.limit(timeLimit());
    }
    return b.build();
  }

  private TimeLimit timeLimit() {
    return TimeLimit.of(random.nextInt(100), pick(TimeLimitUnit.values()));
  }

  private PartialDate date() {
    String year = String.valueOf(2016 + random.nextInt(10));
    switch (random.nextInt(3)) {
      case 0:
        return PartialDate.parse(year);
      case 1:
        return PartialDate.parse(
            year + "-" + String.format(Locale.ROOT, "%02d", 1 + random.nextInt(12)));
      default:
        return PartialDate.parse(
            year
                + "-"
                + String.format(Locale.ROOT, "%02d", 1 + random.nextInt(12))
                + "-"
                + String.format(Locale.ROOT, "%02d", 1 + random.nextInt(28)));
    }
  }

  private List<ClauseRef> clauses() {
    return upTo(2, this::clauseRef);
  }

  private ClauseRef clauseRef() {
    return random.nextInt(5) == 0
        ? ClauseRef.of("Bijlage " + (1 + random.nextInt(3)))
        : ClauseRef.of((1 + random.nextInt(15)) + "." + (1 + random.nextInt(6)));
  }

  private String digits(int count) {
    StringBuilder out = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      out.append((char) ('0' + random.nextInt(10)));
    }
    return out.toString();
  }

  // ---- helpers --------------------------------------------------------------------------------

  /** 0 to {@code max} entries. */
  private <T> List<T> upTo(int max, Supplier<T> element) {
    return exactly(random.nextInt(max + 1), element);
  }

  /** Exactly {@code size} entries, or 0 to the default maximum when {@code size} is negative. */
  private <T> List<T> sized(int size, Supplier<T> element) {
    return size < 0 ? upTo(DEFAULT_MAX_LIST_SIZE, element) : exactly(size, element);
  }

  private <T> List<T> exactly(int size, Supplier<T> element) {
    List<T> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(element.get());
    }
    return out;
  }

  /** The stated section whenever a list size is fixed, so that the lists really have that size. */
  private <T> T sized(int fixedSize, Supplier<T> stated, Supplier<T> notStated) {
    return fixedSize >= 0 ? stated.get() : maybe(stated, notStated);
  }

  private <T> T maybe(Supplier<T> stated, Supplier<T> notStated) {
    return random.nextInt(6) == 0 ? notStated.get() : stated.get();
  }

  @SafeVarargs
  private <T> T pick(T... options) {
    return options[random.nextInt(options.length)];
  }

  @Override
  public String toString() {
    return "AgreementGenerator[seed=" + seed + "]";
  }
}
