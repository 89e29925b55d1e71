package org.dpa4j.validation;

import static org.dpa4j.validation.RuleSupport.*;
import static org.dpa4j.validation.Severity.ERROR;
import static org.dpa4j.validation.Severity.INFO;
import static org.dpa4j.validation.Severity.WARNING;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dpa4j.model.CoverageKind;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.subprocessing.ContractStatus;
import org.dpa4j.model.subprocessing.FlowDown;
import org.dpa4j.model.subprocessing.ListDisclosure;
import org.dpa4j.model.subprocessing.NoticeChannel;
import org.dpa4j.model.subprocessing.ObjectionRight;
import org.dpa4j.model.subprocessing.SubProcessingTerms;
import org.dpa4j.model.subprocessing.SubProcessor;
import org.dpa4j.model.subprocessing.SubProcessorAuthorisation;
import org.dpa4j.model.subprocessing.SubProcessorLiability;
import org.dpa4j.model.subprocessing.ThirdPartyDisclaimer;
import org.dpa4j.model.value.TimeLimit;

/**
 * The catalogue's rules on sub-processors: authorisation, changes, objection, list, flow-down and
 * liability: each rule with its id, legal basis, requirement, outcomes and logic, in one place.
 */
public final class SubProcessingRules {
  static final RuleSet RULES = new RuleSet(Chapter.SUB_PROCESSING);

  /** A sub-processor as a sample argument. */
  private static final Named<SubProcessor> ACME =
      Named.of("Acme Inc.", SubProcessor.builder().name("Acme Inc.").build());

  private static final Parameter<List<Named<SubProcessor>>> SUB_PROCESSORS =
      Parameter.named("subProcessors", ACME).withLabel("sub-processors", "subverwerkers");
  private static final Parameter<List<Named<SubProcessor>>> WITHOUT_DATA =
      Parameter.named("withoutData", ACME)
          .withLabel(
              "sub-processors without data categories", "subverwerkers zonder gegevenscategorieën");
  private static final Parameter<TimeLimit> WINDOW =
      Parameter.timeLimit("window").withLabel("objection window", "bezwaartermijn");
  private static final Parameter<TimeLimit> NOTICE =
      Parameter.timeLimit("notice").withLabel("notice period", "aankondigingstermijn");
  private static final Parameter<TimeLimit> MINIMUM =
      Parameter.timeLimit("minimum")
          .withLabel("minimum objection window", "minimale bezwaartermijn");
  private static final Parameter<List<NoticeChannel>> CHANNELS =
      Parameter.labels("channels", NoticeChannel.class)
          .withLabel("notice channels", "kanalen van aankondiging");

  private static final RulePointer SUB_PROCESSING_AUTHORISATION =
      RULES.pointer("/subProcessing/authorisation");
  private static final RulePointer SUB_PROCESSING_CHANGE_NOTICE_REQUIRED =
      RULES.pointer("/subProcessing/changeNoticeRequired");
  private static final RulePointer SUB_PROCESSING_FLOW_DOWN =
      RULES.pointer("/subProcessing/flowDown");
  private static final RulePointer SUB_PROCESSING_LIST_DISCLOSURE =
      RULES.pointer("/subProcessing/listDisclosure");
  private static final RulePointer SUB_PROCESSING_NOTICE_PERIOD =
      RULES.pointer("/subProcessing/noticePeriod");
  private static final RulePointer SUB_PROCESSING_OBJECTION_EFFECT =
      RULES.pointer("/subProcessing/objectionEffect");
  private static final RulePointer SUB_PROCESSING_OBJECTION_WINDOW =
      RULES.pointer("/subProcessing/objectionWindow");
  private static final RulePointer SUB_PROCESSING_NOTICE_CHANNELS =
      RULES.pointer("/subProcessing/noticeChannels");
  private static final RulePointer SUB_PROCESSING_OBJECTION_RIGHT =
      RULES.pointer("/subProcessing/objectionRight");
  private static final RulePointer SUB_PROCESSING_PROCESSOR_LIABILITY =
      RULES.pointer("/subProcessing/processorLiability");
  private static final RulePointer SUB_PROCESSING_ROLE_AMBIGUITY =
      RULES.pointer("/subProcessing/roleAmbiguity");
  private static final RulePointer SUB_PROCESSING_SUB_PROCESSORS =
      RULES.pointer("/subProcessing/subProcessors");
  private static final RulePointer SUB_PROCESSING_SUB_SUB_PROCESSOR_VISIBILITY_DISCLAIMER =
      RULES.pointer("/subProcessing/subSubProcessorVisibilityDisclaimer");
  private static final RulePointer SUB_PROCESSING_THIRD_PARTY_DISCLAIMER =
      RULES.pointer("/subProcessing/thirdPartyDisclaimer");

