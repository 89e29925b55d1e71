package org.dpa4j.validation;

import static org.dpa4j.validation.RuleSupport.*;
import static org.dpa4j.validation.Severity.ERROR;
import static org.dpa4j.validation.Severity.INFO;
import static org.dpa4j.validation.Severity.WARNING;

import java.util.Optional;
import org.dpa4j.model.AgreementKind;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.processing.DataSubjectKind;
import org.dpa4j.model.processing.OwnUsePolicy;
import org.dpa4j.model.processing.PersonalDataCategory;
import org.dpa4j.model.processing.ProcessingDuration;
import org.dpa4j.model.processing.ProcessingScope;
import org.dpa4j.model.processing.PurposeExtension;
import org.dpa4j.model.processing.SpecialCategoriesStance;
import org.dpa4j.model.subprocessing.ObjectionRight;

/**
 * The catalogue's rules on the scope of the processing: subject-matter, duration, nature and
 * purpose, data, data subjects and roles: each rule with its id, legal basis, requirement, outcomes
 * and logic, in one place.
 */
public final class ScopeRules {
  static final RuleSet RULES = new RuleSet(Chapter.SCOPE);

  private static final RulePointer INSTRUCTIONS = RULES.pointer("/instructions");
  private static final RulePointer METADATA_DOCUMENT_KIND = RULES.pointer("/metadata/documentKind");
  private static final RulePointer SCOPE_DATA_SUBJECT_CATEGORIES =
      RULES.pointer("/scope/dataSubjectCategories");
  private static final RulePointer SCOPE_DURATION = RULES.pointer("/scope/duration");
  private static final RulePointer SCOPE_PERSONAL_DATA_CATEGORIES =
      RULES.pointer("/scope/personalDataCategories");
  private static final RulePointer SCOPE_PROCESSOR_OWN_USE =
      RULES.pointer("/scope/processorOwnUse");
  private static final RulePointer SCOPE_PURPOSES = RULES.pointer("/scope/purposes");
  private static final RulePointer SCOPE_PURPOSE_EXTENSION =
      RULES.pointer("/scope/purposeExtension");
  private static final RulePointer SCOPE_SPECIAL_CATEGORIES =
      RULES.pointer("/scope/specialCategories");
  private static final RulePointer SCOPE_SUBJECT_MATTER = RULES.pointer("/scope/subjectMatter");

  /** How many purposes the agreement names for the processor's processing as controller. */
  private static final Parameter<Integer> OWN_PURPOSES =
      Parameter.count("ownPurposes").withLabel("number of purposes", "aantal doeleinden");

  /** 4. GDPR-28.3-SUBJECT-MATTER: the subject-matter of the processing is stated. */
  public static final CatalogRule GDPR_28_3_SUBJECT_MATTER =
      RULES.rule(
          "GDPR-28.3-SUBJECT-MATTER",
          4,
          "GDPR 28(3) chapeau; SCC Annex II",
          "art. 28 lid 3 (aanhef) AVG; modelbepalingen 2021/915, bijlage II",
          "The subject-matter of the processing is stated.",
          "Het onderwerp van de verwerking staat erin.",
          ScopeRules::subjectMatter);

  private static final Outcome SUBJECT_MATTER_ERROR =
      GDPR_28_3_SUBJECT_MATTER.outcome(
          "error",
          ERROR,
          "The agreement states no subject-matter of the processing and names no services.",
          "De overeenkomst vermeldt geen onderwerp van de verwerking en noemt geen diensten.");

  /** 5. GDPR-28.3-DURATION: the duration of the processing is stated. */
  public static final CatalogRule GDPR_28_3_DURATION =
      RULES.rule(
          "GDPR-28.3-DURATION",
          5,
          "GDPR 28(3); Amaral R3; SCC 7.3 / Annex II",
          "art. 28 lid 3 AVG; Amaral R3; modelbepalingen 2021/915, clausule 7.3 en bijlage II",
          "The duration of the processing is stated.",
          "De duur van de verwerking staat erin.",
          ScopeRules::duration);

