package org.dpa4j.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.dpa4j.model.AgreementDate;
import org.dpa4j.model.AgreementKind;
import org.dpa4j.model.AgreementMetadata;
import org.dpa4j.model.Blank;
import org.dpa4j.model.BlankKind;
import org.dpa4j.model.ClauseRef;
import org.dpa4j.model.Condition;
import org.dpa4j.model.ConditionKind;
import org.dpa4j.model.Coverage;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.DateKind;
import org.dpa4j.model.Definition;
import org.dpa4j.model.DocumentKind;
import org.dpa4j.model.DocumentRef;
import org.dpa4j.model.Formation;
import org.dpa4j.model.GeneralProvisions;
import org.dpa4j.model.OtherClause;
import org.dpa4j.model.Precedence;
import org.dpa4j.model.Provision;
import org.dpa4j.model.audit.AuditCondition;
import org.dpa4j.model.audit.AuditCostBearer;
import org.dpa4j.model.audit.AuditFindings;
import org.dpa4j.model.audit.AuditMethod;
import org.dpa4j.model.audit.AuditScope;
import org.dpa4j.model.audit.AuditTerms;
import org.dpa4j.model.audit.AuditTrigger;
import org.dpa4j.model.audit.Auditor;
import org.dpa4j.model.audit.ExcludedAuditor;
import org.dpa4j.model.breach.BreachContent;
import org.dpa4j.model.breach.BreachNotification;
import org.dpa4j.model.breach.SuspectedBreaches;
import org.dpa4j.model.law.AppliedLaw;
import org.dpa4j.model.law.DataProtectionLaw;
import org.dpa4j.model.law.LawRole;
import org.dpa4j.model.law.SccGoverningLawOption;
import org.dpa4j.model.law.SccModule;
import org.dpa4j.model.law.StandardClauses;
import org.dpa4j.model.law.StandardClausesInstrument;
import org.dpa4j.model.liability.CapBasis;
import org.dpa4j.model.liability.CapCombination;
import org.dpa4j.model.liability.DamageKind;
import org.dpa4j.model.liability.FinesClause;
import org.dpa4j.model.liability.Indemnity;
import org.dpa4j.model.liability.LiabilityCap;
import org.dpa4j.model.liability.LiabilityCapKind;
import org.dpa4j.model.liability.LiabilityTerms;
import org.dpa4j.model.liability.LiableParty;
import org.dpa4j.model.parties.Address;
import org.dpa4j.model.parties.Contact;
import org.dpa4j.model.parties.ContactKind;
import org.dpa4j.model.parties.Party;
import org.dpa4j.model.parties.PartyKind;
import org.dpa4j.model.parties.PartyRole;
import org.dpa4j.model.parties.Registration;
import org.dpa4j.model.parties.RegistrationScheme;
import org.dpa4j.model.processing.Assistance;
import org.dpa4j.model.processing.AssistanceLevel;
import org.dpa4j.model.processing.ControllerRoleProcessing;
import org.dpa4j.model.processing.DataSubjectCategory;
import org.dpa4j.model.processing.DataSubjectKind;
import org.dpa4j.model.processing.DataSubjectRequestMode;
import org.dpa4j.model.processing.DataSubjectRequests;
import org.dpa4j.model.processing.DataSubjectRight;
import org.dpa4j.model.processing.InfringingInstructionNotice;
import org.dpa4j.model.processing.Instructions;
import org.dpa4j.model.processing.LegalRequirementNotice;
import org.dpa4j.model.processing.OwnUsePolicy;
import org.dpa4j.model.processing.PersonalDataCategory;
import org.dpa4j.model.processing.ProcessingDuration;
import org.dpa4j.model.processing.ProcessingFrequency;
import org.dpa4j.model.processing.ProcessingScope;
import org.dpa4j.model.processing.ProcessorOwnUse;
import org.dpa4j.model.processing.PurposeExtension;
import org.dpa4j.model.processing.SpecialCategoriesStance;
import org.dpa4j.model.processing.SpecialCategorySafeguard;
import org.dpa4j.model.security.Confidentiality;
import org.dpa4j.model.security.MeasureCategory;
import org.dpa4j.model.security.ObligationStrength;
import org.dpa4j.model.security.SecurityCertification;
import org.dpa4j.model.security.SecurityMeasure;
import org.dpa4j.model.security.SecurityStandard;
import org.dpa4j.model.security.SecurityTerms;
import org.dpa4j.model.subprocessing.ContractStatus;
import org.dpa4j.model.subprocessing.FlowDown;
import org.dpa4j.model.subprocessing.ListDisclosure;
import org.dpa4j.model.subprocessing.NoticeChannel;
import org.dpa4j.model.subprocessing.ObjectionEffect;
import org.dpa4j.model.subprocessing.ObjectionFinancialTerm;
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
import org.dpa4j.model.termination.RetentionPeriod;
import org.dpa4j.model.termination.RetentionTerms;
import org.dpa4j.model.termination.TerminationTerms;
import org.dpa4j.model.transfers.TransferDestination;
import org.dpa4j.model.transfers.TransferExemption;
import org.dpa4j.model.transfers.TransferMechanism;
import org.dpa4j.model.transfers.TransferPolicy;
import org.dpa4j.model.transfers.TransferTerms;
import org.dpa4j.model.value.CountryCode;
import org.dpa4j.model.value.Deadline;
import org.dpa4j.model.value.DeadlineQualifier;
import org.dpa4j.model.value.DeadlineTrigger;
import org.dpa4j.model.value.Jurisdiction;
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

  /** Terms a template may leave open: pointers into the model, whether or not a value is there. */
  // Optional terms a blank may name: a term left to be completed has no value, so the sections
  // leave a term out when a blank names it (the reader refuses a blank at a term with a value).
  private static final String BREACH_DEADLINE = "/breachNotification/deadline";

  private static final String NOTICE_PERIOD = "/subProcessing/noticePeriod";
  private static final String CONTROLLER_NAME = "/controller/legalName";
  private static final String GOVERNING_LAW = "/general/governingLawJurisdiction";
  private static final String DATES = "/metadata/dates";

  private static final String[] BLANK_POINTERS = {
    BREACH_DEADLINE,
    NOTICE_PERIOD,
    "/subProcessing/subProcessors",
    "/scope/personalDataCategories",
    "/scope/dataSubjectCategories",
    CONTROLLER_NAME,
    GOVERNING_LAW,
    DATES,
    "/subProcessing/authorisation"
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
  private List<Blank> blanks = List.of();

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
    blanks = blanks();
    return DataProcessingAgreement.builder()
        .metadata(metadata())
        .processor(party(PartyRole.PROCESSOR))
        .controller(party(PartyRole.CONTROLLER))
        .addAllLaws(upTo(2, this::appliedLaw))
        .addAllStandardClauses(upTo(2, this::standardClauses))
        .addAllBlanks(blanks)
        .addAllDefinitions(
            upTo(
                2,
                () ->
                    Definition.builder()
                        .term(pick("Affiliate", "Hoofdovereenkomst", "Services Agreement"))
                        .meaning(pick(SENTENCES))
                        .addAllClauses(clauses())
                        .quote(quote())
                        .build()))
        .addAllOtherParties(upTo(1, () -> party(pick(PartyRole.values()))))
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
            .partOfMainAgreement(random.nextBoolean())
            .annexesIntegral(random.nextBoolean())
            .mainAgreementProtectionKept(random.nextBoolean())
            .addAllReplaces(upTo(2, this::documentRef))
            .addAllDraftingNotes(upTo(1, () -> pick(SENTENCES)))
            .addAllClauses(clauses())
            .quote(quote());
    if (random.nextBoolean()) {
      b.version(pick("1.0", "1.1", "v2", "2024-01", "v270526RT"));
    }
    b.addAllDates(
        upTo(
            2,
            () ->
                AgreementDate.builder()
                    .kind(pick(DateKind.values()))
                    .date(
                        open(DATES) && random.nextBoolean()
                            ? Optional.empty()
                            : Optional.of(date()))
                    .addAllClauses(clauses())
                    .quote(quote())
                    .build()));
    b.addAllBasedOn(upTo(1, this::documentRef));
    if (random.nextInt(4) == 0) {
      b.reference(pick("CELEX 32021D0915", "https://example.com/dpa"));
    }
    if (random.nextInt(4) == 0) {
      b.licence("CC BY 4.0");
    }
    return b.build();
  }

  private AppliedLaw appliedLaw() {
    var b = AppliedLaw.builder().law(pick(DataProtectionLaw.values())).addAllClauses(clauses());
    boolean jurisdiction = random.nextBoolean();
    if (jurisdiction) {
      b.jurisdiction(Jurisdiction.parse(pick("NL", "US-CA", "GB", "CH", "DE")));
    }
    if (random.nextBoolean() || !jurisdiction) {
      b.name(pick("Wet bescherming persoonsgegevens", "UAVG", "CCPA", "Data Protection Act 2018"));
    }
    if (random.nextBoolean()) {
      b.processorRole(pick(LawRole.values()));
    }
    b.complianceCertification(random.nextBoolean());
    return b.quote(quote()).build();
  }

  private StandardClauses standardClauses() {
    StandardClausesInstrument instrument = pick(StandardClausesInstrument.values());
    var b =
        StandardClauses.builder()
            .instrument(instrument)
            .addAllModules(upTo(2, () -> pick(SccModule.values())))
            .prevailOverAgreement(random.nextBoolean())
            .incorporatedByReference(random.nextBoolean())
            .exporterRole(
                random.nextBoolean() ? Optional.of(pick(PartyRole.values())) : Optional.empty())
            .importerRole(
                random.nextBoolean() ? Optional.of(pick(PartyRole.values())) : Optional.empty())
            .addAllClauses(clauses())
            .quote(quote());
    if (instrument == StandardClausesInstrument.OTHER || random.nextInt(4) == 0) {
      b.name(pick("Standard Contractual Clauses", "Modelcontractbepalingen"));
    }
    if (random.nextBoolean()) {
      b.exporterJurisdiction(Jurisdiction.parse(pick("GB", "CH")));
    }
    if (random.nextBoolean()) {
      b.dockingClause(random.nextBoolean());
    }
    if (random.nextBoolean()) {
      b.subProcessorOption(pick(SubProcessorAuthorisation.values()));
    }
    if (random.nextBoolean()) {
      b.subProcessorNoticePeriod(timeLimit());
    }
    if (random.nextBoolean()) {
      b.independentDisputeResolution(random.nextBoolean());
    }
    if (random.nextBoolean()) {
      b.supervisoryAuthority(Jurisdiction.parse(pick("NL", "IE", "DE")));
    }
    if (random.nextBoolean()) {
      b.governingLawOption(pick(SccGoverningLawOption.values()));
    }
    if (random.nextBoolean()) {
      b.governingLaw(Jurisdiction.parse(pick("NL", "IE", "DE")));
    }
    if (random.nextBoolean()) {
      b.forum(Jurisdiction.parse(pick("NL", "IE", "DE")));
    }
    if (random.nextInt(3) == 0) {
      b.annexMapping("Annex 1 of the DPA is Annex I of the clauses");
    }
    return b.build();
  }

  /** Tells whether a blank of the agreement being made names the term. */
  private boolean open(String pointer) {
    return blanks.stream().anyMatch(b -> b.getPointer().equals(pointer));
  }

  private List<Blank> blanks() {
    List<String> pointers = new ArrayList<>(List.of(BLANK_POINTERS));
    List<Blank> out = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      String pointer = pointers.remove(random.nextInt(pointers.size()));
      BlankKind kind = pick(BlankKind.values());
      var b = Blank.builder().pointer(pointer).kind(kind).addAllClauses(clauses()).quote(quote());
      if (random.nextBoolean()) {
        b.placeholder(pick("[SPECIFY TIME PERIOD]", "[●]", "____"));
      }
      if (kind == BlankKind.CHOOSE_OPTION) {
        b.addOptions("option 1", "option 2");
      }
      out.add(b.build());
    }
    return out;
  }

  private List<Condition> conditions(String... duties) {
    return upTo(
        2,
        () -> {
          ConditionKind kind = pick(ConditionKind.values());
          var b = Condition.builder().kind(kind).addAllClauses(clauses()).quote(quote());
          if (duties.length > 0 && random.nextBoolean()) {
            b.duty(pick(duties));
          }
          if (kind == ConditionKind.OTHER || random.nextInt(4) == 0) {
            b.description(pick(SENTENCES));
          }
          return b.build();
        });
  }

  private Party party(PartyRole role) {
    var b =
        Party.builder()
            .role(role)
            .kind(pick(PartyKind.values()))
            .addAllClauses(clauses())
            .quote(quote());
    if (random.nextInt(4) == 0) {
      b.addAlsoActsAs(role == PartyRole.CONTROLLER ? PartyRole.PROCESSOR : PartyRole.SUB_PROCESSOR);
    }
    // A controller is mostly "the customer"; a processor only in blank templates.
    boolean placeholder =
        role == PartyRole.CONTROLLER ? random.nextInt(3) > 0 : random.nextInt(10) == 0;
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
      b.definedTerm(pick("Verwerker", "Provider", "Customer", "Opdrachtgever"));
    }
    if (random.nextBoolean() && !(role == PartyRole.CONTROLLER && open(CONTROLLER_NAME))) {
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
      b.addRegistrations(Registration.of(KvkNumber.of(digits(8))));
    }
    if (random.nextInt(4) == 0) {
      b.addRegistrations(registration());
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
    if (random.nextInt(4) == 0) {
      b.region(pick("Noord-Holland", "California", "Bayern"));
    }
    return b.build();
  }

  private Contact contact() {
    var b =
        Contact.builder().kind(pick(ContactKind.values())).addAllClauses(clauses()).quote(quote());
    if (random.nextBoolean()) {
      b.name(pick("J. Jansen", "A. de Vries", "Privacy Officer"));
    }
    if (random.nextBoolean()) {
      b.position(pick("Data Protection Officer", "Functionaris gegevensbescherming", "CISO"));
    }
    return b.addAllEmails(upTo(2, () -> "info" + random.nextInt(100) + "@voorbeeld.nl"))
        .addAllPhones(upTo(2, () -> "+31 50 " + digits(7)))
        .addAllFaxes(upTo(1, () -> "+31 50 " + digits(7)))
        .build();
  }

  private ProcessingScope scope(int size) {
    ProcessingDuration duration = pick(ProcessingDuration.values());
    List<DataSubjectCategory> subjects = subjectCategories();
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
                    .modelTraining(pick(OwnUsePolicy.values()))
                    .addAllPurposes(upTo(1, () -> pick(PURPOSES)))
                    .addAllConditions(upTo(1, () -> "volledig geanonimiseerd"))
                    .addAllClauses(clauses())
                    .quote(quote())
                    .build())
            .addAllDataSubjectCategories(subjects)
            .addAllPersonalDataCategories(sized(size, () -> dataCategory(subjects)))
            .addAllSpecialCategorySafeguards(upTo(2, () -> pick(SpecialCategorySafeguard.values())))
            .frequency(pick(ProcessingFrequency.values()))
            .dataOwnedByController(random.nextBoolean())
            .addAllConditions(conditions("/purposes", "/processorOwnUse"))
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
      List<DataSubjectCategory> ownSubjects = subjectCategories();
      b.controllerRoleProcessing(
          ControllerRoleProcessing.builder()
              .addAllPurposes(upTo(DEFAULT_MAX_LIST_SIZE, () -> pick(PURPOSES)))
              .addAllDataCategories(upTo(DEFAULT_MAX_LIST_SIZE, () -> dataCategory(ownSubjects)))
              .addAllDataSubjectCategories(ownSubjects)
              .addAllClauses(clauses())
              .quote(quote())
              .build());
    }
    return b.build();
  }

  private List<DataSubjectCategory> subjectCategories() {
    List<String> names = new ArrayList<>(List.of(SUBJECTS));
    List<DataSubjectCategory> out = new ArrayList<>();
    for (int i = random.nextInt(DEFAULT_MAX_LIST_SIZE + 1); i > 0 && !names.isEmpty(); i--) {
      out.add(
          DataSubjectCategory.builder()
              .name(names.remove(random.nextInt(names.size())))
              .kind(pick(DataSubjectKind.values()))
              .includesChildren(random.nextInt(5) == 0)
              .addAllClauses(clauses())
              .quote(quote())
              .build());
    }
    return out;
  }

  private PersonalDataCategory dataCategory(List<DataSubjectCategory> subjects) {
    var b =
        PersonalDataCategory.builder()
            .name(pick(DATA))
            .criminalOffenceData(random.nextInt(8) == 0)
            .communicationMetadata(random.nextInt(4) == 0)
            .addAllDataSubjects(
                upTo(
                    subjects.isEmpty() ? 0 : 1,
                    () -> subjects.get(random.nextInt(subjects.size())).getName()))
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
        .inabilityToComplyNotice(random.nextBoolean())
        .agreementIsInstruction(random.nextBoolean())
        .laterInstructionsAllowed(random.nextBoolean())
        .addAllControllerWarranties(upTo(DEFAULT_MAX_LIST_SIZE, this::provision))
        .addAllResponsibilityDisclaimers(upTo(DEFAULT_MAX_LIST_SIZE, this::provision))
        .addAllConditions(conditions("/legalRequirementNotice", "/infringingInstructionNotice"))
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
        .mutualBusinessConfidentiality(random.nextBoolean())
        .processorResponsibleForPersonnel(random.nextBoolean())
        .addAllConditions(conditions("/personnel"))
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
        .addAllCertifications(upTo(2, () -> pick(SecurityCertification.values())))
        .measuresExhaustive(random.nextBoolean())
        .measuresDocument(random.nextInt(3) == 0 ? Optional.of(documentRef()) : Optional.empty())
        .addAllConditions(conditions("/commitment", "/measures"))
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
            .addAllNoticeChannels(upTo(2, () -> pick(NoticeChannel.values())))
            .deemedApprovalOnSilence(random.nextBoolean())
            .dueDiligence(random.nextBoolean())
            .subSubProcessorsAllowed(random.nextBoolean())
            .failureNotice(random.nextBoolean())
            .addAllChangeNoticeContents(upTo(2, () -> pick("name", "purpose", "location")))
            .addAllObjectionFinancialTerms(upTo(2, () -> pick(ObjectionFinancialTerm.values())))
            .addAllConditions(conditions("/objectionRight", "/noticePeriod", "/flowDown"))
            .addAllClauses(clauses())
            .quote(quote());
    if (random.nextBoolean() && !open(NOTICE_PERIOD)) {
      b.noticePeriod(timeLimit());
    }
    if (random.nextBoolean()) {
      b.objectionTerminationNotice(timeLimit());
    }
    if (random.nextBoolean()) {
      b.objectionWindow(timeLimit());
    }
    if (random.nextInt(3) == 0) {
      b.listDocument(documentRef());
    }
    return b.build();
  }

  /** A registration in one of the registers the model knows, KvK aside. */
  private Registration registration() {
    return pick(
        Registration.of(RegistrationScheme.LEI, "5493001KJTIIGC8Y1R12"),
        Registration.builder()
            .scheme(RegistrationScheme.HANDELSREGISTER)
            .number("HRB " + digits(5) + " (Amtsgericht München)")
            .country(CountryCode.of("DE"))
            .build(),
        Registration.of(RegistrationScheme.COMPANIES_HOUSE, digits(8)),
        Registration.of(RegistrationScheme.KBO, "0" + digits(9)),
        Registration.of(RegistrationScheme.SIREN, digits(9)),
        Registration.of(RegistrationScheme.EORI, "NL" + digits(9)),
        Registration.builder()
            .scheme(RegistrationScheme.US_STATE_REGISTRY)
            .number(digits(7))
            .country(CountryCode.of("US"))
            .build(),
        Registration.of(RegistrationScheme.OTHER, "RSIN " + digits(9)));
  }

  private SubProcessor subProcessor() {
    var b =
        SubProcessor.builder()
            .addAllDataCategories(upTo(DEFAULT_MAX_LIST_SIZE, () -> pick(DATA)))
            .optional(random.nextBoolean())
            .contractStatus(pick(ContractStatus.values()))
            .addAllContacts(upTo(1, this::contact))
            .addAllProcessingLocations(
                upTo(
                    2,
                    () -> pick(CountryCode.EU, CountryCode.EEA, CountryCode.of(pick(COUNTRIES)))))
            .locationChosenByController(random.nextInt(4) == 0)
            .addAllTransferMechanisms(upTo(2, () -> pick(TransferMechanism.values())))
            .addAllDataSubjectCategories(upTo(2, () -> pick(SUBJECTS)))
            .affiliate(random.nextInt(4) == 0)
            .duration(pick(ProcessingDuration.values()))
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
      b.address(address());
    }
    if (random.nextInt(3) == 0) {
      b.category(pick("Cloud infrastructure", "AI", "Support"));
    }
    if (random.nextInt(3) == 0) {
      b.subjectMatter(pick("Hosting of the service", "Transactional e-mail"));
    }
    if (random.nextInt(3) == 0) {
      b.url("https://vendor" + random.nextInt(10) + ".example/dpa");
    }
    if (random.nextInt(4) == 0) {
      b.ownSubProcessorList(documentRef());
    }
    if (random.nextInt(4) == 0) {
      b.addRegistrations(registration());
    }
    return b.build();
  }

  private TransferTerms transfers() {
    return TransferTerms.builder()
        .coverage(coverage())
        .policy(pick(TransferPolicy.values()))
        .addAllMechanisms(upTo(DEFAULT_MAX_LIST_SIZE, () -> pick(TransferMechanism.values())))
        .addAllExemptions(upTo(1, () -> pick(TransferExemption.values())))
        .storageGuaranteedInEea(random.nextBoolean())
        .remoteAccessFromThirdCountry(random.nextBoolean())
        .processorReportsCountries(random.nextBoolean())
        .addAllDestinations(upTo(2, this::destination))
        .addAllHostingLocations(
            upTo(2, () -> pick(CountryCode.EU, CountryCode.of(pick(COUNTRIES)))))
        .hostingChosenByController(random.nextBoolean())
        .addAllConditions(conditions("/mechanisms", "/destinations"))
        .storageLocationsOnRequest(random.nextBoolean())
        .addAllSafeguards(upTo(2, this::provision))
        .addAllClauses(clauses())
        .quote(quote())
        .build();
  }

  private TransferDestination destination() {
    var b =
        TransferDestination.builder()
            .country(CountryCode.of(pick("US", "IN", "GB", "CH", "AU")))
            .addAllMechanisms(upTo(2, () -> pick(TransferMechanism.values())))
            .addAllClauses(clauses())
            .quote(quote());
    if (random.nextBoolean()) {
      b.recipient(pick("our US affiliate", "support team", "de sub-verwerker"));
    }
    return b.build();
  }

  private DataSubjectRequests dataSubjectRequests() {
    return DataSubjectRequests.builder()
        .coverage(coverage())
        .mode(pick(DataSubjectRequestMode.values()))
        .addAllRights(upTo(3, () -> pick(DataSubjectRight.values())))
        .forwardsRequests(random.nextBoolean())
        .respondsOnlyOnInstruction(random.nextBoolean())
        .deadline(random.nextBoolean() ? Optional.of(deadline()) : Optional.empty())
        .processorMayInformSubject(random.nextBoolean())
        .costsToController(random.nextBoolean())
        .addAllConditions(conditions("/mode"))
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
        .breachNotification(pick(AssistanceLevel.values()))
        .inaccurateDataNotice(random.nextBoolean())
        .addAllConditions(conditions("/dpia", "/priorConsultation", "/security"))
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
            .remediation(random.nextBoolean())
            .noAdmissionOfFault(random.nextBoolean())
            .addAllControllerDuties(upTo(1, this::provision))
            .addAllConditions(conditions("/deadline", "/processorNotifies", "/content"))
            .addAllClauses(clauses())
            .quote(quote());
    if (random.nextInt(5) > 0 && !open(BREACH_DEADLINE)) {
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
            .costsCharged(random.nextBoolean())
            .addAllConditions(conditions("/disposition", "/certification"))
            .anonymisationInsteadOfDeletion(random.nextBoolean())
            .complianceUntilDeletion(random.nextBoolean())
            .addAllClauses(clauses())
            .quote(quote());
    if (random.nextBoolean()) {
      b.deadline(deadline());
    }
    if (random.nextInt(4) == 0) {
      b.returnFormat(pick("machine leesbaar formaat", "CSV", "the original format"));
    }
    boolean legalRetention = random.nextBoolean();
    b.legalRetentionException(legalRetention)
        .legalRetentionWhereAuthorised(legalRetention && random.nextBoolean());
    boolean certification = random.nextBoolean();
    b.certification(certification)
        .certificationOnRequestOnly(certification && random.nextBoolean());
    if (certification && random.nextBoolean()) {
      b.certificationDeadline(deadline());
    }
    return b.build();
  }

  private RetentionTerms retention() {
    var b =
        RetentionTerms.builder()
            .coverage(coverage())
            .duringTerm(pick(RetentionDuringTerm.values()))
            .deletionOnRequestCharged(random.nextBoolean())
            .addAllPerCategory(upTo(2, this::retentionPeriod))
            .addAllConditions(conditions("/postTermRetention"))
            .addAllClauses(clauses())
            .quote(quote());
    if (random.nextBoolean()) {
      b.postTermRetention(timeLimit());
    }
    return b.build();
  }

  private RetentionPeriod retentionPeriod() {
    var b =
        RetentionPeriod.builder()
            .dataCategory(pick(DATA))
            .from(pick(DeadlineTrigger.values()))
            .addAllClauses(clauses())
            .quote(quote());
    boolean period = random.nextBoolean();
    if (period) {
      b.period(timeLimit());
    }
    if (!period || random.nextBoolean()) {
      b.description(pick("tot intrekking van de toestemming", "until the account is closed"));
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
            .addAllMethods(upTo(3, () -> pick(AuditMethod.values())))
            .reportsFirst(random.nextBoolean())
            .addAllExcludedAuditors(upTo(1, () -> pick(ExcludedAuditor.values())))
            .addAllAuditConditions(upTo(3, () -> pick(AuditCondition.values())))
            .supervisoryAuthorityAccess(random.nextBoolean())
            .addAllConditions(conditions("/auditRight", "/informationOnRequest"))
            .addAllClauses(clauses())
            .quote(quote());
    if (notice) {
      b.notice(timeLimit());
    }
    if (random.nextBoolean()) {
      b.maxPerYear(1 + random.nextInt(4));
    }
    if (random.nextInt(4) == 0) {
      b.maxInformationRequestsPerYear(1 + random.nextInt(4));
    }
    if (random.nextInt(4) == 0) {
      b.recordsKeptFor(timeLimit());
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
            .capCombination(pick(CapCombination.values()))
            .claimantsLimitedToParties(random.nextBoolean())
            .addAllExcludedDamages(upTo(3, () -> pick(DamageKind.values())))
            .intentCarveOut(random.nextBoolean())
            .noticeOfDefaultRequired(random.nextBoolean())
            .addAllIndemnities(
                upTo(
                    DEFAULT_MAX_LIST_SIZE,
                    () ->
                        Indemnity.builder()
                            .indemnitor(pick(LiableParty.values()))
                            .text(pick(SENTENCES))
                            .addAllClauses(clauses())
                            .quote(quote())
                            .build()))
            .addAllConditions(conditions("/caps", "/indemnities"))
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
            .liableParty(pick(LiableParty.values()))
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
      case INSURANCE_PAYOUT:
      case UNLIMITED:
        if (random.nextBoolean()) {
          b.matters(pick("data protection breaches", "indemnities", "opzet of grove schuld"));
        }
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
            .deemedConsentUnlessObjection(random.nextBoolean())
            .standardClausesInvariable(random.nextBoolean())
            .addAllConditions(conditions("/mode"))
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
    if (random.nextBoolean()) {
      b.objectionWindow(timeLimit());
    }
    return b.build();
  }

  private TerminationTerms termination() {
    return TerminationTerms.builder()
        .coverage(coverage())
        .controllerSuspendRight(random.nextBoolean())
        .controllerTerminateForBreach(random.nextBoolean())
        .addAllOtherTerminationRights(upTo(DEFAULT_MAX_LIST_SIZE, this::provision))
        .agreementDuration(pick(ProcessingDuration.values()))
        .addAllConditions(conditions("/controllerSuspendRight"))
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
            .followsMainAgreement(random.nextBoolean())
            .processorCompliesWithLaw(random.nextBoolean())
            .addAllNoticeChannels(upTo(2, () -> pick(NoticeChannel.values())))
            .addAllConditions(conditions("/forum"))
            .addAllClauses(clauses())
            .quote(quote());
    if (random.nextBoolean()) {
      b.governingLaw(pick("Nederlands recht", "Dutch law", "Belgisch recht"));
    }
    if (random.nextBoolean()) {
      b.forum(pick("Rechtbank Noord-Holland", "de bevoegde rechter te Groningen"));
    }
    if (random.nextBoolean() && !open(GOVERNING_LAW)) {
      b.governingLawJurisdiction(Jurisdiction.parse(pick("NL", "BE", "US-NY", "GB-ENG")));
    }
    if (random.nextBoolean()) {
      b.forumJurisdiction(Jurisdiction.parse(pick("NL", "BE", "US-NY", "GB-ENG")));
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
    var b = DocumentRef.builder().kind(pick(DocumentKind.values()));
    if (random.nextBoolean()) {
      b.title(pick("Hoofdovereenkomst", "Algemene voorwaarden", "Terms of use"));
    }
    if (random.nextInt(4) == 0) {
      b.version(pick("1.0", "v3", "2024-01"));
    }
    if (random.nextInt(4) == 0) {
      b.url(pick("https://example.com/subprocessors", "www.voorbeeld.nl/voorwaarden"));
    }
    if (random.nextInt(4) == 0) {
      b.date(date());
    }
    if (random.nextInt(4) == 0) {
      b.publisher(pick("SIVON", "Common Paper", "European Commission"));
    }
    return b.build();
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
    boolean setBy = random.nextInt(6) == 0;
    if (setBy) {
      b.setBy(documentRef());
    }
    if ((qualifier == DeadlineQualifier.NONE && !setBy) || random.nextBoolean()) {
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