  /**
   * 25. GDPR-28.2-SUBPROCESSOR-AUTHORISATION: sub-processors only with prior specific or general
   * **written** authorisation.
   */
  public static final CatalogRule GDPR_28_2_SUBPROCESSOR_AUTHORISATION =
      RULES.rule(
          "GDPR-28.2-SUBPROCESSOR-AUTHORISATION",
          25,
          "GDPR 28(2); Amaral R10; SCC 7.7",
          "art. 28 lid 2 AVG; Amaral R10; modelbepalingen 2021/915, clausule 7.7",
          "Sub-processors are engaged only with prior specific or general written authorisation.",
          "Subverwerkers worden alleen ingeschakeld met voorafgaande specifieke of algemene schriftelijke toestemming.",
          SubProcessingRules::subProcessorAuthorisation);

  private static final Outcome SUB_PROCESSOR_AUTHORISATION_ERROR =
      GDPR_28_2_SUBPROCESSOR_AUTHORISATION.outcome(
          "error",
          ERROR,
          "No prior specific or general written authorisation for sub-processors.",
          "Geen voorafgaande (specifieke of algemene) schriftelijke toestemming voor subverwerkers.");

  /**
   * 26. GDPR-28.2-CHANGE-NOTIFICATION: under general authorisation the processor informs the
   * controller of intended additions or replacements of sub-processors.
   */
  public static final CatalogRule GDPR_28_2_CHANGE_NOTIFICATION =
      RULES.rule(
          "GDPR-28.2-CHANGE-NOTIFICATION",
          26,
          "GDPR 28(2) 2nd sentence; Amaral R11; SCC 7.7 Option 2",
          "art. 28 lid 2, tweede zin, AVG; Amaral R11; modelbepalingen 2021/915, clausule 7.7, optie 2",
          "Under general authorisation the processor informs the controller of intended additions or replacements of sub-processors.",
          "Bij algemene toestemming meldt de verwerker voorgenomen toevoegingen of vervangingen van subverwerkers aan de verwerkingsverantwoordelijke.",
          SubProcessingRules::changeNotification);

  private static final Outcome CHANGE_NOTIFICATION_ERROR =
      GDPR_28_2_CHANGE_NOTIFICATION.outcome(
          "error",
          ERROR,
          "General authorisation without duty to notify intended sub-processor changes.",
          "Bij algemene toestemming ontbreekt de plicht om voorgenomen wijzigingen van subverwerkers vooraf te melden.");

  /** 27. GDPR-28.2-OBJECTION-RIGHT: the controller can object to those changes. */
  public static final CatalogRule GDPR_28_2_OBJECTION_RIGHT =
      RULES.rule(
          "GDPR-28.2-OBJECTION-RIGHT",
          27,
          "GDPR 28(2); Amaral R36; SCC 7.7 Option 2",
          "art. 28 lid 2 AVG; Amaral R36; modelbepalingen 2021/915, clausule 7.7, optie 2",
          "Under general authorisation the controller can object to those changes.",
          "Bij algemene toestemming kan de verwerkingsverantwoordelijke bezwaar maken tegen die wijzigingen.",
          SubProcessingRules::objectionRight);

  private static final Outcome OBJECTION_RIGHT_ERROR =
      GDPR_28_2_OBJECTION_RIGHT.outcome(
          "error",
          ERROR,
          "No right to object to new sub-processors under general authorisation.",
          "Bij algemene toestemming ontbreekt het recht om bezwaar te maken tegen nieuwe subverwerkers.");

  /**
   * 28. SCC-7.7-NOTICE-PERIOD: a concrete advance-notice period lets the controller object in time.
   */
  public static final CatalogRule SCC_7_7_NOTICE_PERIOD =
      RULES.rule(
          "SCC-7.7-NOTICE-PERIOD",
          28,
          "SCC 2021/915 Clause 7.7(a) Option 2 (\"at least [SPECIFY TIME PERIOD] in advance\"); EDPB 07/2020 §1.6",
          "modelbepalingen 2021/915, clausule 7.7 onder a, optie 2 (\"ten minste [TERMIJN] van tevoren\"); EDPB-richtsnoeren 07/2020, §1.6",
          "A concrete advance-notice period lets the controller object in time.",
          "Een concrete termijn van vooraankondiging laat de verwerkingsverantwoordelijke op tijd bezwaar maken.",
          SubProcessingRules::noticePeriod);

  private static final Outcome NOTICE_PERIOD_WARNING =
      SCC_7_7_NOTICE_PERIOD.outcome(
          "warning",
          WARNING,
          "The agreement sets no concrete period of advance notice of new sub-processors.",
          "De overeenkomst bepaalt geen concrete termijn voor de vooraankondiging van nieuwe subverwerkers.");

