package org.dpa4j.validation;

import static org.dpa4j.validation.RuleSupport.*;
import static org.dpa4j.validation.Severity.ERROR;
import static org.dpa4j.validation.Severity.INFO;
import static org.dpa4j.validation.Severity.WARNING;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.security.MeasureCategory;
import org.dpa4j.model.security.ObligationStrength;
import org.dpa4j.model.security.SecurityStandard;
import org.dpa4j.model.security.SecurityTerms;

/**
 * The catalogue's rules on confidentiality and security of processing: each rule with its id, legal
 * basis, requirement, outcomes and logic, in one place.
 */
public final class SecurityRules {
  static final RuleSet RULES = new RuleSet(Chapter.SECURITY);

  /** A way the text weakens the processor's security commitment. */
  enum Weakness implements CodedEnum {
    BEST_EFFORTS("a best-efforts commitment", "een inspanningsverplichting"),
    BELOW_APPROPRIATE(
        "a standard below 'appropriate' (Art. 32)",
        "een lagere maatstaf dan 'passend' (art. 32 AVG)"),
    EFFECTIVENESS_DISCLAIMER(
        "a disclaimer of the measures' effectiveness",
        "een disclaimer over de werking van de maatregelen");

    private final LocalizedText label;

    Weakness(String english, String dutch) {
      this.label = LocalizedText.of(english, dutch);
    }

    @Override
    public LocalizedText getLabel() {
      return label;
    }
  }

  private static final Parameter<List<Weakness>> WEAKNESSES =
      Parameter.labels("weaknesses", Weakness.class).withLabel("weaknesses", "zwakke punten");
  private static final Parameter<List<MeasureCategory>> MISSING_MEASURES =
      Parameter.labels("missing", MeasureCategory.class)
          .withLabel("missing measures", "ontbrekende maatregelen");

  private static final RulePointer CONFIDENTIALITY_DISCRETIONARY_DISCLOSURE_EXCEPTION =
      RULES.pointer("/confidentiality/discretionaryDisclosureException");
  private static final RulePointer CONFIDENTIALITY_PERSONNEL =
      RULES.pointer("/confidentiality/personnel");
  private static final RulePointer SECURITY_COMMITMENT = RULES.pointer("/security/commitment");
  private static final RulePointer SECURITY_CONTROLLER_ACKNOWLEDGES_ADEQUACY =
      RULES.pointer("/security/controllerAcknowledgesAdequacy");
  private static final RulePointer SECURITY_MEASURES = RULES.pointer("/security/measures");
  private static final RulePointer SECURITY_PROCESSOR_MAY_CHANGE_UNILATERALLY =
      RULES.pointer("/security/processorMayChangeUnilaterally");
  private static final RulePointer SECURITY_PROCESSOR_MAY_REFUSE_REQUESTED_MEASURES =
      RULES.pointer("/security/processorMayRefuseRequestedMeasures");
  private static final RulePointer SECURITY_RISK_FACTORS_REFERENCED =
      RULES.pointer("/security/riskFactorsReferenced");

  /**
   * 18. GDPR-28.3.b-CONFIDENTIALITY: authorised persons are committed to confidentiality or under a
   * statutory duty.
   */
  public static final CatalogRule GDPR_28_3_B_CONFIDENTIALITY =
      RULES.rule(
          "GDPR-28.3.b-CONFIDENTIALITY",
          18,
          "GDPR 28(3)(b); Amaral R15; SCC 7.4(b)",
          "art. 28 lid 3 onder b AVG; Amaral R15; modelbepalingen 2021/915, clausule 7.4 onder b",
          "Authorised persons are committed to confidentiality or under a statutory duty of confidentiality.",
          "Gemachtigde personen hebben zich tot geheimhouding verplicht of hebben een wettelijke geheimhoudingsplicht.",
          SecurityRules::confidentiality);

  private static final Outcome CONFIDENTIALITY_ERROR =
      GDPR_28_3_B_CONFIDENTIALITY.outcome(
          "error",
          ERROR,
          "A duty of confidentiality for the persons who process the data is not stated.",
          "Een geheimhoudingsplicht voor de personen die de gegevens verwerken ontbreekt.");

  private static final Outcome CONFIDENTIALITY_WARNING =
      GDPR_28_3_B_CONFIDENTIALITY.outcome(
          "warning",
          WARNING,
          "Personnel confidentiality is only a best-efforts commitment.",
          "De geheimhouding van personeel is slechts een inspanningsverplichting.");

