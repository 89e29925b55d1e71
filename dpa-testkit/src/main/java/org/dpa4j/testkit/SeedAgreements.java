package org.dpa4j.testkit;

import static org.dpa4j.testkit.Seeds.callRecords;
import static org.dpa4j.testkit.Seeds.flagged;
import static org.dpa4j.testkit.Seeds.plain;
import static org.dpa4j.testkit.Seeds.quoted;
import static org.dpa4j.testkit.Seeds.refs;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.dpa4j.model.AgreementDate;
import org.dpa4j.model.AgreementKind;
import org.dpa4j.model.AgreementMetadata;
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
import org.dpa4j.model.audit.AuditScope;
import org.dpa4j.model.audit.AuditTerms;
import org.dpa4j.model.audit.AuditTrigger;
import org.dpa4j.model.audit.Auditor;
import org.dpa4j.model.breach.BreachContent;
import org.dpa4j.model.breach.BreachNotification;
import org.dpa4j.model.breach.SuspectedBreaches;
import org.dpa4j.model.law.AppliedLaw;
import org.dpa4j.model.law.DataProtectionLaw;
import org.dpa4j.model.liability.CapBasis;
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
import org.dpa4j.model.value.VatNumber;

/**
 * The five real Dutch data processing agreements of the reference corpus, written down clause by
 * clause as model instances.
 *
 * <p>Each follows the seed text in {@code shared/seeds/} and the typed facts of the rule
 * catalogue's oracle (§6). Where the two differ, the seed text wins; a comment says so at the spot.
 * Clause references are the seed's own numbers, or its headings where it has no numbers (Digiteam).
 * Instances are built on each call; they are immutable and equal between calls.
 */
public final class SeedAgreements {

  private static final String NL_LAW = "Nederlands recht";
  private static final Jurisdiction NL = Jurisdiction.parse("NL");

  /** What both liability caps of VoIP Express (10.1) apply to. */
  private static final String VOIP_EXPRESS_CAP_MATTERS =
      "attributable failure to perform this DPA or to comply with data protection law";

  private SeedAgreements() {}

  /**
   * Returns every seed by its short name, in corpus order: {@code hallo}, {@code voip-express},
   * {@code ipcall}, {@code callvoip}, {@code digiteam}.
   *
   * @return the seeds by name, in corpus order
   */
  public static Map<String, Supplier<DataProcessingAgreement>> all() {
    return Map.ofEntries(
        Map.entry("hallo", SeedAgreements::hallo),
        Map.entry("voip-express", SeedAgreements::voipExpress),
        Map.entry("ipcall", SeedAgreements::ipcallMe),
        Map.entry("callvoip", SeedAgreements::callvoip),
        Map.entry("digiteam", SeedAgreements::digiteam));
  }

  /**
   * Returns the short names of the seeds in corpus order.
   *
   * @return {@code hallo, voip-express, ipcall, callvoip, digiteam}
   */
  public static List<String> names() {
    return List.of("hallo", "voip-express", "ipcall", "callvoip", "digiteam");
  }

  /**
   * Articles 2.1 (the processor sees to compliance with the law, the AVG included) and 13 of the
   * template that hallo and Callvoip share.
   */
  private static GeneralProvisions dutchLawCourtOfProcessorsDistrict() {
    return GeneralProvisions.builder()
        .governingLaw(NL_LAW)
        .governingLawJurisdiction(NL)
        .forum("de bevoegde rechter voor het arrondissement waarin Verwerker gevestigd is")
        .forumJurisdiction(NL)
        .processorCompliesWithLaw(true)
        .addAllClauses(refs("2.1", "13.1", "13.2"))
        .build();
  }

  /** "Voor zover dat binnen haar macht ligt" on DPIA assistance (2.5 of the shared template). */
  private static Condition withinProcessorsPower(String clause) {
    return other("/dpia", "only as far as it lies within the processor's power", clause);
  }

  /** A condition of kind other, in our words, on a duty of its section. */
  private static Condition other(String duty, String description, String... clauses) {
    return Condition.builder()
        .kind(ConditionKind.OTHER)
        .duty(duty)
        .description(description)
        .addAllClauses(refs(clauses))
        .build();
  }

  /** A condition of a typed kind on a duty of its section. */
  private static Condition condition(ConditionKind kind, String duty, String... clauses) {
    return Condition.builder().kind(kind).duty(duty).addAllClauses(refs(clauses)).build();
  }

  /** Article 1.3 of the template four seeds share: the data stay the controller's property. */
  private static OtherClause ownershipClause(String heading) {
    return OtherClause.of(
        "1.3",
        heading,
        "De persoonsgegevens blijven eigendom van Verwerkingsverantwoordelijke en/of de"
            + " betreffende betrokkenen.");
  }

  private static org.dpa4j.model.parties.ImmutableParty.Builder placeholderController(
      String description, String definedTerm, String... clauses) {
    return Party.builder()
        .role(PartyRole.CONTROLLER)
        .placeholder(true)
        .description(description)
        .definedTerm(definedTerm)
        .addAllClauses(refs(clauses));
  }

  private static org.dpa4j.model.parties.ImmutableParty.Builder processor() {
    return Party.builder().role(PartyRole.PROCESSOR);
  }