  /**
   * 29. SCC-7.7-OBJECTION-EFFECT: the consequence of an objection is stated (the processor
   * refrains, or the controller may terminate without penalty).
   */
  public static final CatalogRule SCC_7_7_OBJECTION_EFFECT =
      RULES.rule(
          "SCC-7.7-OBJECTION-EFFECT",
          29,
          "SCC 7.7 and the Commission SCC Q&A (if the controller objects, the processor may not engage the sub-processor)",
          "modelbepalingen 2021/915, clausule 7.7, en de vragen en antwoorden van de Commissie daarbij (na bezwaar mag de verwerker de subverwerker niet inschakelen)",
          "The consequence of an objection is stated: the processor refrains, or the controller may terminate without penalty.",
          "Het gevolg van bezwaar is geregeld: de verwerker ziet af van de subverwerker, of de verwerkingsverantwoordelijke mag kosteloos opzeggen.",
          SubProcessingRules::objectionEffect);

  private static final Outcome OBJECTION_EFFECT_WARNING =
      SCC_7_7_OBJECTION_EFFECT.outcome(
          "warning",
          WARNING,
          "The agreement does not say what follows an objection to a sub-processor.",
          "De overeenkomst zegt niet wat er volgt op bezwaar tegen een subverwerker.");

  private static final Outcome OBJECTION_EFFECT_GOOD_FAITH_ONLY =
      SCC_7_7_OBJECTION_EFFECT.outcome(
          "good-faith-only",
          WARNING,
          "An objection to a new sub-processor leads only to consultation in good faith: the controller can neither stop the engagement nor end the agreement, so the objection need have no consequence.",
          "Bezwaar tegen een nieuwe subverwerker leidt alleen tot overleg te goeder trouw: de verwerkingsverantwoordelijke kan de inschakeling niet tegenhouden en de overeenkomst niet beëindigen, zodat het bezwaar zonder gevolg kan blijven.");

  /**
   * 30. EDPB-28.2-SUBPROCESSOR-LIST: currently authorised sub-processors are identified by name in
   * the DPA or an annex and kept up to date.
   */
  public static final CatalogRule EDPB_28_2_SUBPROCESSOR_LIST =
      RULES.rule(
          "EDPB-28.2-SUBPROCESSOR-LIST",
          30,
          "EDPB Opinion 22/2024 paras 25, 28–32; SCC Annex IV; Commission SCC Q&A (names, not categories)",
          "EDPB-advies 22/2024, randnummers 25 en 28–32; modelbepalingen 2021/915, bijlage IV; vragen en antwoorden van de Commissie (namen, geen categorieën)",
          "Currently authorised sub-processors are named in the DPA or an annex and kept up to date.",
          "De huidige subverwerkers staan bij naam in de overeenkomst of een bijlage en die lijst wordt bijgehouden.",
          SubProcessingRules::subProcessorList);

  private static final Outcome SUB_PROCESSOR_LIST_WARNING =
      EDPB_28_2_SUBPROCESSOR_LIST.outcome(
          "warning",
          WARNING,
          "The current sub-processors are not named in the agreement or an annex to it ({disclosure}).",
          "De huidige subverwerkers staan niet bij naam in de overeenkomst of een bijlage daarbij ({disclosure}).",
          InstructionRules.DISCLOSURE);

  /**
   * 31. RISK-SUBPROCESSOR-DETAILS: each listed sub-processor has a purpose, data categories and
   * **location/country**.
   */
  public static final CatalogRule RISK_SUBPROCESSOR_DETAILS =
      RULES
          .rule(
              "RISK-SUBPROCESSOR-DETAILS",
              31,
              "SCC Annex IV (name, address, contact, description of processing); EDPB Opinion 22/2024",
              "modelbepalingen 2021/915, bijlage IV (naam, adres, contactpersoon, omschrijving van de verwerking); EDPB-advies 22/2024",
              "Each listed sub-processor has a location or country (its purpose and data are rule 82).",
              "Bij elke genoemde subverwerker staat een vestigings- of verwerkingsland (doel en gegevens: regel 82).",
              SubProcessingRules::subProcessorDetails)
          .forSubProcessorLists();

  private static final Outcome SUB_PROCESSOR_DETAILS_WARNING =
      RISK_SUBPROCESSOR_DETAILS.outcome(
          "warning",
          WARNING,
          "Country/location missing for sub-processor(s): {subProcessors}.",
          "Vestigings-/verwerkingsland ontbreekt bij subverwerker(s): {subProcessors}.",
          SUB_PROCESSORS);