  private static final Outcome DURATION_ERROR =
      GDPR_28_3_DURATION.outcome(
          "error",
          ERROR,
          "The agreement does not state the duration of the processing.",
          "De overeenkomst vermeldt de duur van de verwerking niet.");

  /**
   * 6. GDPR-28.3-NATURE-PURPOSE: the nature and purpose of the processing done **as processor** are
   * stated.
   */
  public static final CatalogRule GDPR_28_3_NATURE_PURPOSE =
      RULES.rule(
          "GDPR-28.3-NATURE-PURPOSE",
          6,
          "GDPR 28(3); Amaral R4; SCC 7.2 / Annex II",
          "art. 28 lid 3 AVG; Amaral R4; modelbepalingen 2021/915, clausule 7.2 en bijlage II",
          "The nature and purpose of the processing done as processor are stated.",
          "Aard en doel van de verwerking die de verwerker in opdracht doet staan erin.",
          ScopeRules::naturePurpose);

  private static final Outcome NATURE_PURPOSE_ABSENT =
      GDPR_28_3_NATURE_PURPOSE.outcome(
          "absent",
          ERROR,
          "The agreement states neither the purposes nor the subject-matter of the processing on the controller's behalf.",
          "De overeenkomst vermeldt doel noch onderwerp van de verwerking in opdracht van de verwerkingsverantwoordelijke.");

  private static final Outcome NATURE_PURPOSE_MIXED =
      GDPR_28_3_NATURE_PURPOSE.outcome(
          "mixed-with-own-purposes",
          WARNING,
          "Besides the processing on the controller's behalf, the agreement names purposes for which the processor processes as controller itself (number of purposes: {ownPurposes}); the processing as processor is not set apart from them.",
          "Naast de verwerking in opdracht noemt de overeenkomst doeleinden waarvoor de verwerker zelf verwerkingsverantwoordelijke is (aantal doeleinden: {ownPurposes}); de verwerking als verwerker is daarvan niet afgebakend.",
          OWN_PURPOSES);

  /**
   * 7. EDPB-28.3-PURPOSE-OPEN-ENDED: purposes must be set by the controller, not left open to
   * "related purposes".
   */
  public static final CatalogRule EDPB_28_3_PURPOSE_OPEN_ENDED =
      RULES.rule(
          "EDPB-28.3-PURPOSE-OPEN-ENDED",
          7,
          "GDPR 28(3), 28(10); EDPB 07/2020 §1.3 (the contract should give specific, concrete information); SCC 7.2",
          "art. 28 lid 3 en lid 10 AVG; EDPB-richtsnoeren 07/2020, §1.3 (de overeenkomst geeft specifieke, concrete informatie); modelbepalingen 2021/915, clausule 7.2",
          "The controller sets the purposes; they are not left open to \"related purposes\".",
          "De verwerkingsverantwoordelijke bepaalt de doelen; die blijven niet open voor \"samenhangende doeleinden\".",
          ScopeRules::purposeOpenEnded);

  private static final Outcome PURPOSE_OPEN_ENDED_WARNING =
      EDPB_28_3_PURPOSE_OPEN_ENDED.outcome(
          "warning",
          WARNING,
          "Open-ended purpose clause ('reasonably related purposes') lets the processor extend purposes.",
          "De doelomschrijving is open ('redelijkerwijs samenhangende doeleinden'); de verwerker kan zo zelf doelen invullen.");

  /**
   * 8. GDPR-28.3-DATA-TYPES: the types of personal data processed on behalf of the controller are
   * listed.
   */
  public static final CatalogRule GDPR_28_3_DATA_TYPES =
      RULES.rule(
          "GDPR-28.3-DATA-TYPES",
          8,
          "GDPR 28(3); Amaral R5; SCC Annex II",
          "art. 28 lid 3 AVG; Amaral R5; modelbepalingen 2021/915, bijlage II",
          "The types of personal data processed on behalf of the controller are listed.",
          "De soorten persoonsgegevens die in opdracht worden verwerkt zijn opgesomd.",
          ScopeRules::dataTypes);