  /**
   * Seed 000: hallo Nederland BV, "hallo, verwerkers- overeenkomst", version 1.1, September 2023.
   *
   * @return the agreement
   */
  public static DataProcessingAgreement hallo() {
    return DataProcessingAgreement.builder()
        .metadata(
            AgreementMetadata.builder()
                .title("hallo, verwerkers- overeenkomst")
                .version("1.1")
                .addDates(AgreementDate.of(DateKind.DOCUMENT, PartialDate.parse("2023-09")))
                .formation(Formation.INCORPORATED_IN_MAIN_AGREEMENT)
                .addAllClauses(refs("12.1", "Ondertekening"))
                .quote(
                    "Ondertekening van deze verwerkersovereenkomst vindt plaats door middel van het"
                        + " ondertekenen van de hoofdovereenkomst waar dit document onderdeel van"
                        + " uitmaakt.")
                .build())
        .processor(
            processor()
                .legalName("hallo Nederland BV")
                .legalForm("BV")
                .kind(PartyKind.ORGANISATION)
                .addTradeNames("hallo")
                .definedTerm("Verwerker")
                .addRegistrations(Registration.of(KvkNumber.of("37130161")))
                .address(Address.builder().city("Alkmaar").country(CountryCode.of("NL")).build())
                .addAllClauses(refs("1"))
                .build())
        .addLaws(
            AppliedLaw.builder()
                .law(DataProtectionLaw.GDPR)
                .addAllClauses(refs("preamble", "2.1", "6.1", "Bijlage 1"))
                .build())
        .controller(
            placeholderController(
                    "een relatie aan wie zij diensten levert", "Verwerkingsverantwoordelijke", "1")
                .build())
        .scope(
            ProcessingScope.builder()
                .dataOwnedByController(true)
                .addClauses(ClauseRef.of("1.3"))
                .subjectMatter("ICT-dienstverlening")
                .addServices(
                    "SIP trunking",
                    "VoIP",
                    "Mobiele telefonie",
                    "Internet",
                    "IP-VPN",
                    "werkplek (Office365)",
                    "Security",
                    "Server",
                    "Firewall",
                    "WiFi",
                    "IT Adoptie",
                    "Back-up")
                .duration(ProcessingDuration.COTERMINOUS_WITH_MAIN_AGREEMENT)
                .addPurposes("Het leveren van (een deel) de hierboven genoemde dienst(en)")
                .purposeExtension(PurposeExtension.RELATED_OR_FURTHER_CONSENT)
                .processorOwnUse(
                    ProcessorOwnUse.builder()
                        .policy(OwnUsePolicy.PROHIBITED)
                        .addAllClauses(refs("9.1"))
                        .quote(
                            "zelfs niet wanneer deze in een zodanige vorm is gebracht zodat deze"
                                + " niet tot betrokkenen herleidbaar is")
                        .build())
                // Seed text wins over the oracle's shortened labels: the categories are verbatim.
                .addDataSubjectCategories(
                    DataSubjectCategory.of(
                        "Verwerkersverantwoordelijke", DataSubjectKind.CONTACT_PERSONS),
                    DataSubjectCategory.of(
                        "Leveranciers verwerkersverantwoordelijke", DataSubjectKind.SUPPLIERS),
                    DataSubjectCategory.of(
                        "Eindgebruikers verwerkersverantwoordelijke", DataSubjectKind.END_USERS),
                    DataSubjectCategory.of(
                        "Medewerkers of (tijdelijk) ingehuurd krachten verwerkersverantwoordelijke",
                        DataSubjectKind.EMPLOYEES))
                .addAllPersonalDataCategories(
                    plain(
                        "Zakelijke gegevens",
                        "Bijlage 1",
                        "Bedrijfsgegevens",
                        "NAW-gegevens",
                        "Telefoonnummer",
                        "(Zakelijk) E-mailadres",
                        "KvK nummer",
                        "IBAN rekeningnummer",
                        "BIC"))
                .addAllPersonalDataCategories(
                    plain(
                        "Naar een (contact) persoon herleidbare gegevens",
                        "Bijlage 1",
                        "NAW-gegevens",
                        "Telefoonnummer",
                        "Emailadres",
                        "Geboortedatum",
                        "Gegevens identiteitsbewijs",
                        "Geslacht"))
                .addAllPersonalDataCategories(hallosServiceData())
                .dataListExhaustive(false)
                .specialCategories(SpecialCategoriesStance.NONE_DECLARED)
                .addAllClauses(refs("1.1", "1.2", "12.2", "Bijlage 1"))
                .quote(
                    "De soort gegevens die o.a. worden gedeeld (indien van toepassing en"
                        + " afhankelijk van de geleverde diensten)")
                .build())
        .instructions(
            Instructions.builder()
                .onlyOnInstructions(true)
                .documented(false)
                .legalRequirementNotice(LegalRequirementNotice.ABSENT)
                .infringingInstructionNotice(InfringingInstructionNotice.IMMEDIATE)
                .personnelBound(true)
                .addControllerWarranties(
                    quoted(
                        "The content, use and instruction of the processing are lawful and"
                            + " infringe no right of third parties.",
                        "Verwerkingsverantwoordelijke garandeert dat de inhoud, het gebruik en de"
                            + " opdracht tot de verwerkingen van de persoonsgegevens ... niet"
                            + " onrechtmatig zijn en geen inbreuk maken op enig recht van derden.",
                        "4.3"))
                .addResponsibilityDisclaimers(
                    quoted(
                        "Not responsible for other processing, including collection by the"
                            + " controller and processing by third parties.",
                        "verwerkingen door derden en/of voor andere doeleinden, is Verwerker"
                            + " uitdrukkelijk niet verantwoordelijk",
                        "4.2"))
                .addAllClauses(refs("1.2", "2.3", "2.4", "4.2"))
                .build())
        .confidentiality(
            Confidentiality.builder()
                .personnel(ObligationStrength.OBLIGATION)
                .legalObligationException(true)
                .discretionaryDisclosureException(true)
                .addAllClauses(refs("2.3", "9.1", "9.2"))
                .quote(
                    "indien het verstrekken van de informatie aan derden logischerwijs noodzakelijk"
                        + " is gezien de aard van de verstrekte opdracht")
                .build())
        .security(
            SecurityTerms.builder()
                .commitment(ObligationStrength.OBLIGATION)
                .standard(SecurityStandard.APPROPRIATE)
                .addMeasures(
                    SecurityMeasure.of(
                        "Logische toegangscontrole, gebruik makend van: sterke wachtwoorden,"
                            + " multifactor authenticatie persoonsgebonden toegangspasjes,"
                            + " biometrische verificatie",
                        MeasureCategory.ACCESS_CONFIDENTIALITY_INTEGRITY),
                    SecurityMeasure.of(
                        "Automatische logging van alle handelingen rond de persoonsgegevens",
                        MeasureCategory.LOGGING),
                    SecurityMeasure.of(
                        "Fysieke maatregelen voor toegangsbeveiliging", MeasureCategory.PHYSICAL),
                    SecurityMeasure.of(
                        "Encryptie (versleuteling) van digitale bestanden met persoonsgegevens",
                        MeasureCategory.PSEUDONYMISATION_ENCRYPTION),
                    SecurityMeasure.of(
                        "Organisatorische maatregelen voor toegangsbeveiliging",
                        MeasureCategory.ORGANISATIONAL_POLICY),
                    SecurityMeasure.of(
                        "Informatiebeveiligingsbeleid", MeasureCategory.ORGANISATIONAL_POLICY),
                    SecurityMeasure.of(
                        "Awareness programma", MeasureCategory.ORGANISATIONAL_POLICY),
                    SecurityMeasure.of(
                        "Steekproefsgewijze controle op naleving beleid",
                        MeasureCategory.TESTING_EVALUATION),
                    SecurityMeasure.of(
                        "Beveiliging van netwerkverbindingen via Secure Socket Layer (SSL)"
                            + " technologie",
                        MeasureCategory.NETWORK),
                    SecurityMeasure.of("Een beveiligd intern netwerk", MeasureCategory.NETWORK),
                    SecurityMeasure.of(
                        "Een inbraakwerende kluis voor het bewaren van persoonsgegevens",
                        MeasureCategory.PHYSICAL),
                    SecurityMeasure.of(
                        "Doelgebonden toegangsbeperkingen",
                        MeasureCategory.ACCESS_CONFIDENTIALITY_INTEGRITY),
                    SecurityMeasure.of(
                        "Controle op toegekende bevoegdheden",
                        MeasureCategory.ACCESS_CONFIDENTIALITY_INTEGRITY))
                .measuresExhaustive(false)
                .addFrameworks("de richtsnoeren", "artikel 32 AVG")
                .riskFactorsReferenced(true)
                .addAllClauses(refs("6.1", "6.2"))
                .build())
        .subProcessing(
            SubProcessingTerms.builder()
                .authorisation(SubProcessorAuthorisation.GENERAL_IMPLICIT)
                .changeNoticeRequired(false)
                .objectionRight(ObjectionRight.ABSENT)
                .listDisclosure(ListDisclosure.NONE)
                .flowDown(FlowDown.ADEQUATE_PROTECTION_ONLY)
                .processorLiability(SubProcessorLiability.FULL)
                .thirdPartyDisclaimer(ThirdPartyDisclaimer.UNQUALIFIED)
                .addAllClauses(refs("5.1", "4.2"))
                .quote(
                    "Verwerker mag in het kader van deze verwerkersovereenkomst gebruik maken van"
                        + " derden (sub-verwerkers) onder voorwaarde dat deze voor een passend"
                        + " beschermingsniveau heeft gezorgd.")
                .build())
        .transfers(
            TransferTerms.builder()
                .policy(TransferPolicy.ALLOWED_CONDITIONAL)
                .addMechanisms(
                    TransferMechanism.ADEQUACY_DECISION,
                    TransferMechanism.DPF,
                    TransferMechanism.APPROPRIATE_SAFEGUARDS)
                .addAllClauses(refs("3.1"))
                .quote(
                    "wanneer er sprake is van een passend beschermingsniveau (zoals het Data"
                        + " Privacy Framework met de VS) of indien de sub- verwerker voor"
                        + " voldoende waarborgen heeft gezorgd")
                .build())
        .dataSubjectRequests(
            DataSubjectRequests.builder()
                .mode(DataSubjectRequestMode.FORWARD_ONLY)
                .processorMayInformSubject(true)
                .addAllClauses(refs("8.1"))
                .build())
        .assistance(
            Assistance.builder()
                .dpia(AssistanceLevel.QUALIFIED)
                .addConditions(withinProcessorsPower("2.5"))
                .addAllClauses(refs("2.5"))
                .quote("voor zover dat binnen haar macht ligt")
                .build())
        // The text names no starting event for the "redelijke termijn"; the oracle's AWARENESS is
        // an inference, so the seed text wins: NOT_STATED.
        .breachNotification(
            BreachNotification.builder()
                .processorNotifies(true)
                .deadline(
                    Deadline.qualified(
                        DeadlineQualifier.REASONABLE_PERIOD, DeadlineTrigger.NOT_STATED))
                .suspectedBreaches(SuspectedBreaches.INCLUDED)
                .addContent(
                    BreachContent.FACT,
                    BreachContent.NATURE_CATEGORIES_NUMBERS,
                    BreachContent.CONTACT_POINT,
                    BreachContent.LIKELY_CONSEQUENCES,
                    BreachContent.MEASURES)
                .addControllerDuties(
                    Provision.of(
                        "The controller notifies the supervisory authority and data subjects.",
                        "7.1"))
                .addAllClauses(refs("7.1", "7.2"))
                .quote(
                    "stelt Verwerker de Verwerkingsverantwoordelijke binnen een redelijke termijn"
                        + " op de hoogte van het beveiligingslek en/of het datalek")
                .build())
        .endOfProcessing(
            EndOfProcessing.builder()
                .disposition(EndDisposition.CONTROLLER_CHOICE)
                .copiesCovered(true)
                .addAllClauses(refs("12.3"))
                .build())
        .audit(
            AuditTerms.builder()
                .informationOnRequest(true)
                .auditRight(true)
                .auditor(Auditor.INDEPENDENT_THIRD_PARTY_ONLY)
                .addAuditConditions(AuditCondition.CONFIDENTIALITY_UNDERTAKING)
                .scope(AuditScope.SECURITY_AND_MISUSE)
                .trigger(AuditTrigger.ANY_TIME)
                .priorNoticeRequired(true)
                .costBearer(AuditCostBearer.CONTROLLER_EXCEPT_PROCESSOR_STAFF)
                .findings(AuditFindings.PROCESSOR_DISCRETION)
                .addAllClauses(refs("2.2", "10.1", "10.2", "10.3", "10.4", "10.5"))
                .build())
        .liability(
            LiabilityTerms.builder()
                .coverage(Coverage.byReference(DocumentRef.of(DocumentKind.GENERAL_TERMS)))
                .addCaps(
                    LiabilityCap.builder()
                        .kind(LiabilityCapKind.EXTERNAL_REFERENCE)
                        .document(
                            DocumentRef.of(
                                DocumentKind.GENERAL_TERMS, "algemene voorwaarden van Verwerker"))
                        .addAllClauses(refs("11.1"))
                        .build())
                .addAllClauses(refs("11.1"))
                .build())
        .amendment(
            AmendmentTerms.builder().mode(AmendmentMode.MUTUAL).addAllClauses(refs("12.4")).build())
        .termination(
            TerminationTerms.builder()
                .agreementDuration(ProcessingDuration.COTERMINOUS_WITH_MAIN_AGREEMENT)
                .addAllClauses(refs("12.2"))
                .build())
        .general(dutchLawCourtOfProcessorsDistrict())
        .addOtherClauses(
            OtherClause.of(
                "4.1",
                "Verdeling van verantwoordelijkheid",
                "Verwerker stelt ICT-middelen ter beschikking; Verwerker verricht zelf alleen op"
                    + " basis van aparte afspraken verwerkingen."),
            OtherClause.of(
                "Bijlage 1",
                "Specificatie persoonsgegevens en betrokkenen",
                "Verwerker hanteert tevens de afgesloten verwerkersovereenkomsten met haar"
                    + " leveranciers, waarin dit onderwerp conform de AVG is vastgelegd."))
        .build();
  }

  private static List<org.dpa4j.model.processing.PersonalDataCategory> hallosServiceData() {
    String g = "Gegevens uit diensten";
    String c = "Bijlage 1";
    return List.of(
        flagged(g, c, "(Publiek) IP-adres en MAC-adres toestel", false, false),
        flagged(g, c, "Gebruikersnaam en wachtwoord", false, false),
        flagged(g, c, "Naam en telefoonnummers", false, false),
        callRecords(g, c, "Gebruiksgegevens (met wie, waar, wanneer en hoeveel is gebeld)", false),
        flagged(g, c, "Geluidsopnames (call recording)", true, false),
        flagged(g, c, "Simkaartnummer", false, false),
        flagged(g, c, "Mobiel Telefoonnummer", false, false),
        flagged(g, c, "Toestelnummer (IMEI)", false, false),
        flagged(g, c, "Service ID / Line ID / Device ID", false, false),
        flagged(g, c, "Abonnements informatie", false, false),
        flagged(g, c, "URL", false, true),
        flagged(g, c, "Bezochte websites", false, true),
        flagged(g, c, "Bekeken programma's", false, true),
        flagged(g, c, "Locatiegegevens in verschillende vormen", false, true),
        flagged(g, c, "Communicatie content", true, false),
        flagged(g, c, "E-mail", true, false),
        flagged(g, c, "Chatverkeer", true, false),
        flagged(g, c, "CRM-gegevens", false, false));
  }