  /**
   * 32. RISK-SUBPROCESSOR-CONTRACT-STATUS: a sub-processing contract is in place for each listed
   * sub-processor.
   */
  public static final CatalogRule RISK_SUBPROCESSOR_CONTRACT_STATUS =
      RULES.rule(
          "RISK-SUBPROCESSOR-CONTRACT-STATUS",
          32,
          "GDPR 28(4)",
          "art. 28 lid 4 AVG",
          "A sub-processing contract is in place for each listed sub-processor.",
          "Met elke genoemde subverwerker is een verwerkersovereenkomst gesloten.",
          SubProcessingRules::subProcessorContractStatus);

  private static final Outcome SUB_PROCESSOR_CONTRACT_STATUS_WARNING =
      RISK_SUBPROCESSOR_CONTRACT_STATUS.outcome(
          "warning",
          WARNING,
          "No sub-processing agreement confirmed for {subProcessors}.",
          "Voor subverwerker(s) {subProcessors} is geen subverwerkersovereenkomst bevestigd.",
          SUB_PROCESSORS);

  /**
   * 33. GDPR-28.4-FLOW-DOWN: the **same** data-protection obligations are imposed on each
   * sub-processor by contract.
   */
  public static final CatalogRule GDPR_28_4_FLOW_DOWN =
      RULES.rule(
          "GDPR-28.4-FLOW-DOWN",
          33,
          "GDPR 28(4) 1st sentence, 28(3)(d); Amaral R27; SCC 7.7(b)",
          "art. 28 lid 4, eerste zin, en lid 3 onder d AVG; Amaral R27; modelbepalingen 2021/915, clausule 7.7 onder b",
          "The same data protection obligations are imposed on each sub-processor by contract.",
          "Elke subverwerker krijgt bij overeenkomst dezelfde verplichtingen inzake gegevensbescherming opgelegd.",
          SubProcessingRules::flowDown);

  private static final Outcome FLOW_DOWN_ERROR =
      GDPR_28_4_FLOW_DOWN.outcome(
          "error",
          ERROR,
          "Flow-down of the same obligations to sub-processors is missing, conditional or limited to security.",
          "Het opleggen van dezelfde verplichtingen aan subverwerkers ontbreekt, is voorwaardelijk of is beperkt tot beveiliging.");

  /**
   * 34. GDPR-28.4-SUBPROCESSOR-LIABILITY: the processor remains fully liable to the controller for
   * its sub-processors.
   */
  public static final CatalogRule GDPR_28_4_SUBPROCESSOR_LIABILITY =
      RULES.rule(
          "GDPR-28.4-SUBPROCESSOR-LIABILITY",
          34,
          "GDPR 28(4) 2nd sentence; Amaral R28; SCC 7.7(c)",
          "art. 28 lid 4, tweede zin, AVG; Amaral R28; modelbepalingen 2021/915, clausule 7.7 onder c",
          "The processor remains fully liable to the controller for its sub-processors.",
          "De verwerker blijft jegens de verwerkingsverantwoordelijke volledig aansprakelijk voor zijn subverwerkers.",
          SubProcessingRules::subProcessorLiability);

  private static final Outcome SUB_PROCESSOR_LIABILITY_ERROR =
      GDPR_28_4_SUBPROCESSOR_LIABILITY.outcome(
          "error",
          ERROR,
          "The processor's full liability to the controller for its sub-processors is missing, limited or excluded (contrary to Art. 28(4)).",
          "De volledige aansprakelijkheid van de verwerker jegens de verwerkingsverantwoordelijke voor zijn subverwerkers ontbreekt of is beperkt of uitgesloten (strijdig met art. 28 lid 4 AVG).");

  /**
   * 35. RISK-SUBSUBPROCESSOR-VISIBILITY: WARNING if the processor disclaims knowledge of, or notice
   * about, sub-sub-processor changes.
   */
  public static final CatalogRule RISK_SUBSUBPROCESSOR_VISIBILITY =
      RULES.rule(
          "RISK-SUBSUBPROCESSOR-VISIBILITY",
          35,
          "GDPR 28(2), 28(4); EDPB Opinion 22/2024 (the whole chain should be visible)",
          "art. 28 lid 2 en lid 4 AVG; EDPB-advies 22/2024 (de hele keten moet zichtbaar zijn)",
          "The processor does not disclaim knowledge of, or notice about, changes of sub-sub-processors.",
          "De verwerker sluit niet uit dat hij wijzigingen van sub-subverwerkers kent of meldt.",
          SubProcessingRules::subSubProcessorVisibility);

  private static final Outcome SUB_SUB_PROCESSOR_VISIBILITY_WARNING =
      RISK_SUBSUBPROCESSOR_VISIBILITY.outcome(
          "warning",
          WARNING,
          "The processor disclaims knowledge or notice of changes of sub-sub-processors.",
          "De verwerker sluit uit dat hij wijzigingen van sub-subverwerkers kent of meldt.");