  private static final Outcome DATA_TYPES_ABSENT =
      GDPR_28_3_DATA_TYPES.outcome(
          "absent",
          ERROR,
          "The agreement lists no types of personal data processed on the controller's behalf.",
          "De overeenkomst somt geen soorten persoonsgegevens op die in opdracht worden verwerkt.");

  private static final Outcome DATA_TYPES_OPEN =
      GDPR_28_3_DATA_TYPES.outcome(
          "not-exhaustive",
          WARNING,
          "The agreement lists types of personal data but does not say the list is complete, so it does not limit which data the processor processes.",
          "De overeenkomst somt soorten persoonsgegevens op, maar zegt niet dat de opsomming limitatief is; zij beperkt dus niet welke gegevens de verwerker verwerkt.");

  /**
   * 9. GDPR-28.3-DATA-SUBJECTS: the categories of data subjects are listed and consistent with the
   * data types.
   */
  public static final CatalogRule GDPR_28_3_DATA_SUBJECTS =
      RULES.rule(
          "GDPR-28.3-DATA-SUBJECTS",
          9,
          "GDPR 28(3); Amaral R6; SCC Annex II",
          "art. 28 lid 3 AVG; Amaral R6; modelbepalingen 2021/915, bijlage II",
          "The categories of data subjects are listed and consistent with the data types.",
          "De categorieën van betrokkenen zijn opgesomd en passen bij de soorten gegevens.",
          ScopeRules::dataSubjects);

  private static final Outcome DATA_SUBJECTS_ERROR =
      GDPR_28_3_DATA_SUBJECTS.outcome(
          "error",
          ERROR,
          "Categories of data subjects are not listed.",
          "De categorieën van betrokkenen worden niet genoemd.");

  private static final Outcome DATA_SUBJECTS_WARNING =
      GDPR_28_3_DATA_SUBJECTS.outcome(
          "warning",
          WARNING,
          "Communication content or traffic data is processed, but the other parties to those communications are not among the data subjects.",
          "Er worden communicatie-inhoud of verkeersgegevens verwerkt, maar de andere partijen bij die communicatie staan niet bij de betrokkenen.");

  /**
   * 10. GDPR-28.3-CONTROLLER-RIGHTS: the controller's rights (instruct, audit, object, terminate)
   * and obligations are set out.
   */
  public static final CatalogRule GDPR_28_3_CONTROLLER_RIGHTS =
      RULES.rule(
          "GDPR-28.3-CONTROLLER-RIGHTS",
          10,
          "GDPR 28(3) (\"obligations and rights of the controller\")",
          "art. 28 lid 3 AVG (\"de rechten en verplichtingen van de verwerkingsverantwoordelijke\")",
          "The controller's rights (instruct, audit, object, terminate) and obligations are set out.",
          "De rechten (instrueren, auditen, bezwaar maken, opzeggen) en plichten van de verwerkingsverantwoordelijke zijn vastgelegd.",
          ScopeRules::controllerRights);

  private static final Outcome CONTROLLER_RIGHTS_ERROR =
      GDPR_28_3_CONTROLLER_RIGHTS.outcome(
          "error",
          ERROR,
          "The agreement does not set out the rights and obligations of the controller.",
          "De overeenkomst legt de rechten en verplichtingen van de verwerkingsverantwoordelijke niet vast.");

  /**
   * 11. GDPR-9-SPECIAL-CATEGORIES: if content-bearing data can contain special-category data, the
   * DPA either excludes them or sets safeguards; labels must be consistent.
   */
  public static final CatalogRule GDPR_9_SPECIAL_CATEGORIES =
      RULES.rule(
          "GDPR-9-SPECIAL-CATEGORIES",
          11,
          "GDPR Art. 9, Art. 32; SCC 7.5 (sensitive data: specific restrictions/safeguards in Annex I/II)",
          "art. 9 en art. 32 AVG; modelbepalingen 2021/915, clausule 7.5 (gevoelige gegevens: specifieke beperkingen en waarborgen in bijlage I en II)",
          "Where data can contain special categories of personal data, the DPA either excludes them or sets safeguards.",
          "Waar gegevens bijzondere categorieën van persoonsgegevens kunnen bevatten, sluit de overeenkomst die uit of regelt zij waarborgen.",
          ScopeRules::specialCategories);