  /**
   * Seed 001: VoIP Express (Focused2Create), "Verwerkersovereenkomst VoIP Express", version 1.0.
   *
   * @return the agreement
   */
  public static DataProcessingAgreement voipExpress() {
    return DataProcessingAgreement.builder()
        .metadata(
            AgreementMetadata.builder()
                .title("Verwerkersovereenkomst VoIP Express")
                .version("1.0")
                .formation(Formation.INCORPORATED_IN_MAIN_AGREEMENT)
                .precedenceOverMainAgreement(Precedence.UNCLEAR)
                .addDraftingNotes(
                    "Article numbering skips article 6: article 5 is followed by article 7.")
                .addAllClauses(refs("preamble", "11.5"))
                .quote(
                    "Bij tegenstrijdigheden met de huidige wet- en regelgeving treedt de"
                        + " Verwerkersovereenkomst in werking.")
                .build())
        // The text writes "VoIP Express (Focused2Create)": VoIP Express is the name the agreement
        // is known by, Focused2Create the company behind it.
        .processor(
            processor()
                .legalName("Focused2Create")
                .addTradeNames("VoIP Express")
                .definedTerm("Verwerker")
                .addRegistrations(Registration.of(KvkNumber.of("58801944")))
                .addAllClauses(refs("preamble"))
                .build())
        .addLaws(
            AppliedLaw.builder()
                .law(DataProtectionLaw.GDPR)
                .addAllClauses(refs("2.1", "7.4"))
                .build())
        .controller(
            placeholderController(
                    "een wederpartij aan wie zij diensten levert",
                    "Verwerkingsverantwoordelijke",
                    "preamble")
                .build())
        .scope(
            ProcessingScope.builder()
                .dataOwnedByController(true)
                .addClauses(ClauseRef.of("1.3"))
                .subjectMatter(
                    "het afnemen en/of gebruiken van de diensten welke Verwerker aanbiedt, het"
                        + " afhandelen van bestellingen en betalingen voor producten of diensten"
                        + " van Verwerkingsverantwoordelijke, het in de 'cloud' opslaan van"
                        + " gegevens van Verwerkingsverantwoordelijke, en bijbehorende online"
                        + " diensten")
                .duration(ProcessingDuration.COTERMINOUS_WITH_MAIN_AGREEMENT)
                .addPurposes(
                    "het afnemen en/of gebruiken van de diensten welke Verwerker aanbiedt",
                    "het afhandelen van bestellingen en betalingen voor producten of diensten van"
                        + " Verwerkingsverantwoordelijke",
                    "het in de 'cloud' opslaan van gegevens van Verwerkingsverantwoordelijke",
                    "bijbehorende online diensten")
                .purposeExtension(PurposeExtension.RELATED_OR_FURTHER_CONSENT)
                .processorOwnUse(
                    ProcessorOwnUse.builder()
                        .policy(OwnUsePolicy.PROHIBITED)
                        .addAllClauses(refs("8.1"))
                        .build())
                .addDataSubjectCategories(
                    DataSubjectCategory.of("Klanten", DataSubjectKind.CUSTOMERS))
                .addAllPersonalDataCategories(
                    plain(
                        null,
                        "Bijlage 1",
                        "NAW-gegevens",
                        "Telefoonnummer",
                        "E-mailadres",
                        "Financiële gegevens",
                        "Bedrijfsnaam",
                        "Wachtwoord"))
                .addPersonalDataCategories(callRecords(null, "Bijlage 1", "Belhistorie", false))
                .dataListExhaustive(true)
                .specialCategories(SpecialCategoriesStance.LABEL_ONLY_AMBIGUOUS)
                .addAllClauses(refs("1.1", "1.2", "11.1", "Bijlage 1"))
                .quote("de volgende (bijzondere) persoonsgegevens verwerken")
                .build())
        .instructions(
            Instructions.builder()
                .onlyOnInstructions(true)
                .infringingInstructionNotice(InfringingInstructionNotice.PRESENT_NOT_IMMEDIATE)
                .personnelBound(true)
                .addControllerWarranties(
                    Provision.of(
                        "The content, use and instruction of the processing are lawful and"
                            + " infringe no right of third parties.",
                        "3.3"),
                    Provision.of(
                        "The personal data and data subjects in annex 1 are complete and correct.",
                        "Bijlage 1"))
                .addResponsibilityDisclaimers(
                    Provision.of(
                        "Not responsible for other processing, including processing by third"
                            + " parties.",
                        "3.2"))
                .addAllClauses(refs("1.2", "2.3", "2.4", "3.2"))
                .quote(
                    "De Verwerker zal de Verwerkingsverantwoordelijke op de hoogte stellen indien"
                        + " een door Verwerkingsverantwoordelijke gegeven instructie volgens"
                        + " Verwerker in strijd is met de vigerende wet- en regelgeving")
                .build())
        .confidentiality(
            Confidentiality.builder()
                .personnel(ObligationStrength.OBLIGATION)
                .legalObligationException(true)
                .discretionaryDisclosureException(true)
                .addAllClauses(refs("2.3", "8.1", "8.2"))
                .build())
        .security(
            SecurityTerms.builder()
                .commitment(ObligationStrength.BEST_EFFORTS)
                .standard(SecurityStandard.NOT_UNREASONABLE)
                .effectivenessDisclaimer(true)
                .controllerAcknowledgesAdequacy(true)
                // 5.1 names the art. 32(2) risks: loss, unauthorised access, alteration,
                // disclosure.
                .riskFactorsReferenced(true)
                .addAllClauses(refs("5.1", "5.2", "5.3"))
                .quote(
                    "Verwerker staat er niet voor in dat de beveiliging onder alle omstandigheden"
                        + " doeltreffend is.")
                .build())
        .subProcessing(
            SubProcessingTerms.builder()
                .authorisation(SubProcessorAuthorisation.GENERAL_EXPLICIT)
                .changeNoticeRequired(true)
                .objectionRight(ObjectionRight.CONDITIONAL)
                .objectionEffect(ObjectionEffect.NEGOTIATE_THEN_TERMINATE)
                .objectionTerminationNotice(TimeLimit.ofDays(1))
                .listDisclosure(ListDisclosure.ON_REQUEST)
                .processorMayExtendList(true)
                .flowDown(FlowDown.CONDITIONAL)
                .processorLiability(SubProcessorLiability.LIMITED_TO_RECOVERABLE)
                .subSubProcessorVisibilityDisclaimer(true)
                .thirdPartyDisclaimer(ThirdPartyDisclaimer.UNQUALIFIED)
                .addConditions(
                    condition(ConditionKind.REASONABLE_GROUNDS_REQUIRED, "/objectionRight", "4.2"))
                .addAllClauses(refs("4.1", "4.2", "4.4", "4.5", "10.1", "3.2"))
                .quote(
                    "Indien en voor zover het in voorgaand lid bedoeld bezwaar redelijk en gegrond"
                        + " is")
                .build())
        .transfers(
            TransferTerms.builder()
                .policy(TransferPolicy.ALLOWED_WITH_CONSENT)
                .addExemptions(TransferExemption.LISTED_SUBPROCESSORS)
                .addAllClauses(refs("4.3"))
                .quote(
                    "Dit geldt niet voor doorgifte aan de sub-verwerkers zoals opgenomen in de lijst"
                        + " zoals bedoeld in artikel 4.1.")
                .build())
        .dataSubjectRequests(
            DataSubjectRequests.builder()
                .mode(DataSubjectRequestMode.FORWARD_ONLY)
                .processorMayInformSubject(true)
                .addAllClauses(refs("7.4"))
                .build())
        .assistance(
            Assistance.builder()
                .dpia(AssistanceLevel.QUALIFIED)
                .addConditions(withinProcessorsPower("2.5"))
                .addAllClauses(refs("2.5"))
                .build())
        // No starting event in the text ("onmiddellijk, in ieder geval binnen achtenveertig (48)
        // uur"): NOT_STATED.
        .breachNotification(
            BreachNotification.builder()
                .processorNotifies(true)
                .deadline(
                    Deadline.of(
                        DeadlineQualifier.IMMEDIATELY,
                        TimeLimit.ofHours(48),
                        DeadlineTrigger.NOT_STATED))
                .suspectedBreaches(SuspectedBreaches.EXCLUDED)
                .addContent(
                    BreachContent.FACT,
                    BreachContent.NATURE_CATEGORIES_NUMBERS,
                    BreachContent.LIKELY_CONSEQUENCES,
                    BreachContent.MEASURES)
                .addControllerDuties(
                    Provision.of(
                        "The controller notifies the supervisory authority and data subjects.",
                        "7.1"))
                .addAllClauses(refs("7.1", "7.2", "7.3"))
                .quote(
                    "Een melding moet altijd worden gedaan, maar alleen als de gebeurtenis zich"
                        + " daadwerkelijk voorgedaan heeft.")
                .build())
        // "Na afloop vernietigt Verwerker de persoonsgegevens": copies are not named, the oracle
        // reads destruction of "de persoonsgegevens" as covering them.
        .endOfProcessing(
            EndOfProcessing.builder()
                .disposition(EndDisposition.DELETE_DEFAULT_RETURN_ON_REQUEST)
                .copiesCovered(true)
                .certification(true)
                .certificationOnRequestOnly(true)
                .addAllClauses(refs("11.1"))
                .build())
        .retention(
            RetentionTerms.builder()
                .duringTerm(RetentionDuringTerm.CONTROLLER_DETERMINES_WITH_MECHANISM)
                .deletionOnRequestCharged(true)
                .addConditions(
                    other(
                        "/deletionOnRequestCharged",
                        "only where the deletion is not part of an agreement between the parties",
                        "11.3"))
                .addAllClauses(refs("11.3"))
                .build())
        .audit(
            AuditTerms.builder()
                .informationOnRequest(true)
                .auditRight(true)
                .auditor(Auditor.INDEPENDENT_THIRD_PARTY_ONLY)
                .addAuditConditions(AuditCondition.CONFIDENTIALITY_UNDERTAKING)
                .scope(AuditScope.ALL_OBLIGATIONS)
                .trigger(AuditTrigger.SUSPICION_AMBIGUOUS)
                .costBearer(AuditCostBearer.CONTROLLER_INCL_PROCESSOR_COSTS)
                .findings(AuditFindings.MUTUAL)
                .addAllClauses(refs("2.2", "9.1", "9.2", "9.3", "9.4", "9.5"))
                .quote(
                    "Deze audit mag plaatsvinden bij een concreet vermoeden van misbruik van"
                        + " persoonsgegevens.")
                .build())
        .liability(
            LiabilityTerms.builder()
                .addCaps(
                    LiabilityCap.builder()
                        .kind(LiabilityCapKind.EXTERNAL_REFERENCE)
                        .document(DocumentRef.of(DocumentKind.MAIN_AGREEMENT, "Hoofdovereenkomst"))
                        .matters(VOIP_EXPRESS_CAP_MATTERS)
                        .addAllClauses(refs("10.1"))
                        .build(),
                    LiabilityCap.builder()
                        .kind(LiabilityCapKind.FEES)
                        .feeMonths(12)
                        .fallback(true)
                        .matters(VOIP_EXPRESS_CAP_MATTERS)
                        .addAllClauses(refs("10.1"))
                        .quote(
                            "in een periode van twaalf (12) maanden voorafgaand aan het"
                                + " schadeveroorzakende voorval aan Verwerkingsverantwoordelijke"
                                + " exclusief BTW in rekening heeft gebracht")
                        .build())
                .intentCarveOut(true)
                .addIndemnities(
                    Indemnity.of(
                        LiableParty.CONTROLLER,
                        "Claims resulting from an incorrect description of the data in annex 1.",
                        "Bijlage 1"))
                .addAllClauses(refs("10.1", "Bijlage 1"))
                .build())
        .amendment(
            AmendmentTerms.builder()
                .mode(AmendmentMode.UNILATERAL_WITH_NOTICE_AND_EXIT)
                .notice(TimeLimit.ofMonths(1))
                .controllerExitNotice(TimeLimit.ofDays(1))
                .addAllClauses(refs("11.2"))
                .quote(
                    "Zij zal minimaal één maand van tevoren mededeling doen van de wijzigingen aan"
                        + " Verwerkingsverantwoordelijke. Verwerkingsverantwoordelijke mag dagelijks"
                        + " opzeggen")
                .build())
        .termination(
            TerminationTerms.builder()
                .addOtherTerminationRights(
                    Provision.of(
                        "The controller may terminate with one day's notice when no solution to an"
                            + " objection to a sub-processor is found.",
                        "4.2"),
                    Provision.of("The controller may terminate daily after an amendment.", "11.2"))
                .agreementDuration(ProcessingDuration.COTERMINOUS_WITH_MAIN_AGREEMENT)
                .addAllClauses(refs("4.2", "11.1", "11.2"))
                .build())
        .general(
            GeneralProvisions.builder()
                .governingLaw(NL_LAW)
                .governingLawJurisdiction(NL)
                .forum("de bevoegde rechter in het arrondissement waarin Verwerker gevestigd is")
                .forumJurisdiction(NL)
                .processorCompliesWithLaw(true)
                .addAllClauses(refs("2.1", "11.4"))
                .build())
        .addOtherClauses(
            OtherClause.of(
                "3.1",
                "Verdeling van verantwoordelijkheid",
                "Verwerker stelt ICT-middelen ter beschikking; Verwerker verricht zelf alleen op"
                    + " basis van aparte afspraken verwerkingen."),
            OtherClause.of(
                "11.6",
                "Overige bepalingen",
                "De verplichtingen uit deze Verwerkersovereenkomst gelden tevens voor"
                    + " dochterondernemingen en/of andere handelsnamen van Partijen."))
        .build();
  }