  /**
   * 36. RISK-SUBPROCESSOR-ROLE-AMBIGUITY: a party is either the processor's sub-processor (28(4)
   * applies) or a processor contracted directly by the controller; not both.
   */
  public static final CatalogRule RISK_SUBPROCESSOR_ROLE_AMBIGUITY =
      RULES.rule(
          "RISK-SUBPROCESSOR-ROLE-AMBIGUITY",
          36,
          "GDPR 28(2)/(4), 28(10)",
          "art. 28 lid 2, lid 4 en lid 10 AVG",
          "A party is either the processor's sub-processor or a processor engaged directly by the controller, not both.",
          "Een partij is een subverwerker van de verwerker of een verwerker die de verwerkingsverantwoordelijke zelf inschakelt, niet allebei.",
          SubProcessingRules::subProcessorRoleAmbiguity);

  private static final Outcome SUB_PROCESSOR_ROLE_AMBIGUITY_WARNING =
      RISK_SUBPROCESSOR_ROLE_AMBIGUITY.outcome(
          "warning",
          WARNING,
          "Unclear whether {subProcessors} are the processor's sub-processors or processors engaged directly by the controller.",
          "Onduidelijk of {subProcessors} subverwerkers van de verwerker zijn of door de verwerkingsverantwoordelijke zelf ingeschakelde verwerkers.",
          SUB_PROCESSORS);

  /**
   * 37. RISK-THIRD-PARTY-RESPONSIBILITY-DISCLAIMER: WARNING if UNQUALIFIED ("voor ... verwerkingen
   * door derden ... is Verwerker uitdrukkelijk niet verantwoordelijk") without carving out the
   * processor's own sub-processors.
   */
  public static final CatalogRule RISK_THIRD_PARTY_RESPONSIBILITY_DISCLAIMER =
      RULES.rule(
          "RISK-THIRD-PARTY-RESPONSIBILITY-DISCLAIMER",
          37,
          "GDPR 28(4)",
          "art. 28 lid 4 AVG",
          "A disclaimer for processing by third parties leaves out the processor's own sub-processors.",
          "Een uitsluiting voor verwerking door derden laat de eigen subverwerkers van de verwerker buiten schot.",
          SubProcessingRules::thirdPartyDisclaimer);

  private static final Outcome THIRD_PARTY_DISCLAIMER_WARNING =
      RISK_THIRD_PARTY_RESPONSIBILITY_DISCLAIMER.outcome(
          "warning",
          WARNING,
          "The disclaimer for 'processing by third parties' may cover the processor's own sub-processors.",
          "De uitsluiting van verantwoordelijkheid voor 'verwerkingen door derden' kan de eigen subverwerkers van de verwerker omvatten.");

  /**
   * 80. SCC-7.7-OBJECTION-WINDOW: the window to object to a change of sub-processors is not shorter
   * than the notice of the change (INFO), nor so short that the right is illusory (WARNING, below
   * the policy's {@code objectionWindowMinDays}).
   */
  public static final CatalogRule SCC_7_7_OBJECTION_WINDOW =
      RULES
          .rule(
              "SCC-7.7-OBJECTION-WINDOW",
              80,
              "GDPR 28(2) (\"giving the controller the opportunity to object\"); SCC 2021/915 Clause 7.7(a) Option 2 (\"sufficient time to be able to object\")",
              "art. 28 lid 2 AVG (\"de verwerkingsverantwoordelijke de gelegenheid te bieden bezwaar te maken\"); modelbepalingen 2021/915, clausule 7.7 onder a, optie 2 (\"voldoende tijd om bezwaar te maken\")",
              "The controller has enough time to object to a new sub-processor: the window is not shorter than the notice and not illusory.",
              "De verwerkingsverantwoordelijke heeft genoeg tijd om bezwaar te maken tegen een nieuwe subverwerker: de bezwaartermijn is niet korter dan de aankondiging en niet illusoir.",
              SubProcessingRules::objectionWindow)
          .threshold("objectionWindowMinDays", Policy::getObjectionWindowMinDays);

  private static final Outcome WINDOW_ILLUSORY =
      SCC_7_7_OBJECTION_WINDOW.outcome(
          "illusory",
          WARNING,
          "The controller may object to a new sub-processor only within {window}, shorter than {minimum}: too short to assess the sub-processor.",
          "De verwerkingsverantwoordelijke kan alleen binnen {window} bezwaar maken tegen een nieuwe subverwerker, korter dan {minimum}: te kort om de subverwerker te beoordelen.",
          WINDOW,
          MINIMUM);