  /**
   * 19. RISK-CONF-DISCRETIONARY-DISCLOSURE: the processor should not disclose to third parties on
   * its own judgement.
   */
  public static final CatalogRule RISK_CONF_DISCRETIONARY_DISCLOSURE =
      RULES.rule(
          "RISK-CONF-DISCRETIONARY-DISCLOSURE",
          19,
          "GDPR 28(3)(a)/(b); SCC 7.1",
          "art. 28 lid 3 onder a en b AVG; modelbepalingen 2021/915, clausule 7.1",
          "The processor does not disclose data to third parties on its own judgement.",
          "De verwerker verstrekt gegevens niet naar eigen oordeel aan derden.",
          SecurityRules::discretionaryDisclosure);

  private static final Outcome DISCRETIONARY_DISCLOSURE_WARNING =
      RISK_CONF_DISCRETIONARY_DISCLOSURE.outcome(
          "warning",
          WARNING,
          "Confidentiality lapses where disclosure is 'logically necessary', as judged by the processor.",
          "De geheimhouding vervalt als verstrekking aan derden 'logischerwijs noodzakelijk' is; dat beoordeelt de verwerker zelf.");

  /**
   * 20. GDPR-28.3.c-SECURITY: the processor takes all measures required by Art. 32, at a level
   * **appropriate** to the risk.
   */
  public static final CatalogRule GDPR_28_3_C_SECURITY =
      RULES.rule(
          "GDPR-28.3.c-SECURITY",
          20,
          "GDPR 28(3)(c), 32(1); Amaral R16/R32; SCC 7.4",
          "art. 28 lid 3 onder c en art. 32 lid 1 AVG; Amaral R16 en R32; modelbepalingen 2021/915, clausule 7.4",
          "The processor takes all measures required by Art. 32, at a level appropriate to the risk.",
          "De verwerker neemt alle maatregelen van art. 32 AVG, op een niveau dat passend is voor het risico.",
          SecurityRules::security);

  private static final Outcome SECURITY_ERROR =
      GDPR_28_3_C_SECURITY.outcome(
          "error",
          ERROR,
          "A commitment to security measures (Art. 32) is not stated.",
          "Een verplichting tot beveiligingsmaatregelen (art. 32 AVG) ontbreekt.");

  private static final Outcome SECURITY_WARNING =
      GDPR_28_3_C_SECURITY.outcome(
          "weakened",
          WARNING,
          "The security commitment is weakened: {weaknesses}.",
          "De beveiligingsverplichting is afgezwakt: {weaknesses}.",
          WEAKNESSES);

  /**
   * 21. GDPR-32.1-TOMS-SPECIFIED: concrete technical and organisational measures (TOMs) are
   * described and cover the Art. 32(1) elements.
   */
  public static final CatalogRule GDPR_32_1_TOMS_SPECIFIED =
      RULES.rule(
          "GDPR-32.1-TOMS-SPECIFIED",
          21,
          "GDPR 32(1)(a)–(d); Amaral R7; EDPB 07/2020 §1.3.3; SCC Annex III (measures \"in specific (and not generic) terms\")",
          "art. 32 lid 1 onder a tot en met d AVG; Amaral R7; EDPB-richtsnoeren 07/2020, §1.3.3; modelbepalingen 2021/915, bijlage III (maatregelen \"specifiek en niet generiek\")",
          "Concrete technical and organisational measures are described and cover the elements of Art. 32(1).",
          "Concrete technische en organisatorische maatregelen zijn beschreven en dekken de onderdelen van art. 32 lid 1 AVG.",
          SecurityRules::tomsSpecified);

  private static final Outcome TOMS_SPECIFIED_WARNING =
      GDPR_32_1_TOMS_SPECIFIED.outcome(
          "mostly-missing",
          WARNING,
          "Technical and organisational measures are not specified for most Art. 32(1) elements; missing: {missing}.",
          "Technische en organisatorische maatregelen zijn voor de meeste onderdelen van art. 32 lid 1 AVG niet beschreven; ontbrekend: {missing}.",
          MISSING_MEASURES);