  /**
   * Seed 002: ipcall.me, "VERWERKERSOVEREENKOMST" (7 pages, no version or date).
   *
   * @return the agreement
   */
  public static DataProcessingAgreement ipcallMe() {
    return DataProcessingAgreement.builder()
        .metadata(
            AgreementMetadata.builder()
                .title("VERWERKERSOVEREENKOMST")
                .formation(Formation.SIGNED_STANDALONE)
                .precedenceOverMainAgreement(Precedence.DPA_PREVAILS)
                .addReplaces(
                    DocumentRef.of(
                        DocumentKind.OTHER,
                        "eerder gemaakte afspraken tussen Partijen ten aanzien van de verwerking"
                            + " van persoonsgegevens"))
                .addAllClauses(refs("12.1", "13.1", "13.2"))
                .build())
        .processor(
            processor()
                .addTradeNames("ipcall.me")
                .definedTerm("Verwerker")
                .addAllClauses(refs("preamble"))
                .build())
        .addLaws(
            AppliedLaw.builder()
                .law(DataProtectionLaw.GDPR)
                .addAllClauses(refs("preamble", "1.4", "2.1", "7.1"))
                .build())
        .controller(
            placeholderController("u als klant", "Verwerkingsverantwoordelijke", "preamble")
                .build())
        .scope(
            ProcessingScope.builder()
                .dataOwnedByController(true)
                .addClauses(ClauseRef.of("1.3"))
                .subjectMatter("diensten met betrekking tot de applicatie ipcall.me")
                .duration(ProcessingDuration.COTERMINOUS_WITH_MAIN_AGREEMENT)
                .addPurposes(
                    "het verwerken van de persoonsgegevens ter uitvoering van de diensten die"
                        + " onderdeel uitmaken van de overeenkomst tussen Verwerker en"
                        + " Verwerkingsverantwoordelijke")
                .purposeExtension(PurposeExtension.RELATED_OR_FURTHER_CONSENT)
                .processorOwnUse(
                    ProcessorOwnUse.builder()
                        .policy(OwnUsePolicy.ALLOWED)
                        .addPurposes(
                            "kwaliteitsdoeleinden, zoals het enquêteren van de betrokkenen of het"
                                + " doen van wetenschappelijk of statistisch onderzoek naar de"
                                + " kwaliteit van haar dienstverlening")
                        .addAllClauses(refs("1.2"))
                        .build())
                .addDataSubjectCategories(
                    DataSubjectCategory.of(
                        "Gebruikers en subgebruikers", DataSubjectKind.END_USERS))
                .addAllPersonalDataCategories(
                    plain(
                        "Gewone persoonsgegevens",
                        "Bijlage 1",
                        "NAW-gegevens",
                        "Telefoonnummer",
                        "E-mailadres",
                        "Bezoekgedrag",
                        "IP-adres",
                        "Handtekening"))
                .dataListExhaustive(false)
                .specialCategories(SpecialCategoriesStance.NONE_DECLARED)
                .addAllClauses(refs("1.1", "1.2", "12.2", "Bijlage 1"))
                .quote("Gewone persoonsgegevens, zoals:")
                .build())
        .instructions(
            Instructions.builder()
                .onlyOnInstructions(true)
                .legalRequirementNotice(LegalRequirementNotice.EXCEPTION_WITHOUT_NOTICE)
                .infringingInstructionNotice(InfringingInstructionNotice.ABSENT)
                .personnelBound(true)
                .addControllerWarranties(
                    Provision.of(
                        "The processing is lawful under art. 6 AVG and infringes no rights of data"
                            + " subjects.",
                        "1.4"),
                    Provision.of("The controller's instructions lead to lawful processing.", "2.1"),
                    Provision.of(
                        "The content, use and instruction of the processing infringe no right of"
                            + " third parties.",
                        "2.3"))
                .addResponsibilityDisclaimers(
                    Provision.of(
                        "Responsible only for the processing under this agreement, on the"
                            + " controller's instructions.",
                        "2.4"))
                .addAllClauses(refs("1.2", "2.1", "2.2"))
                .quote(
                    "Verwerker zal de persoonsgegevens niet voor enig ander doel verwerken dan zoals"
                        + " door Verwerkingsverantwoordelijke is vastgesteld, tenzij hiervoor een"
                        + " wettelijke plicht bestaat.")
                .build())
        .confidentiality(
            Confidentiality.builder()
                .personnel(ObligationStrength.BEST_EFFORTS)
                .legalObligationException(true)
                .discretionaryDisclosureException(true)
                .addAllClauses(refs("8.1", "8.2", "8.3"))
                .quote("Verwerker spant zich ervoor in")
                .build())
        .security(
            SecurityTerms.builder()
                .commitment(ObligationStrength.BEST_EFFORTS)
                .standard(SecurityStandard.NOT_UNREASONABLE)
                .effectivenessDisclaimer(true)
                .riskFactorsReferenced(true)
                .controllerAcknowledgesAdequacy(true)
                .addConditions(
                    other(
                        "/standard",
                        "only where the agreement describes no security expressly",
                        "5.2"))
                .addAllClauses(refs("5.1", "5.2", "5.3"))
                .build())
        .subProcessing(
            SubProcessingTerms.builder()
                .authorisation(SubProcessorAuthorisation.GENERAL_EXPLICIT)
                .changeNoticeRequired(false)
                .objectionRight(ObjectionRight.CONDITIONAL)
                .objectionEffect(ObjectionEffect.NOT_STATED)
                .listDisclosure(ListDisclosure.ON_REQUEST)
                .flowDown(FlowDown.ABSENT)
                .processorLiability(SubProcessorLiability.ABSENT)
                .addConditions(
                    other(
                        "/objectionRight",
                        "only where the use of the notified third party is unacceptable to the"
                            + " controller",
                        "4.2"))
                .addAllClauses(refs("4.1", "4.2"))
                .quote(
                    "Verwerkingsverantwoordelijke mag bezwaar maken indien het gebruik van een"
                        + " specifieke gemelde derde onaanvaardbaar voor Verwerkingsverantwoordelijke"
                        + " is.")
                .build())
        .transfers(
            TransferTerms.builder()
                .policy(TransferPolicy.EU_ONLY)
                .addAllClauses(refs("3.1"))
                .quote("Doorgifte naar landen buiten de Europese Unie is verboden.")
                .build())
        .dataSubjectRequests(
            DataSubjectRequests.builder()
                .mode(DataSubjectRequestMode.FORWARD_ONLY)
                .processorMayInformSubject(true)
                .costsToController(true)
                // "zijn/haar wettelijke rechten (artikel 15-22 AVG)": the rights of art. 15 to 22.
                .addRights(
                    DataSubjectRight.ACCESS,
                    DataSubjectRight.RECTIFICATION,
                    DataSubjectRight.ERASURE,
                    DataSubjectRight.RESTRICTION,
                    DataSubjectRight.PORTABILITY,
                    DataSubjectRight.OBJECTION,
                    DataSubjectRight.AUTOMATED_DECISIONS)
                .addAllClauses(refs("7.1", "7.2"))
                .build())
        .breachNotification(
            BreachNotification.builder()
                .processorNotifies(true)
                .deadline(Deadline.within(TimeLimit.ofHours(48), DeadlineTrigger.AWARENESS))
                .suspectedBreaches(SuspectedBreaches.INCLUDED)
                .addContent(BreachContent.ALL_RELEVANT_INFO, BreachContent.MEASURES)
                .addControllerDuties(
                    Provision.of(
                        "The controller notifies the supervisory authority within 72 hours,"
                            + " incomplete if need be, and completes the notification in steps.",
                        "6.3"))
                .addAllClauses(refs("6.1", "6.2", "6.3"))
                .quote(
                    "uiterlijk binnen 48 uur nadat een datalek bij haar bekend is geworden op de"
                        + " hoogte van het beveiligingsincident en/of het datalek")
                .build())
        .endOfProcessing(
            EndOfProcessing.builder()
                .disposition(EndDisposition.CONTROLLER_CHOICE)
                .copiesCovered(true)
                .addAllClauses(refs("12.3"))
                .build())
        .retention(
            RetentionTerms.builder()
                .duringTerm(RetentionDuringTerm.DEFINED)
                .postTermRetention(TimeLimit.ofYears(2))
                .addAllClauses(refs("10.1", "10.2"))
                .quote(
                    "Een bewaartermijn van twee jaren daarna wordt door Partijen redelijk gevonden.")
                .build())
        .audit(
            AuditTerms.builder()
                .informationOnRequest(false)
                .auditRight(true)
                .auditor(Auditor.INDEPENDENT_THIRD_PARTY_ONLY)
                .addAuditConditions(AuditCondition.CONFIDENTIALITY_UNDERTAKING)
                .scope(AuditScope.SECURITY_ONLY)
                .trigger(AuditTrigger.SUSPICION_ONLY)
                .maxPerYear(1)
                .priorNoticeRequired(true)
                .notice(TimeLimit.ofDays(30))
                .noDisruption(true)
                .costBearer(AuditCostBearer.CONTROLLER_INCL_PROCESSOR_COSTS)
                .findings(AuditFindings.PROCESSOR_DISCRETION)
                .addAllClauses(refs("9.1", "9.2", "9.3", "9.4", "9.5"))
                .quote(
                    "Deze audit mag uitsluitend plaatsvinden bij een concreet vermoeden van misbruik"
                        + " van persoonsgegevens.")
                .build())
        .liability(
            LiabilityTerms.builder()
                .addCaps(
                    LiabilityCap.builder()
                        .kind(LiabilityCapKind.EXTERNAL_REFERENCE)
                        .document(
                            DocumentRef.of(
                                DocumentKind.MAIN_AGREEMENT, "overeenkomst ter zake de diensten"))
                        .addAllClauses(refs("11.2"))
                        .build(),
                    LiabilityCap.builder()
                        .kind(LiabilityCapKind.EXTERNAL_REFERENCE)
                        .document(DocumentRef.of(DocumentKind.TERMS_OF_USE, "Gebruiksvoorwaarden"))
                        .addAllClauses(refs("11.2"))
                        .build())
                // Indirect damage is excluded only "bij gebreke daarvan", failing a cap elsewhere.
                .addExcludedDamages(
                    DamageKind.INDIRECT,
                    DamageKind.LOST_PROFITS,
                    DamageKind.REPUTATION,
                    DamageKind.BUSINESS_INTERRUPTION)
                .addConditions(
                    other(
                        "/excludedDamages",
                        "only where neither the services agreement nor the terms of use limit the"
                            + " processor's liability",
                        "11.2"))
                .finesClause(FinesClause.CONTROLLER_BEARS_ATTRIBUTABLE)
                .addFinesConditions(
                    Provision.of(
                        "The controller informs the processor of any investigation that could lead"
                            + " to a fine.",
                        "11.1 a"),
                    Provision.of(
                        "The controller acts and communicates towards the authority in consultation"
                            + " with the processor.",
                        "11.1 b"),
                    Provision.of(
                        "The controller objects to and appeals fines where there is reason to.",
                        "11.1 c"))
                .addAllClauses(refs("11.1", "11.2"))
                .build())
        .amendment(
            AmendmentTerms.builder()
                .mode(AmendmentMode.MUTUAL_WRITTEN)
                .addAllClauses(refs("12.4"))
                .build())
        .termination(
            TerminationTerms.builder()
                .agreementDuration(ProcessingDuration.COTERMINOUS_WITH_MAIN_AGREEMENT)
                .addAllClauses(refs("12.2"))
                .build())
        .general(
            GeneralProvisions.builder()
                .governingLaw(NL_LAW)
                .governingLawJurisdiction(NL)
                .forum(
                    "de rechter van het arrondissement waar Verwerker feitelijk bij het aangaan van"
                        + " de Overeenkomst is gevestigd")
                .forumJurisdiction(NL)
                .forumExclusive(true)
                .severability(true)
                .survival(true)
                .addAllClauses(refs("12.5", "14.1", "15.1", "15.2"))
                .build())
        .build();
  }