  private static final Outcome WINDOW_SHORTER_THAN_NOTICE =
      SCC_7_7_OBJECTION_WINDOW.outcome(
          "shorter-than-notice",
          INFO,
          "The controller may object only within {window}, although a change is announced {notice} in advance: the objection is due before the notice has run.",
          "De verwerkingsverantwoordelijke kan alleen binnen {window} bezwaar maken, terwijl een wijziging {notice} van tevoren wordt aangekondigd: het bezwaar moet binnen zijn voordat die termijn verstreken is.",
          WINDOW,
          NOTICE);

  /**
   * 81. GDPR-28.2-CHANGE-NOTICE-CHANNEL: WARNING if the processor announces changes of
   * sub-processors only on a web page the controller must watch.
   */
  public static final CatalogRule GDPR_28_2_CHANGE_NOTICE_CHANNEL =
      RULES.rule(
          "GDPR-28.2-CHANGE-NOTICE-CHANNEL",
          81,
          "GDPR 28(2) 2nd sentence (\"the processor shall inform the controller\"); SCC 2021/915 Clause 7.7(a) Option 2 (\"shall specifically inform the controller in writing\")",
          "art. 28 lid 2, tweede zin, AVG (\"licht de verwerker de verwerkingsverantwoordelijke in\"); modelbepalingen 2021/915, clausule 7.7 onder a, optie 2 (\"stelt de verwerkingsverantwoordelijke specifiek schriftelijk in kennis\")",
          "The processor informs the controller of intended changes of sub-processors; a page the controller must watch itself is no such information.",
          "De verwerker licht de verwerkingsverantwoordelijke in over voorgenomen wijzigingen van subverwerkers; een pagina die de verwerkingsverantwoordelijke zelf moet volgen is geen inlichting.",
          SubProcessingRules::changeNoticeChannel);

  private static final Outcome WEB_PAGE_ONLY =
      GDPR_28_2_CHANGE_NOTICE_CHANNEL.outcome(
          "web-page-only",
          WARNING,
          "Changes of sub-processors are announced only {channels}: the processor does not inform the controller itself.",
          "Wijzigingen van subverwerkers worden alleen {channels} aangekondigd: de verwerker licht de verwerkingsverantwoordelijke niet zelf in.",
          CHANNELS);

  /**
   * 82. RISK-SUBPROCESSOR-PROCESSING: each listed sub-processor has its purpose or processing
   * activity (WARNING), and its data categories where the list gives them for others (INFO).
   */
  public static final CatalogRule RISK_SUBPROCESSOR_PROCESSING =
      RULES
          .rule(
              "RISK-SUBPROCESSOR-PROCESSING",
              82,
              "SCC 2021/915 Annex IV and SCC 2021/914 Annex III (\"description of the processing\" per sub-processor); GDPR 28(2) (the controller judges each sub-processor); EDPB Opinion 22/2024",
              "modelbepalingen 2021/915, bijlage IV, en modelbepalingen 2021/914, bijlage III (\"beschrijving van de verwerking\" per subverwerker); art. 28 lid 2 AVG (de verwerkingsverantwoordelijke beoordeelt elke subverwerker); EDPB-advies 22/2024",
              "Each listed sub-processor has its purpose or processing activity, and its data categories where the list gives them for the others.",
              "Bij elke genoemde subverwerker staan het doel of de verwerking, en de categorieën van gegevens waar de lijst die bij de andere geeft.",
              SubProcessingRules::subProcessorProcessing)
          .forSubProcessorLists();

  private static final Outcome NO_PURPOSE =
      RISK_SUBPROCESSOR_PROCESSING.outcome(
          "no-purpose",
          WARNING,
          "No purpose or processing activity for sub-processor(s): {subProcessors}.",
          "Geen doel of verwerking bij subverwerker(s): {subProcessors}.",
          SUB_PROCESSORS);

  private static final Outcome NO_PURPOSE_NOR_DATA =
      RISK_SUBPROCESSOR_PROCESSING.outcome(
          "no-purpose-nor-data",
          WARNING,
          "No purpose or processing activity for sub-processor(s): {subProcessors}; no data categories, which the list gives for others, for: {withoutData}.",
          "Geen doel of verwerking bij subverwerker(s): {subProcessors}; geen categorieën van gegevens, die de lijst bij andere wel geeft, bij: {withoutData}.",
          SUB_PROCESSORS,
          WITHOUT_DATA);

  private static final Outcome NO_DATA =
      RISK_SUBPROCESSOR_PROCESSING.outcome(
          "no-data-categories",
          INFO,
          "No data categories for sub-processor(s) {withoutData}, although the list gives them for the others.",
          "Geen categorieën van gegevens bij subverwerker(s) {withoutData}, terwijl de lijst ze bij de andere wel geeft.",
          WITHOUT_DATA);

  private SubProcessingRules() {}