  private static final Outcome TOMS_SPECIFIED_INFO =
      GDPR_32_1_TOMS_SPECIFIED.outcome(
          "partly-missing",
          INFO,
          "Technical and organisational measures do not cover every Art. 32(1) element; missing: {missing}.",
          "Technische en organisatorische maatregelen dekken niet alle onderdelen van art. 32 lid 1 AVG; ontbrekend: {missing}.",
          MISSING_MEASURES);

  /**
   * 22. RISK-32-CONTROLLER-DEEMS-ADEQUATE: the controller should not be made to declare the
   * processor's measures adequate, or take responsibility for them.
   */
  public static final CatalogRule RISK_32_CONTROLLER_DEEMS_ADEQUATE =
      RULES.rule(
          "RISK-32-CONTROLLER-DEEMS-ADEQUATE",
          22,
          "GDPR 28(1), 32 (the processor carries its own Art. 32 duty); EDPB 07/2020 §1.3.3",
          "art. 28 lid 1 en art. 32 AVG (de verwerker draagt een eigen plicht uit art. 32); EDPB-richtsnoeren 07/2020, §1.3.3",
          "The controller is not made to declare the processor's measures adequate or to take responsibility for them.",
          "De verwerkingsverantwoordelijke hoeft de maatregelen van de verwerker niet passend te verklaren of er verantwoordelijkheid voor te dragen.",
          SecurityRules::controllerDeemsAdequate);

  private static final Outcome CONTROLLER_DEEMS_ADEQUATE_WARNING =
      RISK_32_CONTROLLER_DEEMS_ADEQUATE.outcome(
          "warning",
          WARNING,
          "The controller declares the processor's security adequate or is made responsible for it (a shift of risk).",
          "De verwerkingsverantwoordelijke verklaart de beveiliging passend of draagt de verantwoordelijkheid ervoor; dat verschuift het risico.");

  /**
   * 23. EDPB-32-UNILATERAL-SECURITY-CHANGE: measures are not changed unilaterally; reasonable
   * additional measures the controller asks for are not refused at will.
   */
  public static final CatalogRule EDPB_32_UNILATERAL_SECURITY_CHANGE =
      RULES.rule(
          "EDPB-32-UNILATERAL-SECURITY-CHANGE",
          23,
          "EDPB 07/2020 §1.3.3 (the processor must obtain the controller's approval before changing measures; regular review)",
          "EDPB-richtsnoeren 07/2020, §1.3.3 (de verwerker vraagt instemming van de verwerkingsverantwoordelijke voordat hij maatregelen wijzigt; regelmatige evaluatie)",
          "Measures are not changed unilaterally; reasonable additional measures the controller asks for are not refused at will.",
          "Maatregelen worden niet eenzijdig gewijzigd; redelijke extra maatregelen waar de verwerkingsverantwoordelijke om vraagt worden niet naar believen geweigerd.",
          SecurityRules::unilateralSecurityChange);

  private static final Outcome UNILATERAL_SECURITY_CHANGE_WARNING =
      EDPB_32_UNILATERAL_SECURITY_CHANGE.outcome(
          "warning",
          WARNING,
          "The processor may change security measures unilaterally or refuse measures the controller asks for.",
          "De verwerker kan beveiligingsmaatregelen eenzijdig wijzigen of maatregelen weigeren waar de verwerkingsverantwoordelijke om vraagt.");

  /**
   * 24. GDPR-32.2-RISK-FACTORS: the security level takes into account the risks of destruction,
   * loss, alteration and unauthorised disclosure or access.
   */
  public static final CatalogRule GDPR_32_2_RISK_FACTORS =
      RULES.rule(
          "GDPR-32.2-RISK-FACTORS",
          24,
          "GDPR 32(2); Amaral R29",
          "art. 32 lid 2 AVG; Amaral R29",
          "The security level takes into account the risks of destruction, loss, alteration and unauthorised disclosure or access.",
          "Het beveiligingsniveau houdt rekening met de risico's van vernietiging, verlies, wijziging en ongeoorloofde verstrekking of toegang.",
          SecurityRules::riskFactors);

  private static final Outcome RISK_FACTORS_INFO =
      GDPR_32_2_RISK_FACTORS.outcome(
          "info",
          INFO,
          "The agreement does not refer to the risks of Art. 32(2).",
          "De overeenkomst noemt de risico's uit art. 32 lid 2 AVG niet.");

  private SecurityRules() {}