  /**
   * Seed 003: Tijdhof Consulting trading as Callvoip, "Verwerkersovereenkomst" v270526RT.
   *
   * @return the agreement
   */
  public static DataProcessingAgreement callvoip() {
    return DataProcessingAgreement.builder()
        .metadata(
            AgreementMetadata.builder()
                .title("Verwerkersovereenkomst")
                // Opaque, perhaps a ddmmyy date code; kept as written, not interpreted.
                .version("v270526RT")
                .formation(Formation.SIGNED_STANDALONE)
                .addDraftingNotes(
                    "Clause 4.3 ends in a stray fragment ('opdracht van"
                        + " Verwerkingsverantwoordelijke;')")
                .addAllClauses(refs("12.1"))
                .build())
        .processor(
            processor()
                .legalName("Tijdhof Consulting")
                .addTradeNames("Callvoip")
                .definedTerm("Verwerker")
                .addRegistrations(Registration.of(KvkNumber.of("02066541")))
                .vatNumber(VatNumber.parse("NL1041.63.252.B01"))
                .address(
                    Address.builder()
                        .street("Koldingweg 19-1")
                        .postcode("9723 HL")
                        .city("Groningen")
                        .country(CountryCode.of("NL"))
                        .build())
                .postalAddress(
                    Address.builder()
                        .postbox("Postbus 5236")
                        .postcode("9700 GE")
                        .city("Groningen")
                        .country(CountryCode.of("NL"))
                        .build())
                .addContacts(
                    Contact.builder()
                        .kind(ContactKind.GENERAL)
                        .addEmails("callvoip@callvoip.nl")
                        .addPhones("(050) 820 00 00")
                        .addFaxes("(050) 820 00 08")
                        .addAllClauses(refs("letterhead"))
                        .build(),
                    Contact.builder()
                        .kind(ContactKind.SALES)
                        .addEmails("aanvraag@callvoip.nl")
                        .addAllClauses(refs("letterhead"))
                        .build())
                .website("www.callvoip.nl")
                .iban("NL66INGB0005041280")
                .bic("INGBNL2A")
                .addAllClauses(refs("preamble", "letterhead"))
                .build())
        .addLaws(
            AppliedLaw.builder()
                .law(DataProtectionLaw.GDPR)
                .addAllClauses(refs("preamble", "2.1", "3.1", "7.1", "Bijlage 2", "Bijlage 3"))
                .build())
        .addDefinitions(
            Definition.builder()
                .term("opslag")
                .meaning(
                    "permanently keeping personal data in databases, file systems, back-ups or"
                        + " other forms of persistent storage")
                .addAllClauses(refs("3.1"))
                .build(),
            Definition.builder()
                .term("directe schade")
                .meaning(
                    "only damage to tangible property; reasonable, demonstrable costs of calling on"
                        + " the processor to perform the DPA properly; reasonable costs of"
                        + " establishing the cause and extent of the direct damage; reasonable,"
                        + " demonstrable costs of preventing or limiting it")
                .addAllClauses(refs("11.2"))
                .build(),
            Definition.builder()
                .term("indirecte schade")
                .meaning(
                    "all damage that is not direct damage, including consequential loss, lost"
                        + " profit, missed savings, reduced goodwill, business interruption, damage"
                        + " from not determining marketing purposes, damage related to data or"
                        + " files the controller prescribed, and loss, reduction or destruction of"
                        + " data or files")
                .addAllClauses(refs("11.3"))
                .build(),
            Definition.builder()
                .term("subverwerkers")
                .meaning(
                    "the material external service providers the processor engages to process"
                        + " personal data on its behalf")
                .addAllClauses(refs("Bijlage 2", "Bijlage 3"))
                .build(),
            Definition.builder()
                .term("Eindgebruikersgegevens")
                .meaning(
                    "personal data of persons who interact with the platform, including what is"
                        + " spoken or written in calls or fax transmissions, call metadata (such as"
                        + " caller ID, call duration and timestamps), voicemail recordings and fax"
                        + " content")
                .addAllClauses(refs("Bijlage 3"))
                .build())
        .controller(
            placeholderController(
                    "een wederpartij aan wie zij diensten levert",
                    "Verwerkingsverantwoordelijke",
                    "preamble")
                .build())
        .scope(
            ProcessingScope.builder()
                .dataOwnedByController(true)
                .addClauses(ClauseRef.of("1.3"))
                .subjectMatter("Cloud communicatiediensten")
                .nature(
                    "De toegestane verwerkingen zullen door medewerkers van Verwerker worden"
                        + " uitgevoerd binnen een geautomatiseerde omgeving.")
                .duration(ProcessingDuration.COTERMINOUS_WITH_MAIN_AGREEMENT)
                .purposeExtension(PurposeExtension.RELATED_OR_FURTHER_CONSENT)
                .processorOwnUse(
                    ProcessorOwnUse.builder()
                        .policy(OwnUsePolicy.ANONYMISED_ONLY)
                        .addPurposes("kwaliteitsdoeleinden")
                        .addConditions(
                            "deze gegevens zijn voorafgaand aan het gebruik volledig en"
                                + " onomkeerbaar geanonimiseerd")
                        .addAllClauses(refs("1.2"))
                        .build())
                .addDataSubjectCategories(
                    DataSubjectCategory.of("Klanten", DataSubjectKind.CUSTOMERS),
                    DataSubjectCategory.of(
                        "Werknemers/medewerkers van klanten", DataSubjectKind.EMPLOYEES),
                    DataSubjectCategory.of(
                        "Gebelde en bellende partijen", DataSubjectKind.COMMUNICATION_PARTIES))
                .addAllPersonalDataCategories(
                    plain(
                        null,
                        "Bijlage 1",
                        "Telefoonnummer",
                        "E-mailadres",
                        "IP-adres",
                        "NAW-gegevens"))
                // Seed text wins over the oracle's shortened "Call Detail Records".
                .addPersonalDataCategories(
                    flagged(null, "Bijlage 1", "Voicemailberichten", true, false),
                    flagged(null, "Bijlage 1", "Faxberichten", true, false),
                    callRecords(
                        null,
                        "Bijlage 1",
                        "Gespreksgegevens telefoongesprekken (Call Detail Records)",
                        false),
                    flagged(
                        null,
                        "Bijlage 1",
                        "Opgenomen telefoongesprekken (Call Recording)",
                        true,
                        false),
                    callRecords(
                        null, "Bijlage 1", "Signalisatie en audio van telefoongesprekken", true))
                .dataListExhaustive(true)
                .specialCategories(SpecialCategoriesStance.LABEL_ONLY_AMBIGUOUS)
                .addAllClauses(refs("1.1", "4.1", "12.2", "Bijlage 1"))
                .quote("de volgende (bijzondere) persoonsgegevens verwerken")
                .build())
        .instructions(
            Instructions.builder()
                .onlyOnInstructions(true)
                .infringingInstructionNotice(InfringingInstructionNotice.IMMEDIATE)
                .personnelBound(true)
                .addControllerWarranties(
                    Provision.of(
                        "Content and use are lawful, the instruction breaks no law, the processing"
                            + " infringes no third-party rights, and every legal basis is present.",
                        "4.3"),
                    Provision.of(
                        "The personal data and data subjects in annex 1 are complete and correct.",
                        "Bijlage 1"))
                .addResponsibilityDisclaimers(
                    Provision.of(
                        "Not responsible for the lawfulness of collection, for unreported purposes,"
                            + " for third parties the controller contracts directly, or for"
                            + " wrong, incomplete or unlawful instructions.",
                        "4.2"),
                    Provision.of(
                        "The customer chooses and configures its AI providers itself and bears full"
                            + " responsibility that personal data processed or transferred there"
                            + " comply with the law; Callvoip only facilitates the technical"
                            + " integration and has no control over or insight into their"
                            + " processing.",
                        "Bijlage 3"))
                .addAllClauses(refs("2.3", "2.4", "4.2"))
                .build())
        .confidentiality(
            Confidentiality.builder()
                .personnel(ObligationStrength.OBLIGATION)
                .legalObligationException(true)
                .discretionaryDisclosureException(true)
                .addAllClauses(refs("2.3", "9.1", "9.2"))
                .build())
        .security(
            SecurityTerms.builder()
                .commitment(ObligationStrength.BEST_EFFORTS)
                .standard(SecurityStandard.APPROPRIATE)
                .effectivenessDisclaimer(true)
                .addMeasures(
                    SecurityMeasure.of("Een beveiligd intern netwerk", MeasureCategory.NETWORK),
                    SecurityMeasure.of(
                        "Fysieke maatregelen voor toegangsbeveiliging", MeasureCategory.PHYSICAL),
                    SecurityMeasure.of(
                        "Organisatorische maatregelen voor toegangsbeveiliging",
                        MeasureCategory.ORGANISATIONAL_POLICY),
                    SecurityMeasure.of(
                        "Steekproefsgewijze controle op naleving beleid",
                        MeasureCategory.TESTING_EVALUATION))
                .riskFactorsReferenced(true)
                .controllerAcknowledgesAdequacy(true)
                .addConditions(
                    other(
                        "/standard",
                        "only where the DPA lacks an expressly described security measure",
                        "6.3"))
                .addAllClauses(refs("6.1", "6.2", "6.3", "6.4"))
                .build())
        .subProcessing(
            SubProcessingTerms.builder()
                .authorisation(SubProcessorAuthorisation.GENERAL_EXPLICIT)
                .changeNoticeRequired(true)
                .objectionRight(ObjectionRight.CONDITIONAL)
                .objectionEffect(ObjectionEffect.NOT_STATED)
                .listDisclosure(ListDisclosure.ANNEXED)
                .addSubProcessors(
                    SubProcessor.builder()
                        .name("Kwebbl")
                        .purpose(
                            "VoIP platform Administratieve werkzaamheden met betrekking tot"
                                + " nationale, internationale en servicenummers.")
                        .addDataCategories("Naam", "telefoonnummer(s)", "e-mail", "adres", "CDR's")
                        .contractStatus(ContractStatus.CONFIRMED)
                        .addAllClauses(refs("Bijlage 2"))
                        .build(),
                    SubProcessor.builder()
                        .name("Google Workspace")
                        .purpose("Mail/Cloud opslag")
                        .addDataCategories("Naam", "e-mail", "documenten")
                        .contractStatus(ContractStatus.CONFIRMED)
                        .addAllClauses(refs("Bijlage 2"))
                        .build(),
                    SubProcessor.builder()
                        .name("RedCactus")
                        .purpose("VoIP CRM integratie")
                        .addDataCategories("Naam", "telefoonnummer", "Call log")
                        .optional(true)
                        .contractStatus(ContractStatus.CONFIRMED)
                        .addAllClauses(refs("Bijlage 3"))
                        .build(),
                    // The annex's opening sentence claims contracts with all listed parties, but
                    // the "Verwerkersovereenkomst afgesloten" column is empty for Mistral and
                    // OpenAI: no contract is confirmed for them.
                    SubProcessor.builder()
                        .name("Mistral")
                        .purpose(
                            "Gesprekstrascriptie en generatief AI taalmodel voor een AI"
                                + " gespreks-samenvatting (dataverwerking in de EU)")
                        .addDataCategories("Eindgebruikersgegevens")
                        .country(CountryCode.of("FR"))
                        .addProcessingLocations(CountryCode.EU)
                        .optional(true)
                        .contractStatus(ContractStatus.NOT_STATED)
                        .addAllClauses(refs("Bijlage 3"))
                        .build(),
                    SubProcessor.builder()
                        .name("OpenAI")
                        .purpose(
                            "Gesprekstrascriptie en generatief AI taalmodel voor een AI"
                                + " gespreks-samenvatting")
                        .addDataCategories("Eindgebruikersgegevens")
                        .country(CountryCode.of("US"))
                        .optional(true)
                        .contractStatus(ContractStatus.NOT_STATED)
                        .addAllClauses(refs("Bijlage 3"))
                        .build())
                .flowDown(FlowDown.SAME_OBLIGATIONS)
                .controllerMayInspectContracts(true)
                .processorLiability(SubProcessorLiability.EXCLUDED_FOR_SOME)
                .roleAmbiguity(true)
                .thirdPartyDisclaimer(ThirdPartyDisclaimer.CONTROLLER_CONTRACTED_ONLY)
                .addConditions(
                    other(
                        "/objectionRight",
                        "only where the use of the notified third party is unacceptable to the"
                            + " controller",
                        "5.1"))
                .addAllClauses(refs("5.1", "5.2", "5.3", "4.2", "Bijlage 2", "Bijlage 3"))
                .quote(
                    "Callvoip is niet aansprakelijk voor enig handelen of nalaten van AI-aanbieders"
                        + " of integraties van derden die door de klant zijn gekozen")
                .build())
        .transfers(
            TransferTerms.builder()
                .policy(TransferPolicy.ALLOWED_CONDITIONAL)
                .addMechanisms(TransferMechanism.PROCESSOR_SELF_ASSESSMENT)
                .addConditions(
                    other(
                        "/policy",
                        "the processor meets its other obligations under this DPA and the GDPR",
                        "3.1"))
                .storageGuaranteedInEea(true)
                .addHostingLocations(CountryCode.EU, CountryCode.EEA)
                .remoteAccessFromThirdCountry(true)
                .processorReportsCountries(true)
                .storageLocationsOnRequest(true)
                .addSafeguards(
                    Provision.of(
                        "No permanent storage of personal data outside the EU/EEA.", "3.2"),
                    Provision.of("Access only over encrypted connections.", "3.2"),
                    Provision.of("Access limited to the functional minimum.", "3.2"),
                    Provision.of(
                        "The processor weighs duration, countries of origin and destination, the"
                            + " law and professional rules there, and the security measures"
                            + " observed.",
                        "3.3"))
                .addAllClauses(refs("3.1", "3.2", "3.3"))
                .quote(
                    "permanent worden bewaard op servers die fysiek gevestigd zijn binnen de"
                        + " Europese Unie (EU) of de Europese Economische Ruimte (EER)")
                .build())
        .dataSubjectRequests(
            DataSubjectRequests.builder()
                .mode(DataSubjectRequestMode.JOINT_HANDLING)
                .addAllClauses(refs("8.1"))
                .build())
        .assistance(
            Assistance.builder()
                .dpia(AssistanceLevel.QUALIFIED)
                .addConditions(withinProcessorsPower("2.5"))
                .addAllClauses(refs("2.5"))
                .build())
        .breachNotification(
            BreachNotification.builder()
                .processorNotifies(true)
                .deadline(
                    Deadline.of(
                        DeadlineQualifier.WITHOUT_UNDUE_DELAY,
                        TimeLimit.ofHours(72),
                        DeadlineTrigger.DISCOVERY))
                .addContent(
                    BreachContent.FACT,
                    BreachContent.NATURE_CATEGORIES_NUMBERS,
                    BreachContent.CONTACT_POINT,
                    BreachContent.LIKELY_CONSEQUENCES,
                    BreachContent.MEASURES,
                    BreachContent.ALL_RELEVANT_INFO)
                .addAllClauses(refs("7.1", "7.2", "7.3"))
                .quote("onverwijld, doch uiterlijk binnen 72 uur na ontdekking")
                .build())
        .endOfProcessing(
            EndOfProcessing.builder()
                .disposition(EndDisposition.CONTROLLER_CHOICE)
                .copiesCovered(true)
                .addAllClauses(refs("12.3"))
                .build())
        .audit(
            AuditTerms.builder()
                .informationOnRequest(true)
                .auditRight(true)
                .auditor(Auditor.INDEPENDENT_THIRD_PARTY_ONLY)
                .addAuditConditions(
                    AuditCondition.CONFIDENTIALITY_UNDERTAKING,
                    AuditCondition.NO_ACCESS_TO_OTHER_CUSTOMERS)
                .addConditions(
                    other(
                        "/auditRight",
                        "access to systems and staff only as far as the audit's objectives require",
                        "10.3"))
                .scope(AuditScope.ALL_OBLIGATIONS)
                .trigger(AuditTrigger.REGULAR_PLUS_EVENTS)
                .maxPerYear(1)
                .addAdditionalTriggers(
                    Provision.of("een datalek zoals bedoeld in artikel 7", "10.2"),
                    Provision.of(
                        "een concrete en onderbouwde aanwijzing van misbruik van persoonsgegevens,"
                            + " ondersteund door bewijsmateriaal",
                        "10.2"),
                    Provision.of(
                        "een verplichting opgelegd door een toezichhoudende autoriteit", "10.2"))
                .priorNoticeRequired(true)
                .notice(TimeLimit.ofWeeks(4))
                .addNoticeContents(
                    "de scope en doelstelling van de audit",
                    "de identiteit en kwalificaties van de auditpartij",
                    "de voorgenomen data en geschatte duur")
                .noDisruption(true)
                .costBearer(AuditCostBearer.CONTROLLER_UNSPECIFIED)
                .findings(AuditFindings.PROCESSOR_DISCRETION)
                .addAllClauses(refs("2.2", "10.1", "10.2", "10.3", "10.4", "10.5"))
                .build())
        .liability(
            LiabilityTerms.builder()
                .excludedEntirely(true)
                .addCaps(
                    LiabilityCap.builder()
                        .kind(LiabilityCapKind.FEES)
                        .feeMonths(1)
                        .basis(CapBasis.PER_EVENT)
                        .addAllClauses(refs("11.1"))
                        .quote("over de maand voorafgaande aan de schadeveroorzakende gebeurtenis")
                        .build(),
                    LiabilityCap.builder()
                        .kind(LiabilityCapKind.FIXED_AMOUNT)
                        .amount(Money.euros("10000.00"))
                        .basis(CapBasis.IN_TOTAL)
                        .addAllClauses(refs("11.1"))
                        .quote("in totaal nooit meer bedragen dan € 10.000,00")
                        .build())
                .directDamageDefined(true)
                .addExcludedDamages(
                    DamageKind.INDIRECT,
                    DamageKind.LOST_PROFITS,
                    DamageKind.DATA_LOSS,
                    DamageKind.REPUTATION,
                    DamageKind.BUSINESS_INTERRUPTION)
                .intentCarveOut(true)
                .claimBar(TimeLimit.ofMonths(12))
                .noticeOfDefaultRequired(true)
                .addIndemnities(
                    Indemnity.of(
                        LiableParty.CONTROLLER,
                        "Claims resulting from an incorrect description of the data in annex 1.",
                        "Bijlage 1"),
                    Indemnity.of(
                        LiableParty.CONTROLLER,
                        "All third-party claims, including data subjects and supervisory"
                            + " authorities, arising from the AI providers and integrations the"
                            + " customer chose.",
                        "Bijlage 3"))
                .addAllClauses(refs("11.1", "11.2", "11.3", "11.4", "11.5", "11.6"))
                .build())
        .amendment(
            AmendmentTerms.builder().mode(AmendmentMode.MUTUAL).addAllClauses(refs("12.4")).build())
        .termination(
            TerminationTerms.builder()
                .agreementDuration(ProcessingDuration.COTERMINOUS_WITH_MAIN_AGREEMENT)
                .addAllClauses(refs("12.2"))
                .build())
        .general(dutchLawCourtOfProcessorsDistrict())
        .addOtherClauses(
            OtherClause.of(
                "Bijlage 3",
                "Derde Partij verwerkers voor optioneel door de klant gekozen diensten",
                "De informatie in deze tabel wordt uitsluitend ter referentie verstrekt, zonder"
                    + " enige garantie met betrekking tot de juistheid of volledigheid ervan."
                    + " Callvoip beoordeelt of verifieert de naleving of compliance-status van de"
                    + " vermelde aanbieders niet."))
        .build();
  }