  private static final Outcome SPECIAL_CATEGORIES_LISTED =
      GDPR_9_SPECIAL_CATEGORIES.outcome(
          "listed-without-safeguards",
          WARNING,
          "Special categories of data are processed; no specific safeguards are agreed (Art. 9; clause 7.5 of 2021/915).",
          "Er worden bijzondere categorieën van persoonsgegevens verwerkt; de overeenkomst regelt geen specifieke waarborgen (art. 9 AVG; clausule 7.5 van 2021/915).");

  private static final Outcome SPECIAL_CATEGORIES_IN_CONTENT =
      GDPR_9_SPECIAL_CATEGORIES.outcome(
          "content-without-safeguards",
          WARNING,
          "Communication content may contain special categories of data; no specific safeguards are agreed (Art. 9; clause 7.5 of 2021/915).",
          "Communicatie-inhoud kan bijzondere categorieën van persoonsgegevens bevatten; de overeenkomst regelt geen specifieke waarborgen (art. 9 AVG; clausule 7.5 van 2021/915).");

  private static final Outcome SPECIAL_CATEGORIES_LABEL_ONLY =
      GDPR_9_SPECIAL_CATEGORIES.outcome(
          "label-only",
          INFO,
          "The agreement calls data sensitive or special without saying which; check whether the services receive special categories of data, and which.",
          "De overeenkomst noemt gegevens gevoelig of bijzonder zonder te zeggen welke; controleer of de diensten bijzondere categorieën van persoonsgegevens ontvangen, en welke.");

  private static final Outcome SPECIAL_CATEGORIES_EXCLUDED =
      GDPR_9_SPECIAL_CATEGORIES.outcome(
          "excluded-by-design",
          INFO,
          "The agreement says the services are not meant for special categories; check that the services indeed receive no special categories of data.",
          "De overeenkomst zegt dat de diensten niet bedoeld zijn voor bijzondere categorieën; controleer dat de diensten inderdaad geen bijzondere categorieën van persoonsgegevens ontvangen.");

  /**
   * 12. GDPR-28.10-ROLE-HYBRID-DOCUMENT: the DPA should cover processor-role processing only;
   * controller-role processing (own customer administration, cookies, marketing) belongs in a
   * privacy statement.
   */
  public static final CatalogRule GDPR_28_10_ROLE_HYBRID_DOCUMENT =
      RULES.rule(
          "GDPR-28.10-ROLE-HYBRID-DOCUMENT",
          12,
          "GDPR 4(7), 28(10); EDPB 07/2020 Part I (roles)",
          "art. 4 onder 7 en art. 28 lid 10 AVG; EDPB-richtsnoeren 07/2020, deel I (rollen)",
          "The DPA covers processing as processor only; processing as controller belongs in a privacy statement.",
          "De overeenkomst gaat alleen over verwerking als verwerker; verwerking als verwerkingsverantwoordelijke hoort in een privacyverklaring.",
          ScopeRules::roleHybridDocument);

  private static final Outcome ROLE_HYBRID_DOCUMENT_WARNING =
      GDPR_28_10_ROLE_HYBRID_DOCUMENT.outcome(
          "warning",
          WARNING,
          "The document mixes processing the provider does as controller (privacy-notice matter) with DPA terms; roles and purposes are not separated.",
          "Het document vermengt verwerking die de dienstverlener als verwerkingsverantwoordelijke doet (stof voor een privacyverklaring) met bepalingen van een verwerkersovereenkomst; rollen en doelen zijn niet gescheiden.");

  /**
   * 13. GDPR-28.10-PROCESSOR-OWN-PURPOSES: the processor may not use personal data for its own
   * purposes.
   */
  public static final CatalogRule GDPR_28_10_PROCESSOR_OWN_PURPOSES =
      RULES.rule(
          "GDPR-28.10-PROCESSOR-OWN-PURPOSES",
          13,
          "GDPR 28(3)(a), 28(10); SCC 7.1/7.2",
          "art. 28 lid 3 onder a en lid 10 AVG; modelbepalingen 2021/915, clausules 7.1 en 7.2",
          "The processor does not use personal data for its own purposes.",
          "De verwerker gebruikt persoonsgegevens niet voor eigen doeleinden.",
          ScopeRules::processorOwnPurposes);