  private static Optional<RuleResult> objectionWindow(DataProcessingAgreement a, Policy p) {
    SubProcessingTerms s = a.getSubProcessing();
    Optional<TimeLimit> window = s.getObjectionWindow();
    if (window.isEmpty() || s.getObjectionRight() == ObjectionRight.ABSENT) {
      return PASS;
    }
    TimeLimit minimum = TimeLimit.ofDays(p.getObjectionWindowMinDays());
    if (shortest(window.get()).compareTo(minimum.toNominalDuration()) < 0) {
      return WINDOW_ILLUSORY.at(
          SUB_PROCESSING_OBJECTION_WINDOW, s, WINDOW.of(window.get()), MINIMUM.of(minimum));
    }
    Optional<TimeLimit> notice = s.getNoticePeriod();
    return notice.isPresent() && longest(window.get(), p).compareTo(shortest(notice.get())) < 0
        ? WINDOW_SHORTER_THAN_NOTICE.at(
            SUB_PROCESSING_OBJECTION_WINDOW, s, WINDOW.of(window.get()), NOTICE.of(notice.get()))
        : PASS;
  }

  private static Optional<RuleResult> changeNoticeChannel(DataProcessingAgreement a, Policy p) {
    SubProcessingTerms s = a.getSubProcessing();
    return isGeneral(s.getAuthorisation())
            && s.isChangeNoticeRequired()
            && s.getNoticeChannels().equals(Set.of(NoticeChannel.WEB_PAGE))
        ? WEB_PAGE_ONLY.at(
            SUB_PROCESSING_NOTICE_CHANNELS, s, CHANNELS.of(List.copyOf(s.getNoticeChannels())))
        : PASS;
  }

  private static Optional<RuleResult> subProcessorProcessing(DataProcessingAgreement a, Policy p) {
    List<SubProcessor> listed = listed(a);
    List<SubProcessor> noPurpose =
        listed.stream()
            .filter(s -> s.getPurpose().isEmpty() && s.getSubjectMatter().isEmpty())
            .collect(Collectors.toList());
    boolean listGivesData = listed.stream().anyMatch(s -> !s.getDataCategories().isEmpty());
    List<SubProcessor> noData =
        listGivesData
            ? listed.stream()
                .filter(s -> s.getDataCategories().isEmpty())
                .collect(Collectors.toList())
            : List.of();
    RulePointer at = SUB_PROCESSING_SUB_PROCESSORS;
    SubProcessingTerms s = a.getSubProcessing();
    if (!noPurpose.isEmpty()) {
      return noData.isEmpty()
          ? NO_PURPOSE.at(at, s, SUB_PROCESSORS.of(names(noPurpose)))
          : NO_PURPOSE_NOR_DATA.at(
              at, s, SUB_PROCESSORS.of(names(noPurpose)), WITHOUT_DATA.of(names(noData)));
    }
    return noData.isEmpty() ? PASS : NO_DATA.at(at, s, WITHOUT_DATA.of(names(noData)));
  }

  private static Optional<RuleResult> subProcessorAuthorisation(
      DataProcessingAgreement a, Policy p) {
    SubProcessingTerms s = a.getSubProcessing();
    boolean used = !s.getSubProcessors().isEmpty();
    boolean silent = s.getCoverage().getKind() == CoverageKind.NOT_STATED;
    return s.getAuthorisation() == SubProcessorAuthorisation.NONE && (used || silent)
        ? SUB_PROCESSOR_AUTHORISATION_ERROR.at(SUB_PROCESSING_AUTHORISATION, s)
        : PASS;
  }

  private static Optional<RuleResult> changeNotification(DataProcessingAgreement a, Policy p) {
    SubProcessingTerms s = a.getSubProcessing();
    return isGeneral(s.getAuthorisation()) && !s.isChangeNoticeRequired()
        ? CHANGE_NOTIFICATION_ERROR.at(SUB_PROCESSING_CHANGE_NOTICE_REQUIRED, s)
        : PASS;
  }

  private static Optional<RuleResult> objectionRight(DataProcessingAgreement a, Policy p) {
    SubProcessingTerms s = a.getSubProcessing();
    return isGeneral(s.getAuthorisation()) && s.getObjectionRight() == ObjectionRight.ABSENT
        ? OBJECTION_RIGHT_ERROR.at(SUB_PROCESSING_OBJECTION_RIGHT, s)
        : PASS;
  }

  private static Optional<RuleResult> noticePeriod(DataProcessingAgreement a, Policy p) {
    SubProcessingTerms s = a.getSubProcessing();
    return s.isChangeNoticeRequired() && s.getNoticePeriod().isEmpty()
        ? NOTICE_PERIOD_WARNING.at(SUB_PROCESSING_NOTICE_PERIOD, s)
        : PASS;
  }

