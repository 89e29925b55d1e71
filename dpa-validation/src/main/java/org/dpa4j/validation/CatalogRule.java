package org.dpa4j.validation;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dpa4j.model.LocalizedText;

/**
 * The catalogue of GDPR art. 28 rules dpa4j checks, with their stable ids, legal sources,
 * severities and messages in English and Dutch.
 *
 * <p>Transcribed from the rule catalogue ({@code spec/rules-and-seed-oracle.md} §4); the numbers
 * are the catalogue's. Ids never change once released.
 */
public enum CatalogRule implements RuleDefinition {
  /**
   * 1. GDPR-28.9-WRITTEN-FORM: the DPA must be a written (electronic allowed) contract that binds
   * the processor.
   */
  GDPR_28_9_WRITTEN_FORM(
      "GDPR-28.9-WRITTEN-FORM",
      1,
      "GDPR 28(9); SCC 2021/915 Annex I",
      "the DPA must be a written (electronic allowed) contract that binds the processor.",
      Severity.ERROR,
      "ERROR,INFO",
      "The agreement {0}; Art. 28(9) asks for a contract in writing that binds the processor.",
      "De overeenkomst {0}; art. 28 lid 9 AVG vraagt een schriftelijke overeenkomst die de verwerker bindt.",
      Severity.ERROR,
      "The agreement {0}; Art. 28(9) asks for a contract in writing that binds the processor.",
      "De overeenkomst {0}; art. 28 lid 9 AVG vraagt een schriftelijke overeenkomst die de verwerker bindt.",
      Severity.INFO,
      "DPA is binding only via incorporation into the main agreement; verify that agreement was executed in writing.",
      "De verwerkersovereenkomst is alleen via de hoofdovereenkomst aangegaan; controleer dat die schriftelijk is ondertekend of aanvaard."),
  /**
   * 2. LL-PARTY-PROCESSOR-IDENTITY: the processor's identity (legal entity, registration number)
   * and contact details are stated.
   */
  LL_PARTY_PROCESSOR_IDENTITY(
      "LL-PARTY-PROCESSOR-IDENTITY",
      2,
      "Amaral R2 (LL); SCC Annex I",
      "the processor's identity (legal entity, registration number) and contact details are stated.",
      Severity.ERROR,
      "ERROR,WARNING,INFO",
      "Processor identity insufficient (no legal entity or registration number).",
      "Identiteit van de verwerker is onvoldoende vastgelegd (geen rechtsvorm/KvK-nummer).",
      Severity.INFO,
      "Processor address/contact details missing.",
      "Contactgegevens/adres van de verwerker ontbreken."),
  /** 3. LL-PARTY-CONTROLLER-IDENTITY: the controller's identity and contact details are stated. */
  LL_PARTY_CONTROLLER_IDENTITY(
      "LL-PARTY-CONTROLLER-IDENTITY",
      3,
      "Amaral R1 (LL); SCC Annex I",
      "the controller's identity and contact details are stated.",
      Severity.WARNING,
      "WARNING,INFO",
      "Controller not named (template); identity only derivable from the main agreement.",
      "Verwerkingsverantwoordelijke wordt niet bij naam genoemd (standaardtekst); identiteit volgt alleen uit de hoofdovereenkomst."),
  /** 4. GDPR-28.3-SUBJECT-MATTER: the subject-matter of the processing is stated. */
  GDPR_28_3_SUBJECT_MATTER(
      "GDPR-28.3-SUBJECT-MATTER",
      4,
      "GDPR 28(3) chapeau; SCC Annex II",
      "the subject-matter of the processing is stated.",
      Severity.ERROR,
      "ERROR",
      "Subject-matter of processing missing.",
      "Onderwerp van de verwerking ontbreekt."),
  /** 5. GDPR-28.3-DURATION: the duration of the processing is stated. */
  GDPR_28_3_DURATION(
      "GDPR-28.3-DURATION",
      5,
      "GDPR 28(3); Amaral R3; SCC 7.3 / Annex II",
      "the duration of the processing is stated.",
      Severity.ERROR,
      "ERROR",
      "Duration of processing missing.",
      "Duur van de verwerking ontbreekt."),
  /**
   * 6. GDPR-28.3-NATURE-PURPOSE: the nature and purpose of the processing done **as processor** are
   * stated.
   */
  GDPR_28_3_NATURE_PURPOSE(
      "GDPR-28.3-NATURE-PURPOSE",
      6,
      "GDPR 28(3); Amaral R4; SCC 7.2 / Annex II",
      "the nature and purpose of the processing done **as processor** are stated.",
      Severity.ERROR,
      "ERROR,WARNING",
      "Nature and purpose of processing on the controller's behalf not (clearly) specified.",
      "Aard en doel van de verwerking in opdracht zijn niet (duidelijk) vastgelegd."),
  /**
   * 7. EDPB-28.3-PURPOSE-OPEN-ENDED: purposes must be set by the controller, not left open to
   * "related purposes".
   */
  EDPB_28_3_PURPOSE_OPEN_ENDED(
      "EDPB-28.3-PURPOSE-OPEN-ENDED",
      7,
      "GDPR 28(3), 28(10); EDPB 07/2020 §1.3 (the contract should give specific, concrete information); SCC 7.2",
      "purposes must be set by the controller, not left open to \"related purposes\".",
      Severity.WARNING,
      "WARNING",
      "Open-ended purpose clause ('reasonably related purposes') lets the processor extend purposes.",
      "Doelomschrijving is open ('redelijkerwijs samenhangende doeleinden'); de verwerker kan zo zelf doelen invullen."),
  /**
   * 8. GDPR-28.3-DATA-TYPES: the types of personal data processed on behalf of the controller are
   * listed.
   */
  GDPR_28_3_DATA_TYPES(
      "GDPR-28.3-DATA-TYPES",
      8,
      "GDPR 28(3); Amaral R5; SCC Annex II",
      "the types of personal data processed on behalf of the controller are listed.",
      Severity.ERROR,
      "ERROR,WARNING",
      "Types of personal data not exhaustively/concretely specified.",
      "Soorten persoonsgegevens zijn niet limitatief of niet concreet vastgelegd."),
  /**
   * 9. GDPR-28.3-DATA-SUBJECTS: the categories of data subjects are listed and consistent with the
   * data types.
   */
  GDPR_28_3_DATA_SUBJECTS(
      "GDPR-28.3-DATA-SUBJECTS",
      9,
      "GDPR 28(3); Amaral R6; SCC Annex II",
      "the categories of data subjects are listed and consistent with the data types.",
      Severity.ERROR,
      "ERROR,WARNING",
      "Categories of data subjects are not listed.",
      "Categorieën van betrokkenen worden niet genoemd.",
      Severity.ERROR,
      "Categories of data subjects are not listed.",
      "Categorieën van betrokkenen worden niet genoemd.",
      Severity.WARNING,
      "Communication content or traffic data is processed, but the other parties to those communications are not among the data subjects.",
      "Er worden communicatie-inhoud of verkeersgegevens verwerkt, maar de andere partijen bij die communicatie staan niet bij de betrokkenen."),
  /**
   * 10. GDPR-28.3-CONTROLLER-RIGHTS: the controller's rights (instruct, audit, object, terminate)
   * and obligations are set out.
   */
  GDPR_28_3_CONTROLLER_RIGHTS(
      "GDPR-28.3-CONTROLLER-RIGHTS",
      10,
      "GDPR 28(3) (\"obligations and rights of the controller\")",
      "the controller's rights (instruct, audit, object, terminate) and obligations are set out.",
      Severity.ERROR,
      "ERROR",
      "Controller's rights and obligations not set out.",
      "Rechten en plichten van de verwerkingsverantwoordelijke zijn niet vastgelegd."),
  /**
   * 11. GDPR-9-SPECIAL-CATEGORIES: if content-bearing data can contain special-category data, the
   * DPA either excludes them or sets safeguards; labels must be consistent.
   */
  GDPR_9_SPECIAL_CATEGORIES(
      "GDPR-9-SPECIAL-CATEGORIES",
      11,
      "GDPR Art. 9, Art. 32; SCC 7.5 (sensitive data: specific restrictions/safeguards in Annex I/II)",
      "if content-bearing data can contain special-category data, the DPA either excludes them or sets safeguards; labels must be consistent.",
      Severity.WARNING,
      "WARNING,INFO",
      "{0}; no specific safeguards are agreed (Art. 9; clause 7.5 of 2021/915).",
      "{0}; de overeenkomst regelt geen specifieke waarborgen (art. 9 AVG; clausule 7.5 van 2021/915).",
      Severity.INFO,
      "The agreement {0}; check that the services indeed receive no special categories of data.",
      "De overeenkomst {0}; controleer dat de diensten inderdaad geen bijzondere categorieën van persoonsgegevens ontvangen."),
  /**
   * 12. GDPR-28.10-ROLE-HYBRID-DOCUMENT: the DPA should cover processor-role processing only;
   * controller-role processing (own customer administration, cookies, marketing) belongs in a
   * privacy statement.
   */
  GDPR_28_10_ROLE_HYBRID_DOCUMENT(
      "GDPR-28.10-ROLE-HYBRID-DOCUMENT",
      12,
      "GDPR 4(7), 28(10); EDPB 07/2020 Part I (roles)",
      "the DPA should cover processor-role processing only; controller-role processing (own customer administration, cookies, marketing) belongs in a privacy statement.",
      Severity.WARNING,
      "WARNING",
      "Document mixes privacy notice (provider as controller) with DPA terms; roles and purposes not separated.",
      "Document vermengt privacyverklaring (verwerker als verantwoordelijke) met verwerkersovereenkomst; rollen en doelen zijn niet gescheiden."),
  /**
   * 13. GDPR-28.10-PROCESSOR-OWN-PURPOSES: the processor may not use personal data for its own
   * purposes.
   */
  GDPR_28_10_PROCESSOR_OWN_PURPOSES(
      "GDPR-28.10-PROCESSOR-OWN-PURPOSES",
      13,
      "GDPR 28(3)(a), 28(10); SCC 7.1/7.2",
      "the processor may not use personal data for its own purposes.",
      Severity.ERROR,
      "ERROR,WARNING",
      "Processor may use personal data for its own purposes; it becomes a controller for that processing (Art. 28(10)).",
      "Verwerker mag persoonsgegevens voor eigen doeleinden gebruiken; daarvoor is hij zelf verwerkingsverantwoordelijke (art. 28 lid 10 AVG)."),
  /**
   * 14. GDPR-28.3.a-INSTRUCTIONS: the processor processes only on the controller's documented
   * instructions.
   */
  GDPR_28_3_A_INSTRUCTIONS(
      "GDPR-28.3.a-INSTRUCTIONS",
      14,
      "GDPR 28(3)(a); Amaral R12; EDPB 07/2020 §1.3.1; SCC 7.1",
      "the processor processes only on the controller's documented instructions.",
      Severity.ERROR,
      "ERROR,INFO",
      "No clause that the processor processes only on the controller's instructions.",
      "Een bepaling dat de verwerker alleen op instructie van de verwerkingsverantwoordelijke verwerkt ontbreekt.",
      Severity.ERROR,
      "No clause that the processor processes only on the controller's instructions.",
      "Een bepaling dat de verwerker alleen op instructie van de verwerkingsverantwoordelijke verwerkt ontbreekt.",
      Severity.INFO,
      "Instructions need not be documented (in writing); no procedure for further instructions.",
      "Instructies hoeven niet schriftelijk of gedocumenteerd te zijn; een procedure voor nadere instructies ontbreekt."),
  /**
   * 15. GDPR-28.3.a-LEGAL-REQUIREMENT-NOTICE: if Union or Member-State law requires processing
   * (including disclosure) beyond the instructions, the processor informs the controller **before**
   * processing, unless that law forbids it.
   */
  GDPR_28_3_A_LEGAL_REQUIREMENT_NOTICE(
      "GDPR-28.3.a-LEGAL-REQUIREMENT-NOTICE",
      15,
      "GDPR 28(3)(a) 2nd half; Amaral R13/R14; SCC 7.1(a)",
      "if Union or Member-State law requires processing (including disclosure) beyond the instructions, the processor informs the controller **before** processing, unless that law forbids it.",
      Severity.ERROR,
      "ERROR",
      "Missing: processor must inform the controller beforehand of a legal requirement to process or disclose.",
      "Ontbreekt: verwerker informeert de verwerkingsverantwoordelijke vooraf over een wettelijke verplichting tot (afwijkende) verwerking of verstrekking."),
  /**
   * 16. GDPR-28.3.a-TRANSFER-INSTRUCTIONS: transfers to third countries happen only on the
   * controller's documented instruction or authorisation.
   */
  GDPR_28_3_A_TRANSFER_INSTRUCTIONS(
      "GDPR-28.3.a-TRANSFER-INSTRUCTIONS",
      16,
      "GDPR 28(3)(a) (\"including with regard to transfers\"); Amaral R30; SCC 7.8",
      "transfers to third countries happen only on the controller's documented instruction or authorisation.",
      Severity.ERROR,
      "ERROR,WARNING",
      "Transfers outside the EEA are permitted without a specific controller instruction (countries/recipients not identified).",
      "Doorgifte buiten de EER is toegestaan zonder concrete instructie van de verwerkingsverantwoordelijke (landen/ontvangers niet benoemd)."),
  /**
   * 17. GDPR-29-PERSONNEL-INSTRUCTIONS: persons under the processor's authority process only on
   * instructions.
   */
  GDPR_29_PERSONNEL_INSTRUCTIONS(
      "GDPR-29-PERSONNEL-INSTRUCTIONS",
      17,
      "GDPR 29, 32(4); Amaral R33",
      "persons under the processor's authority process only on instructions.",
      Severity.INFO,
      "INFO",
      "No clause binding personnel to the controller's instructions.",
      "Niet geregeld dat personen onder gezag van de verwerker alleen op instructie verwerken."),
  /**
   * 18. GDPR-28.3.b-CONFIDENTIALITY: authorised persons are committed to confidentiality or under a
   * statutory duty.
   */
  GDPR_28_3_B_CONFIDENTIALITY(
      "GDPR-28.3.b-CONFIDENTIALITY",
      18,
      "GDPR 28(3)(b); Amaral R15; SCC 7.4(b)",
      "authorised persons are committed to confidentiality or under a statutory duty.",
      Severity.ERROR,
      "ERROR,WARNING",
      "A duty of confidentiality for the persons who process the data is not stated.",
      "Een geheimhoudingsplicht voor de personen die de gegevens verwerken ontbreekt.",
      Severity.ERROR,
      "A duty of confidentiality for the persons who process the data is not stated.",
      "Een geheimhoudingsplicht voor de personen die de gegevens verwerken ontbreekt.",
      Severity.WARNING,
      "Personnel confidentiality is only a best-efforts commitment.",
      "Geheimhouding van personeel is slechts een inspanningsverplichting."),
  /**
   * 19. RISK-CONF-DISCRETIONARY-DISCLOSURE: the processor should not disclose to third parties on
   * its own judgement.
   */
  RISK_CONF_DISCRETIONARY_DISCLOSURE(
      "RISK-CONF-DISCRETIONARY-DISCLOSURE",
      19,
      "GDPR 28(3)(a)/(b); SCC 7.1",
      "the processor should not disclose to third parties on its own judgement.",
      Severity.WARNING,
      "WARNING",
      "Confidentiality lapses where disclosure is 'logically necessary', as judged by the processor.",
      "Geheimhouding vervalt als verstrekking aan derden 'logischerwijs noodzakelijk' is; dat beoordeelt de verwerker zelf."),
  /**
   * 20. GDPR-28.3.c-SECURITY: the processor takes all measures required by Art. 32, at a level
   * **appropriate** to the risk.
   */
  GDPR_28_3_C_SECURITY(
      "GDPR-28.3.c-SECURITY",
      20,
      "GDPR 28(3)(c), 32(1); Amaral R16/R32; SCC 7.4",
      "the processor takes all measures required by Art. 32, at a level **appropriate** to the risk.",
      Severity.ERROR,
      "ERROR,WARNING",
      "A commitment to security measures (Art. 32) is not stated.",
      "Een verplichting tot beveiligingsmaatregelen (art. 32 AVG) ontbreekt.",
      Severity.ERROR,
      "A commitment to security measures (Art. 32) is not stated.",
      "Een verplichting tot beveiligingsmaatregelen (art. 32 AVG) ontbreekt.",
      Severity.WARNING,
      "The security commitment is weakened: {0}.",
      "De beveiligingsverplichting is afgezwakt: {0}."),
  /**
   * 21. GDPR-32.1-TOMS-SPECIFIED: concrete technical and organisational measures (TOMs) are
   * described and cover the Art. 32(1) elements.
   */
  GDPR_32_1_TOMS_SPECIFIED(
      "GDPR-32.1-TOMS-SPECIFIED",
      21,
      "GDPR 32(1)(a)–(d); Amaral R7; EDPB 07/2020 §1.3.3 (draft para 123); SCC Annex III (measures \"in specific (and not generic) terms\")",
      "concrete technical and organisational measures (TOMs) are described and cover the Art. 32(1) elements.",
      Severity.WARNING,
      "WARNING,INFO",
      "TOMs not (sufficiently) specified; missing: {0}.",
      "Technische en organisatorische maatregelen zijn niet (voldoende) concreet beschreven; ontbrekend: {0}."),
  /**
   * 22. RISK-32-CONTROLLER-DEEMS-ADEQUATE: the controller should not be made to declare the
   * processor's measures adequate, or take responsibility for them.
   */
  RISK_32_CONTROLLER_DEEMS_ADEQUATE(
      "RISK-32-CONTROLLER-DEEMS-ADEQUATE",
      22,
      "GDPR 28(1), 32 (the processor carries its own Art. 32 duty); EDPB 07/2020 §1.3.3",
      "the controller should not be made to declare the processor's measures adequate, or take responsibility for them.",
      Severity.WARNING,
      "WARNING",
      "Controller deems the processor's security adequate or is made responsible for it (risk shift).",
      "Verwerkingsverantwoordelijke verklaart de beveiliging passend of draagt de verantwoordelijkheid ervoor; dat verschuift het risico."),
  /**
   * 23. EDPB-32-UNILATERAL-SECURITY-CHANGE: measures are not changed unilaterally; reasonable
   * additional measures the controller asks for are not refused at will.
   */
  EDPB_32_UNILATERAL_SECURITY_CHANGE(
      "EDPB-32-UNILATERAL-SECURITY-CHANGE",
      23,
      "EDPB 07/2020 §1.3.3 (the processor must obtain the controller's approval before changing measures; regular review)",
      "measures are not changed unilaterally; reasonable additional measures the controller asks for are not refused at will.",
      Severity.WARNING,
      "WARNING",
      "Processor may change security measures unilaterally or refuse requested measures.",
      "Verwerker kan beveiligingsmaatregelen eenzijdig wijzigen of gevraagde maatregelen weigeren."),
  /**
   * 24. GDPR-32.2-RISK-FACTORS: the security level takes into account the risks of destruction,
   * loss, alteration and unauthorised disclosure or access.
   */
  GDPR_32_2_RISK_FACTORS(
      "GDPR-32.2-RISK-FACTORS",
      24,
      "GDPR 32(2); Amaral R29",
      "the security level takes into account the risks of destruction, loss, alteration and unauthorised disclosure or access.",
      Severity.INFO,
      "INFO",
      "Art. 32(2) risks not referenced.",
      "Risico's uit art. 32 lid 2 AVG worden niet benoemd."),
  /**
   * 25. GDPR-28.2-SUBPROCESSOR-AUTHORISATION: sub-processors only with prior specific or general
   * **written** authorisation.
   */
  GDPR_28_2_SUBPROCESSOR_AUTHORISATION(
      "GDPR-28.2-SUBPROCESSOR-AUTHORISATION",
      25,
      "GDPR 28(2); Amaral R10; SCC 7.7",
      "sub-processors only with prior specific or general **written** authorisation.",
      Severity.ERROR,
      "ERROR",
      "No prior specific or general written authorisation for sub-processors.",
      "Geen voorafgaande (specifieke of algemene) schriftelijke toestemming voor subverwerkers."),
  /**
   * 26. GDPR-28.2-CHANGE-NOTIFICATION: under general authorisation the processor informs the
   * controller of intended additions or replacements of sub-processors.
   */
  GDPR_28_2_CHANGE_NOTIFICATION(
      "GDPR-28.2-CHANGE-NOTIFICATION",
      26,
      "GDPR 28(2) 2nd sentence; Amaral R11; SCC 7.7 Option 2",
      "under general authorisation the processor informs the controller of intended additions or replacements of sub-processors.",
      Severity.ERROR,
      "ERROR",
      "General authorisation without duty to notify intended sub-processor changes.",
      "Bij algemene toestemming ontbreekt de plicht om voorgenomen wijzigingen van subverwerkers vooraf te melden."),
  /** 27. GDPR-28.2-OBJECTION-RIGHT: the controller can object to those changes. */
  GDPR_28_2_OBJECTION_RIGHT(
      "GDPR-28.2-OBJECTION-RIGHT",
      27,
      "GDPR 28(2); Amaral R36; SCC 7.7 Option 2",
      "the controller can object to those changes.",
      Severity.ERROR,
      "ERROR",
      "No right to object to new sub-processors under general authorisation.",
      "Bij algemene toestemming ontbreekt het recht om bezwaar te maken tegen nieuwe subverwerkers."),
  /**
   * 28. SCC-7.7-NOTICE-PERIOD: a concrete advance-notice period lets the controller object in time.
   */
  SCC_7_7_NOTICE_PERIOD(
      "SCC-7.7-NOTICE-PERIOD",
      28,
      "SCC 2021/915 Clause 7.7 (\"at least [SPECIFY TIME PERIOD] in advance\"); EDPB 07/2020 §1.6",
      "a concrete advance-notice period lets the controller object in time.",
      Severity.WARNING,
      "WARNING",
      "No concrete advance-notice period for new sub-processors.",
      "Geen concrete termijn voor vooraankondiging van nieuwe subverwerkers."),
  /**
   * 29. SCC-7.7-OBJECTION-EFFECT: the consequence of an objection is stated (the processor
   * refrains, or the controller may terminate without penalty).
   */
  SCC_7_7_OBJECTION_EFFECT(
      "SCC-7.7-OBJECTION-EFFECT",
      29,
      "SCC 7.7 and the Commission SCC Q&A (if the controller objects, the processor may not engage the sub-processor)",
      "the consequence of an objection is stated (the processor refrains, or the controller may terminate without penalty).",
      Severity.WARNING,
      "WARNING",
      "Effect of an objection to a sub-processor not specified.",
      "Gevolg van bezwaar tegen een subverwerker is niet geregeld (geen afzien of kosteloze beëindiging)."),
  /**
   * 30. EDPB-28.2-SUBPROCESSOR-LIST: currently authorised sub-processors are identified by name in
   * the DPA or an annex and kept up to date.
   */
  EDPB_28_2_SUBPROCESSOR_LIST(
      "EDPB-28.2-SUBPROCESSOR-LIST",
      30,
      "EDPB Opinion 22/2024 paras 25, 28–32; SCC Annex IV; Commission SCC Q&A (names, not categories)",
      "currently authorised sub-processors are identified by name in the DPA or an annex and kept up to date.",
      Severity.WARNING,
      "WARNING",
      "Current sub-processors are not named in the DPA/annex (only on request or not at all).",
      "Huidige subverwerkers staan niet bij naam in de overeenkomst/bijlage (alleen op verzoek of helemaal niet)."),
  /**
   * 31. RISK-SUBPROCESSOR-DETAILS: each listed sub-processor has a purpose, data categories and
   * **location/country**.
   */
  RISK_SUBPROCESSOR_DETAILS(
      "RISK-SUBPROCESSOR-DETAILS",
      31,
      "SCC Annex IV (name, address, contact, description of processing); EDPB Opinion 22/2024",
      "each listed sub-processor has a purpose, data categories and **location/country**.",
      Severity.WARNING,
      "WARNING",
      "Country/location missing for sub-processor(s): {0}.",
      "Vestigings-/verwerkingsland ontbreekt bij subverwerker(s): {0}."),
  /**
   * 32. RISK-SUBPROCESSOR-CONTRACT-STATUS: a sub-processing contract is in place for each listed
   * sub-processor.
   */
  RISK_SUBPROCESSOR_CONTRACT_STATUS(
      "RISK-SUBPROCESSOR-CONTRACT-STATUS",
      32,
      "GDPR 28(4)",
      "a sub-processing contract is in place for each listed sub-processor.",
      Severity.WARNING,
      "WARNING",
      "No sub-processing agreement confirmed for {0}.",
      "Voor subverwerker(s) {0} is geen verwerkersovereenkomst bevestigd."),
  /**
   * 33. GDPR-28.4-FLOW-DOWN: the **same** data-protection obligations are imposed on each
   * sub-processor by contract.
   */
  GDPR_28_4_FLOW_DOWN(
      "GDPR-28.4-FLOW-DOWN",
      33,
      "GDPR 28(4) 1st sentence, 28(3)(d); Amaral R27; SCC 7.7(b)",
      "the **same** data-protection obligations are imposed on each sub-processor by contract.",
      Severity.ERROR,
      "ERROR",
      "Flow-down of the same obligations to sub-processors is missing, conditional or limited to security.",
      "Doorlegging van dezelfde verplichtingen aan subverwerkers ontbreekt, is voorwaardelijk of beperkt tot beveiliging."),
  /**
   * 34. GDPR-28.4-SUBPROCESSOR-LIABILITY: the processor remains fully liable to the controller for
   * its sub-processors.
   */
  GDPR_28_4_SUBPROCESSOR_LIABILITY(
      "GDPR-28.4-SUBPROCESSOR-LIABILITY",
      34,
      "GDPR 28(4) 2nd sentence; Amaral R28; SCC 7.7(c)",
      "the processor remains fully liable to the controller for its sub-processors.",
      Severity.ERROR,
      "ERROR",
      "Processor's full liability for sub-processors missing, limited or excluded (contrary to Art. 28(4)).",
      "Volledige aansprakelijkheid van de verwerker voor subverwerkers ontbreekt of is beperkt/uitgesloten (strijdig met art. 28 lid 4 AVG)."),
  /**
   * 35. RISK-SUBSUBPROCESSOR-VISIBILITY: WARNING if the processor disclaims knowledge of, or notice
   * about, sub-sub-processor changes.
   */
  RISK_SUBSUBPROCESSOR_VISIBILITY(
      "RISK-SUBSUBPROCESSOR-VISIBILITY",
      35,
      "GDPR 28(2), 28(4); EDPB Opinion 22/2024 (the whole chain should be visible)",
      "WARNING if the processor disclaims knowledge of, or notice about, sub-sub-processor changes.",
      Severity.WARNING,
      "WARNING",
      "Processor disclaims notice of sub-sub-processor changes.",
      "Verwerker garandeert geen informatie over wijzigingen van sub-subverwerkers."),
  /**
   * 36. RISK-SUBPROCESSOR-ROLE-AMBIGUITY: a party is either the processor's sub-processor (28(4)
   * applies) or a processor contracted directly by the controller; not both.
   */
  RISK_SUBPROCESSOR_ROLE_AMBIGUITY(
      "RISK-SUBPROCESSOR-ROLE-AMBIGUITY",
      36,
      "GDPR 28(2)/(4), 28(10)",
      "a party is either the processor's sub-processor (28(4) applies) or a processor contracted directly by the controller; not both.",
      Severity.WARNING,
      "WARNING",
      "Unclear whether {0} are the processor's sub-processors or processors engaged directly by the customer.",
      "Onduidelijk of {0} subverwerkers van de verwerker zijn of door de klant zelf ingeschakelde verwerkers."),
  /**
   * 37. RISK-THIRD-PARTY-RESPONSIBILITY-DISCLAIMER: WARNING if UNQUALIFIED ("voor ... verwerkingen
   * door derden ... is Verwerker uitdrukkelijk niet verantwoordelijk") without carving out the
   * processor's own sub-processors.
   */
  RISK_THIRD_PARTY_RESPONSIBILITY_DISCLAIMER(
      "RISK-THIRD-PARTY-RESPONSIBILITY-DISCLAIMER",
      37,
      "GDPR 28(4)",
      "WARNING if UNQUALIFIED (\"voor ... verwerkingen door derden ... is Verwerker uitdrukkelijk niet verantwoordelijk\") without carving out the processor's own sub-processors.",
      Severity.WARNING,
      "WARNING",
      "Disclaimer for 'processing by third parties' may cover the processor's own sub-processors.",
      "Uitsluiting van verantwoordelijkheid voor 'verwerkingen door derden' kan subverwerkers omvatten."),
  /**
   * 38. GDPR-44-TRANSFER-MECHANISM: any transfer outside the EEA rests on adequacy, appropriate
   * safeguards or a derogation, and the DPA documents which one.
   */
  GDPR_44_TRANSFER_MECHANISM(
      "GDPR-44-TRANSFER-MECHANISM",
      38,
      "GDPR 44–46, 49; SCC 2021/914; DPF adequacy decision (EU) 2023/1795",
      "any transfer outside the EEA rests on adequacy, appropriate safeguards or a derogation, and the DPA documents which one.",
      Severity.ERROR,
      "ERROR,WARNING",
      "Transfer to {0} without a valid transfer mechanism (adequacy decision, DPF for the US, SCCs, BCRs; not the processor's own assessment or the Privacy Shield).",
      "Doorgifte naar {0} zonder geldig doorgiftemechanisme (adequaatheidsbesluit, DPF voor de VS, SCC, BCR; niet de eigen beoordeling van de verwerker of het Privacy Shield)."),
  /**
   * 39. EDPB-44-REMOTE-ACCESS-TRANSFER: remote access from a third country to data stored in the
   * EEA is a transfer.
   */
  EDPB_44_REMOTE_ACCESS_TRANSFER(
      "EDPB-44-REMOTE-ACCESS-TRANSFER",
      39,
      "EDPB Guidelines 05/2021 (Art. 3 / Chapter V interplay); GDPR 44",
      "remote access from a third country to data stored in the EEA is a transfer.",
      Severity.WARNING,
      "WARNING",
      "Remote access from third countries is itself a transfer; mechanism missing.",
      "Toegang vanuit derde landen tot in de EU opgeslagen gegevens is ook doorgifte; het doorgiftemechanisme ontbreekt."),
  /**
   * 40. GDPR-45-ADEQUACY-SELF-ASSESSMENT: WARNING if the processor itself judges whether a country
   * has a "passend beschermingsniveau" using its own criteria (the old Wbp art. 76 test).
   */
  GDPR_45_ADEQUACY_SELF_ASSESSMENT(
      "GDPR-45-ADEQUACY-SELF-ASSESSMENT",
      40,
      "GDPR 45 (adequacy is decided by the Commission), 46",
      "WARNING if the processor itself judges whether a country has a \"passend beschermingsniveau\" using its own criteria (the old Wbp art. 76 test).",
      Severity.WARNING,
      "WARNING",
      "Processor self-assesses third-country adequacy; under the GDPR this requires a Commission decision or appropriate safeguards.",
      "Verwerker beoordeelt zelf het passende beschermingsniveau van derde landen; onder de AVG is dat voorbehouden aan adequaatheidsbesluiten of passende waarborgen."),
  /**
   * 41. GDPR-28.3.e-DSAR-ASSISTANCE: the processor assists the controller, through appropriate TOMs
   * as far as possible, in answering data-subject requests (Arts 12–22).
   */
  GDPR_28_3_E_DSAR_ASSISTANCE(
      "GDPR-28.3.e-DSAR-ASSISTANCE",
      41,
      "GDPR 28(3)(e); Amaral R17; SCC 8(a)–(b)",
      "the processor assists the controller, through appropriate TOMs as far as possible, in answering data-subject requests (Arts 12–22).",
      Severity.ERROR,
      "ERROR,WARNING",
      "Assistance with requests of data subjects is not stated.",
      "Bijstand bij verzoeken van betrokkenen ontbreekt.",
      Severity.ERROR,
      "Assistance with requests of data subjects is not stated.",
      "Bijstand bij verzoeken van betrokkenen ontbreekt.",
      Severity.WARNING,
      "Processor only forwards data-subject requests; no assistance obligation.",
      "Verwerker stuurt verzoeken van betrokkenen alleen door; een plicht tot bijstand ontbreekt."),
  /**
   * 42. SCC-8-PROCESSOR-CONTACTS-DATA-SUBJECT: INFO if the processor may inform the data subject
   * directly.
   */
  SCC_8_PROCESSOR_CONTACTS_DATA_SUBJECT(
      "SCC-8-PROCESSOR-CONTACTS-DATA-SUBJECT",
      42,
      "SCC 8(a) (the processor does not answer requests itself unless authorised)",
      "INFO if the processor may inform the data subject directly.",
      Severity.INFO,
      "INFO",
      "Processor may contact the data subject directly.",
      "Verwerker mag de betrokkene zelf informeren; stem dit af met de verwerkingsverantwoordelijke."),
  /** 43. RISK-ASSISTANCE-COSTS: INFO if assistance costs are charged to the controller. */
  RISK_ASSISTANCE_COSTS(
      "RISK-ASSISTANCE-COSTS",
      43,
      "practice (SCC silent)",
      "INFO if assistance costs are charged to the controller.",
      Severity.INFO,
      "INFO",
      "Assistance costs charged to controller.",
      "Kosten van bijstand komen voor rekening van de verwerkingsverantwoordelijke."),
  /**
   * 44. GDPR-28.3.f-SECURITY-ASSISTANCE: INFO if there is no explicit duty to assist the controller
   * with **its** Art. 32 obligations (the processor's own security duty is rule 20).
   */
  GDPR_28_3_F_SECURITY_ASSISTANCE(
      "GDPR-28.3.f-SECURITY-ASSISTANCE",
      44,
      "GDPR 28(3)(f) + 32; Amaral R18; SCC 8(c)",
      "INFO if there is no explicit duty to assist the controller with **its** Art. 32 obligations (the processor's own security duty is rule 20).",
      Severity.INFO,
      "INFO",
      "No explicit assistance with controller's Art. 32 duties.",
      "Geen expliciete bijstand bij de beveiligingsplicht van de verwerkingsverantwoordelijke."),
  /**
   * 45. GDPR-28.3.f-DPIA-ASSISTANCE: WARNING if ABSENT; INFO if QUALIFIED ("voor zover dat binnen
   * haar macht ligt"; GDPR itself limits assistance to "the information available to the
   * processor").
   */
  GDPR_28_3_F_DPIA_ASSISTANCE(
      "GDPR-28.3.f-DPIA-ASSISTANCE",
      45,
      "GDPR 28(3)(f) + 35; Amaral R22; SCC 8(c)",
      "WARNING if ABSENT; INFO if QUALIFIED (\"voor zover dat binnen haar macht ligt\"; GDPR itself limits assistance to \"the information available to the processor\").",
      Severity.WARNING,
      "WARNING,INFO",
      "DPIA assistance missing.",
      "Bijstand bij gegevensbeschermingseffectbeoordelingen (DPIA) ontbreekt."),
  /** 46. GDPR-28.3.f-PRIOR-CONSULTATION: WARNING if ABSENT. */
  GDPR_28_3_F_PRIOR_CONSULTATION(
      "GDPR-28.3.f-PRIOR-CONSULTATION",
      46,
      "GDPR 28(3)(f) + 36; Amaral R19; SCC 8(c)",
      "WARNING if ABSENT.",
      Severity.WARNING,
      "WARNING",
      "Assistance with prior consultation (Art. 36) missing.",
      "Bijstand bij voorafgaande raadpleging van de Autoriteit Persoonsgegevens (art. 36 AVG) ontbreekt."),
  /**
   * 47. GDPR-33.2-BREACH-NOTIFICATION: ERROR if the processor has no duty to notify the controller
   * of personal-data breaches.
   */
  GDPR_33_2_BREACH_NOTIFICATION(
      "GDPR-33.2-BREACH-NOTIFICATION",
      47,
      "GDPR 33(2), 28(3)(f); Amaral R34, R20, R21; SCC 9",
      "ERROR if the processor has no duty to notify the controller of personal-data breaches.",
      Severity.ERROR,
      "ERROR",
      "Processor breach notification duty missing.",
      "Meldplicht van de verwerker aan de verwerkingsverantwoordelijke bij datalekken ontbreekt."),
  /**
   * 48. GDPR-33.2-BREACH-TIMELINESS: ERROR if standard ∈ {REASONABLE_PERIOD, NONE} with no numeric
   * cap, or maxHours > 72 without IMMEDIATE/WITHOUT_UNDUE_DELAY; WARNING if maxHours ≥ 72 (no
   * margin for the controller's own 72 h deadline); INFO if 24 &lt; maxHours &lt; 72.
   */
  GDPR_33_2_BREACH_TIMELINESS(
      "GDPR-33.2-BREACH-TIMELINESS",
      48,
      "GDPR 33(2) (\"without undue delay\"), 33(1) (72 h for the controller); SCC 9.2 and Commission Q&A (the parties set the time frame); WP250",
      "ERROR if standard ∈ {REASONABLE_PERIOD, NONE} with no numeric cap, or maxHours > 72 without IMMEDIATE/WITHOUT_UNDUE_DELAY; WARNING if maxHours ≥ 72 (no margin for the controller's own 72 h deadline); INFO if 24 < maxHours < 72.",
      Severity.ERROR,
      "ERROR,WARNING,INFO",
      "Breach notice to the controller {0}; Art. 33(2) asks for notice without undue delay.",
      "Melding van een datalek aan de verwerkingsverantwoordelijke {0}; art. 33 lid 2 AVG vraagt melding zonder onredelijke vertraging.",
      Severity.ERROR,
      "Breach notice to the controller {0}; Art. 33(2) asks for notice without undue delay.",
      "Melding van een datalek aan de verwerkingsverantwoordelijke {0}; art. 33 lid 2 AVG vraagt melding zonder onredelijke vertraging.",
      Severity.WARNING,
      "Breach notice to the controller is due within {0}{1}: no margin for the controller's own 72 hours.",
      "Melding van een datalek aan de verwerkingsverantwoordelijke moet binnen {0}{1}: geen ruimte binnen de eigen 72-uurstermijn van de verwerkingsverantwoordelijke.",
      Severity.INFO,
      "Breach notice to the controller is due within {0}{1}; consider at most 24 hours.",
      "Melding van een datalek aan de verwerkingsverantwoordelijke moet binnen {0}{1}; overweeg maximaal 24 uur."),
  /**
   * 49. RISK-33-SUSPECTED-BREACH-EXCLUDED: WARNING if notification is limited to incidents that
   * "daadwerkelijk" occurred or are confirmed.
   */
  RISK_33_SUSPECTED_BREACH_EXCLUDED(
      "RISK-33-SUSPECTED-BREACH-EXCLUDED",
      49,
      "GDPR 33(2) (awareness), WP250 (early notice, information in phases)",
      "WARNING if notification is limited to incidents that \"daadwerkelijk\" occurred or are confirmed.",
      Severity.WARNING,
      "WARNING",
      "Only confirmed incidents are notified; suspected breaches excluded.",
      "Alleen bevestigde incidenten worden gemeld; vermoedelijke datalekken vallen erbuiten."),
  /**
   * 50. GDPR-33.3-BREACH-CONTENT: WARNING if any of {NATURE_CATEGORIES_NUMBERS, CONTACT_POINT,
   * LIKELY_CONSEQUENCES, MEASURES} is missing (a generic "alle relevante informatie" does not count
   * as nature, contact point or consequences).
   */
  GDPR_33_3_BREACH_CONTENT(
      "GDPR-33.3-BREACH-CONTENT",
      50,
      "GDPR 33(3)/(4); Amaral R8; SCC 9.2",
      "WARNING if any of {NATURE_CATEGORIES_NUMBERS, CONTACT_POINT, LIKELY_CONSEQUENCES, MEASURES} is missing (a generic \"alle relevante informatie\" does not count as nature, contact point or consequences).",
      Severity.WARNING,
      "WARNING",
      "Breach notification content incomplete; missing: {0}.",
      "Inhoud van de melding onvolledig; ontbreekt: {0}."),
  /**
   * 51. GDPR-28.3.g-DELETE-OR-RETURN: ERROR if ABSENT; WARNING if the controller has no real choice
   * (DELETE_DEFAULT_RETURN_IF_AGREED: return only "indien overeengekomen").
   */
  GDPR_28_3_G_DELETE_OR_RETURN(
      "GDPR-28.3.g-DELETE-OR-RETURN",
      51,
      "GDPR 28(3)(g); Amaral R23; SCC 7.3/10(d)",
      "ERROR if ABSENT; WARNING if the controller has no real choice (DELETE_DEFAULT_RETURN_IF_AGREED: return only \"indien overeengekomen\").",
      Severity.ERROR,
      "ERROR,WARNING",
      "Controller's choice between deletion and return missing or restricted.",
      "Keuze van de verwerkingsverantwoordelijke tussen verwijderen en teruggeven ontbreekt of is beperkt."),
  /**
   * 52. GDPR-28.3.g-DELETE-COPIES: WARNING if existing copies (including backups) are not covered.
   */
  GDPR_28_3_G_DELETE_COPIES(
      "GDPR-28.3.g-DELETE-COPIES",
      52,
      "GDPR 28(3)(g)",
      "WARNING if existing copies (including backups) are not covered.",
      Severity.WARNING,
      "WARNING",
      "Deletion of existing copies not covered.",
      "Verwijdering van bestaande kopieën is niet geregeld."),
  /**
   * 53. GDPR-28.3.g-POST-TERM-RETENTION: ERROR if the processor may keep data after the end of the
   * services for a period not required by law (e.g. "een bewaartermijn van twee jaren daarna").
   */
  GDPR_28_3_G_POST_TERM_RETENTION(
      "GDPR-28.3.g-POST-TERM-RETENTION",
      53,
      "GDPR 28(3)(g) (storage after the end only where Union/Member-State law requires it)",
      "ERROR if the processor may keep data after the end of the services for a period not required by law (e.g. \"een bewaartermijn van twee jaren daarna\").",
      Severity.ERROR,
      "ERROR",
      "Processor retains data after termination without a legal obligation; contrary to Art. 28(3)(g).",
      "Verwerker bewaart gegevens na afloop zonder wettelijke plicht; strijdig met art. 28 lid 3 sub g AVG."),
  /** 54. RISK-DELETION-DEADLINE: WARNING if null or > deletion.maxDays (90). */
  RISK_DELETION_DEADLINE(
      "RISK-DELETION-DEADLINE",
      54,
      "SCC 10(d); practice",
      "WARNING if null or > deletion.maxDays (90).",
      Severity.WARNING,
      "WARNING",
      "No deadline for deletion/return after termination.",
      "Geen termijn waarbinnen na beëindiging wordt verwijderd of teruggegeven."),
  /** 55. SCC-10-DELETION-CERTIFICATION: INFO if absent. */
  SCC_10_DELETION_CERTIFICATION(
      "SCC-10-DELETION-CERTIFICATION",
      55,
      "SCC 10(d) (the processor certifies deletion)",
      "INFO if absent.",
      Severity.INFO,
      "INFO",
      "No deletion certificate.",
      "Geen bevestiging/verklaring van verwijdering."),
  /** 56. RISK-DELETION-COSTS: INFO if the processor may charge for deletion or return. */
  RISK_DELETION_COSTS(
      "RISK-DELETION-COSTS",
      56,
      "GDPR 28(3)(g); practice",
      "INFO if the processor may charge for deletion or return.",
      Severity.INFO,
      "INFO",
      "Processor may charge for deletion/return.",
      "Verwerker mag kosten rekenen voor verwijderen/teruggeven."),
  /**
   * 57. RISK-RETENTION-UNDEFINED: WARNING if ABSENT or VAGUE (processor decides "wanneer niet meer
   * nodig"); INFO if CONTROLLER_DETERMINES_WITH_MECHANISM (the controller sets periods and can have
   * data deleted).
   */
  RISK_RETENTION_UNDEFINED(
      "RISK-RETENTION-UNDEFINED",
      57,
      "GDPR 5(1)(e), 28(3) (duration is an essential means set by the controller; EDPB 07/2020 Part I)",
      "WARNING if ABSENT or VAGUE (processor decides \"wanneer niet meer nodig\"); INFO if CONTROLLER_DETERMINES_WITH_MECHANISM (the controller sets periods and can have data deleted).",
      Severity.WARNING,
      "WARNING,INFO",
      "Retention periods during the service are not defined.",
      "Bewaartermijnen tijdens de dienstverlening zijn niet vastgelegd."),
  /**
   * 58. GDPR-28.3.h-COMPLIANCE-INFORMATION: ERROR if there is no duty to provide, on request, all
   * information needed to show compliance (a static description, or information only inside a
   * restricted audit, is not enough).
   */
  GDPR_28_3_H_COMPLIANCE_INFORMATION(
      "GDPR-28.3.h-COMPLIANCE-INFORMATION",
      58,
      "GDPR 28(3)(h) 1st part; Amaral R25; SCC 7.6(c)",
      "ERROR if there is no duty to provide, on request, all information needed to show compliance (a static description, or information only inside a restricted audit, is not enough).",
      Severity.ERROR,
      "ERROR",
      "No duty to provide all information necessary to demonstrate compliance.",
      "Plicht om alle informatie te verstrekken die nodig is om naleving aan te tonen ontbreekt."),
  /** 59. GDPR-28.3.h-AUDIT-RIGHT: ERROR if absent. */
  GDPR_28_3_H_AUDIT_RIGHT(
      "GDPR-28.3.h-AUDIT-RIGHT",
      59,
      "GDPR 28(3)(h); Amaral R26; SCC 7.6(c)–(d)",
      "ERROR if absent.",
      Severity.ERROR,
      "ERROR",
      "No audit/inspection right.",
      "Recht op audits en inspecties ontbreekt."),
  /**
   * 60. RISK-AUDIT-SUSPICION-ONLY: ERROR if SUSPICION_ONLY ("uitsluitend bij een concreet vermoeden
   * van misbruik"); WARNING if SUSPICION_AMBIGUOUS ("mag plaatsvinden bij een concreet vermoeden").
   */
  RISK_AUDIT_SUSPICION_ONLY(
      "RISK-AUDIT-SUSPICION-ONLY",
      60,
      "GDPR 28(3)(h); SCC 7.6(c) (\"at reasonable intervals or if there are indications of non-compliance\")",
      "ERROR if SUSPICION_ONLY (\"uitsluitend bij een concreet vermoeden van misbruik\"); WARNING if SUSPICION_AMBIGUOUS (\"mag plaatsvinden bij een concreet vermoeden\").",
      Severity.ERROR,
      "ERROR,WARNING",
      "Audit only upon concrete suspicion of misuse; this makes the audit right illusory (Art. 28(3)(h)).",
      "Audit alleen bij een concreet vermoeden van misbruik; dat maakt het auditrecht illusoir (art. 28 lid 3 sub h AVG)."),
  /** 61. RISK-AUDIT-SCOPE-LIMITED: WARNING if SECURITY_ONLY or SECURITY_AND_MISUSE. */
  RISK_AUDIT_SCOPE_LIMITED(
      "RISK-AUDIT-SCOPE-LIMITED",
      61,
      "GDPR 28(3)(h) (\"compliance with the obligations laid down in this Article\")",
      "WARNING if SECURITY_ONLY or SECURITY_AND_MISUSE.",
      Severity.WARNING,
      "WARNING",
      "Audit scope limited to security/misuse, not all Art. 28 obligations.",
      "Auditreikwijdte beperkt tot beveiliging/misbruik, niet alle verplichtingen uit art. 28 AVG."),
  /**
   * 62. RISK-AUDIT-FINDINGS-DISCRETIONARY: WARNING if PROCESSOR_DISCRETION ("naar eigen goeddunken
   * van Verwerker").
   */
  RISK_AUDIT_FINDINGS_DISCRETIONARY(
      "RISK-AUDIT-FINDINGS-DISCRETIONARY",
      62,
      "GDPR 28(3)(a)/(h), 28(10)",
      "WARNING if PROCESSOR_DISCRETION (\"naar eigen goeddunken van Verwerker\").",
      Severity.WARNING,
      "WARNING",
      "Processor decides at its discretion whether audit findings are remediated.",
      "Verwerker bepaalt zelf of en hoe auditbevindingen worden opgevolgd."),
  /**
   * 63. RISK-AUDIT-COSTS: WARNING if CONTROLLER_INCL_PROCESSOR_COSTS (the controller also pays the
   * processor's internal staff time); INFO if the controller bears the audit costs in other forms.
   */
  RISK_AUDIT_COSTS(
      "RISK-AUDIT-COSTS",
      63,
      "GDPR 28(3)(h) (\"contribute to audits\"); practice",
      "WARNING if CONTROLLER_INCL_PROCESSOR_COSTS (the controller also pays the processor's internal staff time); INFO if the controller bears the audit costs in other forms.",
      Severity.WARNING,
      "WARNING,INFO",
      "Controller bears all audit costs, including the processor's own costs.",
      "Alle auditkosten, inclusief de eigen kosten van de verwerker, komen voor rekening van de verwerkingsverantwoordelijke."),
  /**
   * 64. RISK-AUDIT-FREQUENCY-NOTICE: WARNING if a frequency cap has no exception for incidents or
   * regulator demands, or noticeDays > 30, or a fixed notice period also applies to
   * incident-triggered audits; INFO if a cap/notice exists with such exceptions.
   */
  RISK_AUDIT_FREQUENCY_NOTICE(
      "RISK-AUDIT-FREQUENCY-NOTICE",
      64,
      "SCC 7.6 (\"reasonable intervals\", \"reasonable notice\")",
      "WARNING if a frequency cap has no exception for incidents or regulator demands, or noticeDays > 30, or a fixed notice period also applies to incident-triggered audits; INFO if a cap/notice exists with such exceptions.",
      Severity.WARNING,
      "WARNING,INFO",
      "Audit frequency/notice restrictions without incident exceptions.",
      "Auditfrequentie/aankondigingstermijn beperkt het auditrecht zonder uitzondering voor incidenten."),
  /**
   * 65. GDPR-28.3.h-AUDITOR-CHOICE: INFO if INDEPENDENT_THIRD_PARTY_ONLY (the controller cannot
   * audit itself).
   */
  GDPR_28_3_H_AUDITOR_CHOICE(
      "GDPR-28.3.h-AUDITOR-CHOICE",
      65,
      "GDPR 28(3)(h) (\"by the controller or another auditor mandated by the controller\")",
      "INFO if INDEPENDENT_THIRD_PARTY_ONLY (the controller cannot audit itself).",
      Severity.INFO,
      "INFO",
      "Only an independent third party may audit; not the controller itself.",
      "Alleen een onafhankelijke derde mag auditen; de verwerkingsverantwoordelijke zelf niet."),
  /** 66. GDPR-28.3.h-INFRINGING-INSTRUCTION: ERROR if ABSENT; WARNING if PRESENT_NOT_IMMEDIATE. */
  GDPR_28_3_H_INFRINGING_INSTRUCTION(
      "GDPR-28.3.h-INFRINGING-INSTRUCTION",
      66,
      "GDPR 28(3) final subparagraph; Amaral R24; SCC 7.1(b)",
      "ERROR if ABSENT; WARNING if PRESENT_NOT_IMMEDIATE.",
      Severity.ERROR,
      "ERROR,WARNING",
      "No (immediate) duty to inform the controller of infringing instructions.",
      "Verwerker hoeft niet (onmiddellijk) te waarschuwen bij een instructie die in strijd is met de AVG."),
  /**
   * 67. RISK-82-LIABILITY-CAP-LOW: WARNING if capAmountEur &lt; minCapEur (100 000) or capFeeMonths
   * &lt; minCapFeeMonths (12).
   */
  RISK_82_LIABILITY_CAP_LOW(
      "RISK-82-LIABILITY-CAP-LOW",
      67,
      "GDPR 82(4)/(5) (internal recourse); practice",
      "WARNING if capAmountEur < minCapEur (100 000) or capFeeMonths < minCapFeeMonths (12).",
      Severity.WARNING,
      "WARNING,INFO",
      "Processor liability capped at {0}; low relative to breach exposure.",
      "Aansprakelijkheid van de verwerker is beperkt tot {0}; dat is laag in verhouding tot het risico van een datalek.",
      Severity.INFO,
      "Processor liability capped at {0}; it cannot be compared with the policy's minimum of {1} (no exchange rate).",
      "Aansprakelijkheid van de verwerker is beperkt tot {0}; dat is niet te vergelijken met het minimum van het beleid, {1} (geen wisselkoers)."),
  /**
   * 68. RISK-82-LIABILITY-EXCLUDED: WARNING if the processor's liability is excluded in principle
   * (Dutch law only limits this by intent/gross negligence and reasonableness).
   */
  RISK_82_LIABILITY_EXCLUDED(
      "RISK-82-LIABILITY-EXCLUDED",
      68,
      "GDPR 82(4)/(5); practice under Dutch contract law",
      "WARNING if the processor's liability is excluded in principle (Dutch law only limits this by intent/gross negligence and reasonableness).",
      Severity.WARNING,
      "WARNING",
      "Processor liability excluded in principle.",
      "Aansprakelijkheid van de verwerker is in beginsel uitgesloten."),
  /**
   * 69. RISK-82-DATA-LOSS-EXCLUDED: WARNING if loss or destruction of data counts as excluded
   * (indirect) damage.
   */
  RISK_82_DATA_LOSS_EXCLUDED(
      "RISK-82-DATA-LOSS-EXCLUDED",
      69,
      "GDPR 82(4)/(5), 32(1)(b)-(c); practice",
      "WARNING if loss or destruction of data counts as excluded (indirect) damage.",
      Severity.WARNING,
      "WARNING",
      "Damage from loss/destruction of data excluded (the core DPA risk).",
      "Schade door verlies/vernietiging van gegevens is uitgesloten; dat is juist het kernrisico."),
  /**
   * 70. RISK-82-LIABILITY-EXTERNAL: INFO (the cap cannot be evaluated from the DPA; check the
   * referenced terms).
   */
  RISK_82_LIABILITY_EXTERNAL(
      "RISK-82-LIABILITY-EXTERNAL",
      70,
      "GDPR 82(4)/(5); practice",
      "INFO (the cap cannot be evaluated from the DPA; check the referenced terms).",
      Severity.INFO,
      "INFO",
      "Liability governed by an external document; cap not assessable.",
      "Aansprakelijkheid volgt uit een extern document (hoofdovereenkomst/algemene voorwaarden); niet te beoordelen."),
  /** 71. RISK-82-LIABILITY-UNSPECIFIED: INFO. */
  RISK_82_LIABILITY_UNSPECIFIED(
      "RISK-82-LIABILITY-UNSPECIFIED",
      71,
      "GDPR 82(4)/(5); practice",
      "INFO.",
      Severity.INFO,
      "INFO",
      "No liability provision in the DPA.",
      "Geen aansprakelijkheidsregeling in de verwerkersovereenkomst."),
  /**
   * 72. RISK-INDEMNITY-ONE-SIDED: WARNING if the controller indemnifies the processor broadly
   * (annex accuracy, third-party integrations, claims of data subjects or regulators) with no
   * reciprocal indemnity.
   */
  RISK_INDEMNITY_ONE_SIDED(
      "RISK-INDEMNITY-ONE-SIDED",
      72,
      "GDPR 82(4)/(5); practice",
      "WARNING if the controller indemnifies the processor broadly (annex accuracy, third-party integrations, claims of data subjects or regulators) with no reciprocal indemnity.",
      Severity.WARNING,
      "WARNING",
      "One-sided indemnity by the controller.",
      "Eenzijdige vrijwaring door de verwerkingsverantwoordelijke."),
  /**
   * 73. RISK-CLAIM-TIME-BAR: INFO if claims lapse within a contractual period or a notice of
   * default is a precondition.
   */
  RISK_CLAIM_TIME_BAR(
      "RISK-CLAIM-TIME-BAR",
      73,
      "GDPR 82; practice",
      "INFO if claims lapse within a contractual period or a notice of default is a precondition.",
      Severity.INFO,
      "INFO",
      "Claims are limited: {0}.",
      "Vorderingen zijn beperkt: {0}."),
  /**
   * 74. GDPR-83-FINES-ALLOCATION: INFO if the DPA allocates administrative fines (recourse for
   * fines is contested; fines are personal).
   */
  GDPR_83_FINES_ALLOCATION(
      "GDPR-83-FINES-ALLOCATION",
      74,
      "GDPR 83",
      "INFO if the DPA allocates administrative fines (recourse for fines is contested; fines are personal).",
      Severity.INFO,
      "INFO",
      "Clause on allocation/recourse of regulatory fines present.",
      "Regeling over (verhaal van) AP-boetes aanwezig."),
  /**
   * 75. RISK-UNILATERAL-AMENDMENT: ERROR if UNILATERAL without notice and without a controller exit
   * right; WARNING if UNILATERAL_WITH_NOTICE_AND_EXIT.
   */
  RISK_UNILATERAL_AMENDMENT(
      "RISK-UNILATERAL-AMENDMENT",
      75,
      "GDPR 28(3) (binding on the processor \"with regard to the controller\"); contract law",
      "ERROR if UNILATERAL without notice and without a controller exit right; WARNING if UNILATERAL_WITH_NOTICE_AND_EXIT.",
      Severity.ERROR,
      "ERROR,WARNING",
      "Processor may amend the DPA unilaterally.",
      "Verwerker kan de verwerkersovereenkomst eenzijdig wijzigen."),
  /**
   * 76. SCC-10-SUSPEND-TERMINATE: INFO if the controller has no right to suspend processing or to
   * terminate for the processor's non-compliance.
   */
  SCC_10_SUSPEND_TERMINATE(
      "SCC-10-SUSPEND-TERMINATE",
      76,
      "SCC Clause 10(a)–(b); Amaral R37/R38 (LL)",
      "INFO if the controller has no right to suspend processing or to terminate for the processor's non-compliance.",
      Severity.INFO,
      "INFO",
      "No controller right to suspend processing or terminate for non-compliance.",
      "Geen recht om de verwerking op te schorten of de overeenkomst te beëindigen bij niet-naleving."),
  /**
   * 77. SCC-4-PRECEDENCE: INFO if NOT_STATED/UNCLEAR/MAIN_AGREEMENT_PREVAILS, or the controller's
   * own DPA is expressly rejected.
   */
  SCC_4_PRECEDENCE(
      "SCC-4-PRECEDENCE",
      77,
      "SCC Clause 4 (the Clauses prevail over related agreements)",
      "INFO if NOT_STATED/UNCLEAR/MAIN_AGREEMENT_PREVAILS, or the controller's own DPA is expressly rejected.",
      Severity.INFO,
      "INFO",
      "Precedence of the DPA over the main agreement not (clearly) stated.",
      "Voorrang van de verwerkersovereenkomst boven de hoofdovereenkomst is niet (duidelijk) geregeld."),
  /** 78. GDPR-28.3-GOVERNING-LAW: WARNING if a non-EU/EEA law governs; INFO if not stated. */
  GDPR_28_3_GOVERNING_LAW(
      "GDPR-28.3-GOVERNING-LAW",
      78,
      "GDPR 28(3) (\"contract ... under Union or Member State law\")",
      "WARNING if a non-EU/EEA law governs; INFO if not stated.",
      Severity.WARNING,
      "WARNING,INFO",
      "Governing law {0} lies outside the EU and EEA; Art. 28(3) asks for a contract under Union or Member State law.",
      "Toepasselijk recht {0} ligt buiten de EU en EER; art. 28 lid 3 AVG vraagt een overeenkomst naar Unierecht of lidstatelijk recht.",
      Severity.INFO,
      "Governing law not stated.",
      "Toepasselijk recht niet vermeld."),
  /**
   * 79. META-VERSION-DATE: INFO if the version or date is missing or opaque, or the document
   * predates key guidance (before EDPB 07/2020 v2.0 of July 2021 and SCC 2021/915).
   */
  META_VERSION_DATE(
      "META-VERSION-DATE",
      79,
      "EDPB Guidelines 07/2020 v2.0 (July 2021); SCC 2021/915",
      "INFO if the version or date is missing or opaque, or the document predates key guidance (before EDPB 07/2020 v2.0 of July 2021 and SCC 2021/915).",
      Severity.INFO,
      "INFO",
      "Version/date missing or document outdated.",
      "Versie/datum ontbreekt of document is verouderd.");