  private static final Outcome PROCESSOR_OWN_PURPOSES_ALLOWED =
      GDPR_28_10_PROCESSOR_OWN_PURPOSES.outcome(
          "allowed",
          ERROR,
          "The processor may use the personal data themselves for its own purposes; for that processing it is a controller (Art. 28(10)).",
          "De verwerker mag de persoonsgegevens zelf voor eigen doeleinden gebruiken; voor die verwerking is hij verwerkingsverantwoordelijke (art. 28 lid 10 AVG).");

  private static final Outcome PROCESSOR_OWN_PURPOSES_ANONYMISED =
      GDPR_28_10_PROCESSOR_OWN_PURPOSES.outcome(
          "anonymised-only",
          WARNING,
          "The processor may use the data for its own purposes once fully anonymised; anonymising them is itself processing of personal data for the processor's purposes, which the controller has not instructed.",
          "De verwerker mag de gegevens na volledige anonimisering voor eigen doeleinden gebruiken; het anonimiseren is zelf een verwerking van persoonsgegevens voor doeleinden van de verwerker, waartoe de verwerkingsverantwoordelijke geen instructie heeft gegeven.");

  private ScopeRules() {}

  private static Optional<RuleResult> subjectMatter(DataProcessingAgreement a, Policy p) {
    ProcessingScope s = a.getScope();
    return s.getSubjectMatter().isEmpty() && s.getServices().isEmpty()
        ? SUBJECT_MATTER_ERROR.at(SCOPE_SUBJECT_MATTER, s)
        : PASS;
  }

  private static Optional<RuleResult> duration(DataProcessingAgreement a, Policy p) {
    return a.getScope().getDuration() == ProcessingDuration.NOT_STATED
        ? DURATION_ERROR.at(SCOPE_DURATION, a.getScope())
        : PASS;
  }

  private static Optional<RuleResult> naturePurpose(DataProcessingAgreement a, Policy p) {
    ProcessingScope s = a.getScope();
    if (s.getPurposes().isEmpty() && s.getSubjectMatter().isEmpty()) {
      return NATURE_PURPOSE_ABSENT.at(SCOPE_PURPOSES, s);
    }
    int own = s.getControllerRoleProcessing().map(c -> c.getPurposes().size()).orElse(0);
    return own == 0 ? PASS : NATURE_PURPOSE_MIXED.at(SCOPE_PURPOSES, s, OWN_PURPOSES.of(own));
  }

  private static Optional<RuleResult> purposeOpenEnded(DataProcessingAgreement a, Policy p) {
    PurposeExtension e = a.getScope().getPurposeExtension();
    return e == PurposeExtension.RELATED_PURPOSES
            || e == PurposeExtension.RELATED_OR_FURTHER_CONSENT
        ? PURPOSE_OPEN_ENDED_WARNING.at(SCOPE_PURPOSE_EXTENSION, a.getScope())
        : PASS;
  }

  private static Optional<RuleResult> dataTypes(DataProcessingAgreement a, Policy p) {
    ProcessingScope s = a.getScope();
    if (s.getPersonalDataCategories().isEmpty()) {
      return DATA_TYPES_ABSENT.at(SCOPE_PERSONAL_DATA_CATEGORIES, s);
    }
    return s.isDataListExhaustive() ? PASS : DATA_TYPES_OPEN.at(SCOPE_PERSONAL_DATA_CATEGORIES, s);
  }