  private static Optional<RuleResult> objectionEffect(DataProcessingAgreement a, Policy p) {
    SubProcessingTerms s = a.getSubProcessing();
    if (s.getObjectionRight() == ObjectionRight.ABSENT) {
      return PASS;
    }
    switch (s.getObjectionEffect()) {
      case NOT_STATED:
        return OBJECTION_EFFECT_WARNING.at(SUB_PROCESSING_OBJECTION_EFFECT, s);
      case GOOD_FAITH_COOPERATION:
        // Consultation without a veto or an exit leaves the processor free to go ahead: the
        // objection art. 28(2) gives the controller has no consequence.
        return OBJECTION_EFFECT_GOOD_FAITH_ONLY.at(SUB_PROCESSING_OBJECTION_EFFECT, s);
      default:
        return PASS;
    }
  }

  private static Optional<RuleResult> subProcessorList(DataProcessingAgreement a, Policy p) {
    SubProcessingTerms s = a.getSubProcessing();
    return subProcessingAllowed(s) && s.getListDisclosure() != ListDisclosure.ANNEXED
        ? SUB_PROCESSOR_LIST_WARNING.at(
            SUB_PROCESSING_LIST_DISCLOSURE,
            s,
            InstructionRules.DISCLOSURE.of(s.getListDisclosure()))
        : PASS;
  }

  private static Optional<RuleResult> subProcessorDetails(DataProcessingAgreement a, Policy p) {
    List<SubProcessor> without =
        listed(a).stream()
            .filter(s -> s.getCountry().isEmpty() && s.getProcessingLocations().isEmpty())
            .collect(Collectors.toList());
    return without.isEmpty()
        ? PASS
        : SUB_PROCESSOR_DETAILS_WARNING.at(
            SUB_PROCESSING_SUB_PROCESSORS, a.getSubProcessing(), SUB_PROCESSORS.of(names(without)));
  }

  private static Optional<RuleResult> subProcessorContractStatus(
      DataProcessingAgreement a, Policy p) {
    List<SubProcessor> unconfirmed =
        annexed(a.getSubProcessing()).stream()
            .filter(s -> s.getContractStatus() != ContractStatus.CONFIRMED)
            .collect(Collectors.toList());
    return unconfirmed.isEmpty()
        ? PASS
        : SUB_PROCESSOR_CONTRACT_STATUS_WARNING.at(
            SUB_PROCESSING_SUB_PROCESSORS,
            a.getSubProcessing(),
            SUB_PROCESSORS.of(names(unconfirmed)));
  }

  private static Optional<RuleResult> flowDown(DataProcessingAgreement a, Policy p) {
    SubProcessingTerms s = a.getSubProcessing();
    return subProcessingAllowed(s) && s.getFlowDown() != FlowDown.SAME_OBLIGATIONS
        ? FLOW_DOWN_ERROR.at(SUB_PROCESSING_FLOW_DOWN, s)
        : PASS;
  }

  private static Optional<RuleResult> subProcessorLiability(DataProcessingAgreement a, Policy p) {
    SubProcessingTerms s = a.getSubProcessing();
    return subProcessingAllowed(s) && s.getProcessorLiability() != SubProcessorLiability.FULL
        ? SUB_PROCESSOR_LIABILITY_ERROR.at(SUB_PROCESSING_PROCESSOR_LIABILITY, s)
        : PASS;
  }

  private static Optional<RuleResult> subSubProcessorVisibility(
      DataProcessingAgreement a, Policy p) {
    return a.getSubProcessing().isSubSubProcessorVisibilityDisclaimer()
        ? SUB_SUB_PROCESSOR_VISIBILITY_WARNING.at(
            SUB_PROCESSING_SUB_SUB_PROCESSOR_VISIBILITY_DISCLAIMER, a.getSubProcessing())
        : PASS;
  }

  private static Optional<RuleResult> subProcessorRoleAmbiguity(
      DataProcessingAgreement a, Policy p) {
    SubProcessingTerms s = a.getSubProcessing();
    if (!s.isRoleAmbiguity()) {
      return PASS;
    }
    List<SubProcessor> optional =
        s.getSubProcessors().stream().filter(SubProcessor::isOptional).collect(Collectors.toList());
    return SUB_PROCESSOR_ROLE_AMBIGUITY_WARNING.at(
        SUB_PROCESSING_ROLE_AMBIGUITY,
        s,
        SUB_PROCESSORS.of(names(optional.isEmpty() ? s.getSubProcessors() : optional)));
  }

  private static Optional<RuleResult> thirdPartyDisclaimer(DataProcessingAgreement a, Policy p) {
    return a.getSubProcessing().getThirdPartyDisclaimer() == ThirdPartyDisclaimer.UNQUALIFIED
        ? THIRD_PARTY_DISCLAIMER_WARNING.at(
            SUB_PROCESSING_THIRD_PARTY_DISCLAIMER, a.getSubProcessing())
        : PASS;
  }
}