  private final String id;
  private final int number;
  private final String legalBasis;
  private final String requirement;
  private final Severity defaultSeverity;
  private final Set<Severity> severities;
  private final LocalizedText message;
  private final Map<Severity, LocalizedText> messages = new EnumMap<>(Severity.class);

  CatalogRule(
      String id,
      int number,
      String legalBasis,
      String requirement,
      Severity defaultSeverity,
      String severities,
      String english,
      String dutch,
      Object... perSeverity) {
    this.id = id;
    this.number = number;
    this.legalBasis = legalBasis;
    this.requirement = requirement;
    this.defaultSeverity = defaultSeverity;
    Set<Severity> set = EnumSet.noneOf(Severity.class);
    for (String severity : severities.split(",")) {
      set.add(Severity.valueOf(severity));
    }
    this.severities = java.util.Collections.unmodifiableSet(set);
    this.message = LocalizedText.of(english, dutch);
    for (int i = 0; i < perSeverity.length; i += 3) {
      messages.put(
          (Severity) perSeverity[i],
          LocalizedText.of((String) perSeverity[i + 1], (String) perSeverity[i + 2]));
    }
  }

  @Override
  public String getId() {
    return id;
  }

  /**
   * Returns the rule's number in the catalogue, which also orders findings.
   *
   * @return the number, 1 to 79
   */
  public int getNumber() {
    return number;
  }

  @Override
  public String getLegalBasis() {
    return legalBasis;
  }

  @Override
  public String getRequirement() {
    return requirement;
  }

  @Override
  public Severity getDefaultSeverity() {
    return defaultSeverity;
  }

  @Override
  public Set<Severity> getSeverities() {
    return severities;
  }

  @Override
  public LocalizedText getMessage(Severity severity) {
    return messages.getOrDefault(severity, message);
  }

  /**
   * Finds a rule by id.
   *
   * @param id the id, such as {@code GDPR-33.2-BREACH-TIMELINESS}
   * @return the rule, or empty
   */
  public static Optional<CatalogRule> byId(String id) {
    for (CatalogRule rule : values()) {
      if (rule.id.equals(id)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }
}