  private static Optional<RuleResult> confidentiality(DataProcessingAgreement a, Policy p) {
    ObligationStrength s = a.getConfidentiality().getPersonnel();
    RulePointer at = CONFIDENTIALITY_PERSONNEL;
    if (s == ObligationStrength.ABSENT) {
      return CONFIDENTIALITY_ERROR.at(at, a.getConfidentiality());
    }
    return s == ObligationStrength.BEST_EFFORTS
        ? CONFIDENTIALITY_WARNING.at(at, a.getConfidentiality())
        : PASS;
  }

  private static Optional<RuleResult> discretionaryDisclosure(DataProcessingAgreement a, Policy p) {
    return a.getConfidentiality().isDiscretionaryDisclosureException()
        ? DISCRETIONARY_DISCLOSURE_WARNING.at(
            CONFIDENTIALITY_DISCRETIONARY_DISCLOSURE_EXCEPTION, a.getConfidentiality())
        : PASS;
  }

  private static Optional<RuleResult> security(DataProcessingAgreement a, Policy p) {
    SecurityTerms s = a.getSecurity();
    if (s.getCommitment() == ObligationStrength.ABSENT) {
      return SECURITY_ERROR.at(SECURITY_COMMITMENT, s);
    }
    // Name each weakness the text has, and only those.
    List<Weakness> weaknesses = new ArrayList<>(3);
    if (s.getCommitment() == ObligationStrength.BEST_EFFORTS) {
      weaknesses.add(Weakness.BEST_EFFORTS);
    }
    if (s.getStandard() == SecurityStandard.NOT_UNREASONABLE
        || s.getStandard() == SecurityStandard.REASONABLY_EXPECTED) {
      weaknesses.add(Weakness.BELOW_APPROPRIATE);
    }
    if (s.isEffectivenessDisclaimer()) {
      weaknesses.add(Weakness.EFFECTIVENESS_DISCLAIMER);
    }
    return weaknesses.isEmpty()
        ? PASS
        : SECURITY_WARNING.at(SECURITY_COMMITMENT, s, WEAKNESSES.of(weaknesses));
  }

  private static Optional<RuleResult> tomsSpecified(DataProcessingAgreement a, Policy p) {
    SecurityTerms s = a.getSecurity();
    List<MeasureCategory> elements =
        List.of(
            MeasureCategory.PSEUDONYMISATION_ENCRYPTION,
            MeasureCategory.ACCESS_CONFIDENTIALITY_INTEGRITY,
            MeasureCategory.AVAILABILITY_RESTORE,
            MeasureCategory.TESTING_EVALUATION);
    List<MeasureCategory> missing =
        elements.stream().filter(c -> !s.covers(c)).collect(Collectors.toList());
    if (s.getMeasures().isEmpty() || elements.size() - missing.size() <= 1) {
      return TOMS_SPECIFIED_WARNING.at(SECURITY_MEASURES, s, MISSING_MEASURES.of(missing));
    }
    return missing.isEmpty()
        ? PASS
        : TOMS_SPECIFIED_INFO.at(SECURITY_MEASURES, s, MISSING_MEASURES.of(missing));
  }

  private static Optional<RuleResult> controllerDeemsAdequate(DataProcessingAgreement a, Policy p) {
    return a.getSecurity().isControllerAcknowledgesAdequacy()
        ? CONTROLLER_DEEMS_ADEQUATE_WARNING.at(
            SECURITY_CONTROLLER_ACKNOWLEDGES_ADEQUACY, a.getSecurity())
        : PASS;
  }

  private static Optional<RuleResult> unilateralSecurityChange(
      DataProcessingAgreement a, Policy p) {
    SecurityTerms s = a.getSecurity();
    if (s.isProcessorMayChangeUnilaterally()) {
      return UNILATERAL_SECURITY_CHANGE_WARNING.at(SECURITY_PROCESSOR_MAY_CHANGE_UNILATERALLY, s);
    }
    return s.isProcessorMayRefuseRequestedMeasures()
        ? UNILATERAL_SECURITY_CHANGE_WARNING.at(SECURITY_PROCESSOR_MAY_REFUSE_REQUESTED_MEASURES, s)
        : PASS;
  }

  private static Optional<RuleResult> riskFactors(DataProcessingAgreement a, Policy p) {
    return a.getSecurity().isRiskFactorsReferenced()
        ? PASS
        : RISK_FACTORS_INFO.at(SECURITY_RISK_FACTORS_REFERENCED, a.getSecurity());
  }
}