  /**
   * Seed 004: Digiteam, "Data protect statement / verwerkersovereenkomst", version 1.1, May 2018.
   *
   * <p>The text has no article numbers; clause references are its headings, and the numbered list
   * under "Verplichtingen Digiteam" as {@code "Verplichtingen Digiteam 3"}.
   *
   * @return the agreement
   */
  public static DataProcessingAgreement digiteam() {
    String duties = "Verplichtingen Digiteam";
    return DataProcessingAgreement.builder()
        .metadata(
            AgreementMetadata.builder()
                .title("Data protect statement / verwerkersovereenkomst - Digiteam")
                .version("1.1")
                .addDates(AgreementDate.of(DateKind.DOCUMENT, PartialDate.parse("2018-05")))
                .documentKind(AgreementKind.HYBRID_PRIVACY_STATEMENT_AND_DPA)
                .formation(Formation.INCORPORATED_IN_MAIN_AGREEMENT)
                .partOfMainAgreement(true)
                .rejectsControllerTerms(true)
                .addAllClauses(refs("Algemeen", "Looptijd"))
                .quote(
                    "De toepasselijkheid van verwerkersovereenkomsten van Opdrachtgever wordt"
                        + " uitdrukkelijk van de hand gewezen.")
                .build())
        // "Opdrachtgever, dan wel diens klant, is de verwerkingsverantwoordelijke": the customer
        // may
        // itself process for its own client, Digiteam then being a sub-processor.
        .processor(
            processor()
                .addTradeNames("Digiteam")
                .addAlsoActsAs(PartyRole.SUB_PROCESSOR)
                .definedTerm("Verwerker")
                .addAllClauses(refs("Algemeen", duties))
                .build())
        .controller(
            placeholderController("Opdrachtgever, dan wel diens klant", "Opdrachtgever", "Algemeen")
                .addAlsoActsAs(PartyRole.PROCESSOR)
                .build())
        .addLaws(
            AppliedLaw.builder()
                .law(DataProtectionLaw.GDPR)
                .addAllClauses(refs("Algemeen", "Looptijd", "Telefonie", duties + " 4"))
                .build())
        .addDefinitions(
            Definition.builder()
                .term("cookie")
                .meaning(
                    "a small text file stored on the visitor's computer, tablet or smartphone when"
                        + " visiting a website or web application")
                .addAllClauses(refs("Cookies, of vergelijkbare technieken, die wij gebruiken"))
                .build())
        .scope(
            ProcessingScope.builder()
                // A paraphrase: the text describes the services in prose ("Algemeen").
                .subjectMatter(
                    "platformen voor telefonie, website, e-mail, clouddiensten of andere door"
                        + " Digiteam geleverde softwaretools, en technische ondersteuning")
                .addServices(
                    "Telefonie",
                    "Websites, software, clouddiensten en email",
                    "Technische ondersteuning op hardware, software anders dan hierboven"
                        + " beschreven, en andere ICT diensten")
                .duration(ProcessingDuration.COTERMINOUS_WITH_MAIN_AGREEMENT)
                .addPurposes(
                    "het faciliteren van de gesprekken",
                    "opslag in de door Digiteam gefaciliteerde datasystemen",
                    "support, onderhoud en beveiligingsmaatregelen",
                    "technische ondersteuning met toegang tot de datasystemen van de klant")
                .purposeExtension(PurposeExtension.NONE)
                .addAllPersonalDataCategories(
                    List.of(
                        callRecords(
                            null,
                            "Telefonie",
                            "gespreksgegevens: dat er gebeld is tussen bepaalde nummers, hoe lang en"
                                + " wanneer",
                            false),
                        flagged(null, "Telefonie", "opgenomen gesprekken", true, false),
                        flagged(null, "Telefonie", "audio van gesprekken", true, false),
                        flagged(
                            null,
                            "Websites, software, clouddiensten en email",
                            "gegevens die de klant opslaat in de gefaciliteerde datasystemen",
                            true,
                            false),
                        flagged(
                            null,
                            "Technische ondersteuning op hardware, software anders dan hierboven"
                                + " beschreven, en andere ICT diensten",
                            "persoonsgegevens op de datasystemen van de klant",
                            false,
                            false)))
                .dataListExhaustive(false)
                .specialCategories(SpecialCategoriesStance.EXCLUDED_BY_DESIGN)
                .addDeclaredExclusions(
                    quoted(
                        "The services are not designed for special categories or criminal data;"
                            + " processing them is at the customer's own judgment.",
                        "niet ingericht op de verwerking van bijzondere categorieën van"
                            + " Persoonsgegevens of gegevens betreffende strafrechtelijke"
                            + " veroordelingen of strafbare feiten",
                        "Beveiliging",
                        "Verantwoordelijkheid opdrachtgever"))
                .controllerRoleProcessing(
                    ControllerRoleProcessing.builder()
                        .addPurposes(
                            "Je te kunnen bellen of e-mailen indien dit nodig is om onze"
                                + " dienstverlening uit te kunnen voeren",
                            "Je te informeren over wijzigingen van onze diensten en producten",
                            "Het juist kunnen administreren van abonnementen en andere diensten",
                            "Het juist kunnen factureren en incasseren van onze diensten",
                            "Terugbetalingen en/of uitbetalingen te kunnen doen wanneer nodig",
                            "Het bijhouden van een dossier met daarin de noodzakelijke gegevens",
                            "Het bijhouden van onze werkzaamheden aan jouw diensten of producten",
                            "Het bijhouden van aankoopdata, teneinde een juiste garantieafhandeling"
                                + " te kunnen faciliteren",
                            "Het kunnen inloggen op je systemen wanneer wij onderhoud of support"
                                + " voor je uitvoeren")
                        .addAllDataCategories(
                            plain(
                                null,
                                "Uw klantgegevens",
                                "NAW gegevens (naam, adres)",
                                "Geslacht",
                                "Contactgegevens (telefoonnummers, mailadressen)",
                                "Aankoophistorie en servicehistorie",
                                "Contracten, overeenkomsten en machtigingen al dan niet voorzien van"
                                    + " handtekening",
                                "Bankrekeningnummers",
                                "Wachtwoorden of toegangscode's wanneer nodig"))
                        .addDataSubjectCategories(
                            DataSubjectCategory.of("Klanten", DataSubjectKind.CUSTOMERS))
                        .addAllClauses(refs("Uw klantgegevens"))
                        .build())
                .addAllClauses(
                    refs(
                        "Algemeen",
                        "Looptijd",
                        "Telefonie",
                        "Websites, software, clouddiensten en email",
                        "Verwerkingsdoelen"))
                .quote(
                    "die uitsluitend ten behoeve van de eerder genoemde taken worden verwerkt en niet"
                        + " buiten dit verwerkingsdoel geschieden")
                .build())
        .instructions(
            Instructions.builder()
                .onlyOnInstructions(true)
                .documented(true)
                .legalRequirementNotice(LegalRequirementNotice.EXCEPTION_WITHOUT_NOTICE)
                .infringingInstructionNotice(InfringingInstructionNotice.ABSENT)
                .personnelBound(true)
                .addControllerWarranties(
                    Provision.of(
                        "The controller acts in line with the AVG, secures its systems and its"
                            + " processing infringes no right of a third party.",
                        "Algemeen"))
                .addResponsibilityDisclaimers(
                    Provision.of(
                        "Recorded calls remain the customer's responsibility.", "Telefonie"),
                    Provision.of(
                        "The customer is responsible for the data it stores in the data systems.",
                        "Websites, software, clouddiensten en email"),
                    Provision.of(
                        "The customer is itself responsible for its data systems.",
                        "Technische ondersteuning op hardware, software anders dan hierboven"
                            + " beschreven, en andere ICT diensten"),
                    Provision.of(
                        "Settings, software and configuration the customer changes are its own"
                            + " responsibility.",
                        "Verantwoordelijkheid opdrachtgever"))
                .addAllClauses(refs("Algemeen", "Geheimhouding", duties + " 5"))
                .quote(
                    "overeenkomstig de met Digiteam overeengekomen schriftelijke instructies van"
                        + " Opdrachtgever")
                .build())
        .confidentiality(
            Confidentiality.builder()
                .personnel(ObligationStrength.OBLIGATION)
                .legalObligationException(true)
                .discretionaryDisclosureException(false)
                .addAllClauses(refs("Geheimhouding", "Websites, software, clouddiensten en email"))
                .quote(
                    "Digiteam waarborgt dat de personen die onder zijn verantwoordelijkheid"
                        + " Persoonsgegevens verwerken een geheimhoudingsplicht hebben.")
                .build())
        .security(
            SecurityTerms.builder()
                .commitment(ObligationStrength.BEST_EFFORTS)
                .standard(SecurityStandard.REASONABLY_EXPECTED)
                .addMeasures(
                    SecurityMeasure.of(
                        "Het op regelmatige basis installeren van (beveiligings)updates",
                        MeasureCategory.MALWARE_PATCHING),
                    SecurityMeasure.of(
                        "Het gebruik maken van software die voorziet in de bescherming tegen"
                            + " virussen, malware, etc.",
                        MeasureCategory.MALWARE_PATCHING),
                    SecurityMeasure.of(
                        "Het beveiligen tegen “brute force” aanvallen",
                        MeasureCategory.ACCESS_CONFIDENTIALITY_INTEGRITY),
                    SecurityMeasure.builder()
                        .description(
                            "Systemen waar nodig voorzien van firewalls en waar mogelijk ACL's")
                        .category(MeasureCategory.NETWORK)
                        .qualified(true)
                        .build(),
                    SecurityMeasure.of(
                        "Systemen die geen technische of praktische noodzaak hebben om direct met"
                            + " internet verbonden te zijn, zijn uitsluitend benaderbaar d.m.v. een"
                            + " beveiligde VPN-verbinding",
                        MeasureCategory.NETWORK),
                    SecurityMeasure.of(
                        "Alle gevoelige data wordt verzonden over beveiligde verbindingen",
                        MeasureCategory.PSEUDONYMISATION_ENCRYPTION),
                    SecurityMeasure.builder()
                        .description(
                            "Privacy gevoelige informatie wordt waar mogelijk gecodeerd opgeslagen")
                        .category(MeasureCategory.PSEUDONYMISATION_ENCRYPTION)
                        .qualified(true)
                        .build(),
                    SecurityMeasure.builder()
                        .description(
                            "Alleen geautoriseerde medewerkers van Digiteam of onze toeleverancier"
                                + " hebben toegang tot deze servers")
                        .category(MeasureCategory.ACCESS_CONFIDENTIALITY_INTEGRITY)
                        .addAllClauses(refs("Telefonie"))
                        .build(),
                    SecurityMeasure.builder()
                        .description("Alleen geautoriseerde medewerkers hebben toegang")
                        .category(MeasureCategory.ACCESS_CONFIDENTIALITY_INTEGRITY)
                        .addAllClauses(refs("Websites, software, clouddiensten en email"))
                        .build(),
                    SecurityMeasure.builder()
                        .description(
                            "Een medewerker zal nooit meer gegevens verwerken dan strikt noodzakelijk"
                                + " om zijn of haar taak adequaat uit te kunnen voeren")
                        .category(MeasureCategory.ORGANISATIONAL_POLICY)
                        .addAllClauses(
                            refs(
                                "Websites, software, clouddiensten en email",
                                "Technische ondersteuning op hardware, software anders dan"
                                    + " hierboven beschreven, en andere ICT diensten"))
                        .build())
                .riskFactorsReferenced(true)
                .controllerAcknowledgesAdequacy(true)
                .processorMayChangeUnilaterally(true)
                .processorMayRefuseRequestedMeasures(true)
                .requestedMeasuresCharged(true)
                .addExclusions(
                    Provision.of(
                        "Items the customer installs or configures itself on top of the services.",
                        "Beveiliging"),
                    Provision.of(
                        "Cloud Servers, Dedicated Servers, Colocated hosting or rack rental without"
                            + " a Server Management / SLA agreement.",
                        "Beveiliging"),
                    Provision.of("Measures undone at the customer's request.", "Beveiliging"))
                .addAllClauses(refs("Beveiliging", duties + " 3"))
                .quote(
                    "Digiteam neemt alle beveiligingsmaatregelen die redelijkerwijs van hem verwacht"
                        + " mogen worden")
                .build())
        .subProcessing(
            SubProcessingTerms.builder()
                .authorisation(SubProcessorAuthorisation.GENERAL_IMPLICIT)
                .changeNoticeRequired(false)
                .objectionRight(ObjectionRight.ABSENT)
                .listDisclosure(ListDisclosure.NONE)
                .addSubProcessors(
                    SubProcessor.builder()
                        .purpose("de audio over de servers van onze toeleverancier")
                        .contractStatus(ContractStatus.CONFIRMED)
                        .addAllClauses(refs("Telefonie"))
                        .quote(
                            "wij hebben met deze toeleverancier ook een verwerkerovereenkomst"
                                + " afgesloten")
                        .build())
                .flowDown(FlowDown.SECURITY_ONLY)
                .processorLiability(SubProcessorLiability.ABSENT)
                .addAllClauses(refs("Derde partijen", "Telefonie"))
                .quote("Digiteam kan gebruik maken van derde partijen.")
                .build())
        .transfers(
            TransferTerms.builder()
                .policy(TransferPolicy.EEA_ONLY)
                .addAllClauses(refs("Waar worden de gegevens verwerkt"))
                .quote(
                    "Digiteam verwerkt de persoonsgegevens van zijn Opdrachtgevers binnen de EU/EER.")
                .build())
        .breachNotification(
            BreachNotification.builder()
                .processorNotifies(true)
                .deadline(
                    Deadline.of(
                        DeadlineQualifier.WITHOUT_UNDUE_DELAY,
                        TimeLimit.ofHours(24),
                        DeadlineTrigger.DISCOVERY))
                .suspectedBreaches(SuspectedBreaches.INCLUDED)
                .addAllClauses(refs(duties + " 3"))
                .quote(
                    "Indien sprake is van een (potentieel) datalek zal de Verwerker de"
                        + " Verantwoordelijke daarover onverwijld in kennis stellen, althans binnen"
                        + " 24 uur nadat het (potentiële) lek is geconstateerd.")
                .build())
        .endOfProcessing(
            EndOfProcessing.builder()
                .disposition(EndDisposition.DELETE_DEFAULT_RETURN_IF_AGREED)
                .copiesCovered(true)
                .deadline(Deadline.within(TimeLimit.ofWeeks(12), DeadlineTrigger.END_OF_AGREEMENT))
                .costsCharged(true)
                .legalRetentionException(true)
                .returnFormat("machine leesbaar formaat")
                .addAllClauses(refs("Looptijd", "Verwijderen van gegevens na opzegging"))
                .quote(
                    "Nadat je geen Klant meer wenst te zijn, worden de gegevens binnen 12 weken"
                        + " verwijderd op zodanige wijze dat deze niet meer kunnen worden gebruikt.")
                .build())
        .retention(
            RetentionTerms.builder()
                .duringTerm(RetentionDuringTerm.VAGUE)
                .addAllClauses(
                    refs(
                        "Uw klantgegevens",
                        "Technische ondersteuning op hardware, software anders dan hierboven"
                            + " beschreven, en andere ICT diensten"))
                .quote("worden deze backups verwijderd wanneer deze niet meer nodig zijn")
                .build())
        .liability(
            LiabilityTerms.builder()
                .finesClause(FinesClause.NOT_RECOVERABLE_FROM_PROCESSOR)
                .intentCarveOut(true)
                .addAllClauses(refs("Algemeen"))
                .quote(
                    "Een aan Opdrachtgever door de Autoriteit Persoonsgegevens opgelegde bestuurlijke"
                        + " boete kan niet worden verhaald op Digiteam")
                .build())
        .amendment(
            AmendmentTerms.builder()
                .mode(AmendmentMode.UNILATERAL_WITH_NOTICE_AND_EXIT)
                .controllerExitPeriod(TimeLimit.ofDays(30))
                // Only "significante aanpassingen" are notified; the customer may terminate only
                // if it "in redelijkheid niet akkoord kan gaan", with reasons ("gemotiveerd").
                .addConditions(
                    condition(ConditionKind.MATERIAL_IMPACT_ONLY, "/mode", "Algemeen"),
                    condition(
                        ConditionKind.REASONABLE_GROUNDS_REQUIRED,
                        "/controllerExitPeriod",
                        "Algemeen"))
                .addAllClauses(refs("Algemeen"))
                .quote(
                    "is Opdrachtgever gerechtigd binnen 30 dagen na kennisgeving van de aanpassingen"
                        + " de verwerkersovereenkomst schriftelijk gemotiveerd op te zeggen")
                .build())
        .termination(
            TerminationTerms.builder()
                .addOtherTerminationRights(
                    Provision.of(
                        "The controller may terminate in writing within 30 days of notice of a"
                            + " significant amendment.",
                        "Algemeen"))
                .agreementDuration(ProcessingDuration.COTERMINOUS_WITH_MAIN_AGREEMENT)
                .addAllClauses(refs("Algemeen", "Looptijd"))
                .build())
        .general(
            GeneralProvisions.builder()
                .processorCompliesWithLaw(true)
                .addConditions(
                    other("/processorCompliesWithLaw", "as far as applicable", duties + " 4"))
                .addAllClauses(refs(duties + " 4"))
                .quote(
                    "Zal zich overigens voor zover van toepassing steeds houden aan de verplichtingen"
                        + " aan haar opgelegd inzake de Algemene Verordening Gegevensbescherming.")
                .build())
        .addOtherClauses(
            OtherClause.of(
                "Cookies, of vergelijkbare technieken, die wij gebruiken",
                "Cookies, of vergelijkbare technieken, die wij gebruiken",
                "Digiteam gebruikt technische, functionele en analytische cookies die geen inbreuk"
                    + " maken op uw privacy."),
            OtherClause.of(
                "Geheimhouding",
                "Geheimhouding",
                "Door Digiteam verstrekte toegangscodes, certificaten en informatie over de"
                    + " beveiligingsmaatregelen zijn vertrouwelijk en worden door Opdrachtgever"
                    + " slechts aan geautoriseerde medewerkers kenbaar gemaakt."),
            OtherClause.of(
                "Looptijd",
                "Looptijd",
                "De bepalingen omtrent het verwijderen van gegevens gelden eveneens niet indien"
                    + " Digiteam verwerkingsverantwoordelijke in de zin van de Avg is ten aanzien"
                    + " van de Persoonsgegevens."),
            OtherClause.of(
                duties + " 1",
                duties,
                "Zal behoudens voor overeengekomen technische back-up procedures, generlei kopieën"
                    + " van voornoemde informatie en van de daaraan gerelateerde gegevens onder"
                    + " zich houden."),
            OtherClause.of(
                duties + " 2",
                duties,
                "Onthoudt zich van handelingen die het bestaande recht van Verantwoordelijke, op"
                    + " toegang tot aangeleverde informatie kunnen belemmeren."))
        .build();
  }
}