  private static Optional<RuleResult> dataSubjects(DataProcessingAgreement a, Policy p) {
    ProcessingScope s = a.getScope();
    if (s.getDataSubjectCategories().isEmpty()) {
      return DATA_SUBJECTS_ERROR.at(SCOPE_DATA_SUBJECT_CATEGORIES, s);
    }
    // Communication content (and traffic data of communications) also concerns the other parties
    // to those communications: they must be among the data subjects, as a typed kind.
    boolean communications =
        s.getPersonalDataCategories().stream()
            .anyMatch(c -> c.isContentData() || c.isCommunicationMetadata());
    boolean partiesListed =
        s.getDataSubjectCategories().stream()
            .anyMatch(
                c ->
                    c.getKind() == DataSubjectKind.COMMUNICATION_PARTIES
                        || c.getKind() == DataSubjectKind.END_USERS);
    return communications && !partiesListed
        ? DATA_SUBJECTS_WARNING.at(SCOPE_DATA_SUBJECT_CATEGORIES, s)
        : PASS;
  }

  private static Optional<RuleResult> controllerRights(DataProcessingAgreement a, Policy p) {
    boolean any =
        a.getInstructions().isOnlyOnInstructions()
            || a.getAudit().isAuditRight()
            || a.getSubProcessing().getObjectionRight() != ObjectionRight.ABSENT
            || a.getTermination().isControllerSuspendRight()
            || a.getTermination().isControllerTerminateForBreach();
    return any ? PASS : CONTROLLER_RIGHTS_ERROR.at(INSTRUCTIONS, a.getInstructions());
  }

  private static Optional<RuleResult> specialCategories(DataProcessingAgreement a, Policy p) {
    ProcessingScope s = a.getScope();
    SpecialCategoriesStance stance = s.getSpecialCategories();
    boolean listed =
        stance == SpecialCategoriesStance.LISTED
            || s.getPersonalDataCategories().stream()
                .anyMatch(PersonalDataCategory::isSpecialCategory);
    boolean contentMayHoldThem =
        s.hasContentData()
            && (stance == SpecialCategoriesStance.NONE_DECLARED
                || stance == SpecialCategoriesStance.LABEL_ONLY_AMBIGUOUS);
    // Safeguards for special categories (clause 7.5 of 2021/915) answer the warning.
    if (stance != SpecialCategoriesStance.EXCLUDED_BY_DESIGN
        && s.getSpecialCategorySafeguards().isEmpty()
        && (listed || contentMayHoldThem)) {
      return (listed ? SPECIAL_CATEGORIES_LISTED : SPECIAL_CATEGORIES_IN_CONTENT)
          .at(SCOPE_SPECIAL_CATEGORIES, s);
    }
    if (stance == SpecialCategoriesStance.LABEL_ONLY_AMBIGUOUS) {
      return SPECIAL_CATEGORIES_LABEL_ONLY.at(SCOPE_SPECIAL_CATEGORIES, s);
    }
    if (stance == SpecialCategoriesStance.EXCLUDED_BY_DESIGN) {
      return SPECIAL_CATEGORIES_EXCLUDED.at(SCOPE_SPECIAL_CATEGORIES, s);
    }
    return PASS;
  }

  private static Optional<RuleResult> roleHybridDocument(DataProcessingAgreement a, Policy p) {
    return a.getMetadata().getDocumentKind() == AgreementKind.HYBRID_PRIVACY_STATEMENT_AND_DPA
            || a.getScope().getControllerRoleProcessing().isPresent()
        ? ROLE_HYBRID_DOCUMENT_WARNING.at(
            METADATA_DOCUMENT_KIND, clauses(a.getMetadata(), a.getScope()))
        : PASS;
  }

  private static Optional<RuleResult> processorOwnPurposes(DataProcessingAgreement a, Policy p) {
    OwnUsePolicy use = a.getScope().getProcessorOwnUse().getPolicy();
    RulePointer at = SCOPE_PROCESSOR_OWN_USE;
    if (use == OwnUsePolicy.ALLOWED) {
      return PROCESSOR_OWN_PURPOSES_ALLOWED.at(at, a.getScope().getProcessorOwnUse());
    }
    return use == OwnUsePolicy.ANONYMISED_ONLY
        ? PROCESSOR_OWN_PURPOSES_ANONYMISED.at(at, a.getScope().getProcessorOwnUse())
        : PASS;
  }
}
