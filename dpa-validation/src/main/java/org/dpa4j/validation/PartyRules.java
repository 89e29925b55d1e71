package org.dpa4j.validation;

import static org.dpa4j.validation.RuleSupport.*;
import static org.dpa4j.validation.Severity.ERROR;
import static org.dpa4j.validation.Severity.INFO;
import static org.dpa4j.validation.Severity.WARNING;

import java.util.Optional;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.Formation;
import org.dpa4j.model.parties.Party;

/**
 * The catalogue's rules on parties: written form and the identities of processor and controller:
 * each rule with its id, legal basis, requirement, outcomes and logic, in one place.
 */
public final class PartyRules {
  static final RuleSet RULES = new RuleSet(Chapter.PARTIES);

  private static final RulePointer METADATA_FORMATION = RULES.pointer("/metadata/formation");
  private static final RulePointer PROCESSOR = RULES.pointer("/processor");
  private static final RulePointer CONTROLLER = RULES.pointer("/controller");

  /**
   * 1. GDPR-28.9-WRITTEN-FORM: the DPA must be a written (electronic allowed) contract that binds
   * the processor.
   */
  public static final CatalogRule GDPR_28_9_WRITTEN_FORM =
      RULES.rule(
          "GDPR-28.9-WRITTEN-FORM",
          1,
          "GDPR 28(9); SCC 2021/915 Annex I",
          "art. 28 lid 9 AVG; modelbepalingen 2021/915, bijlage I",
          "The DPA is a written (electronic allowed) contract that binds the processor.",
          "De verwerkersovereenkomst is een schriftelijke (ook elektronische) overeenkomst die de verwerker bindt.",
          PartyRules::writtenForm);

  private static final Outcome WRITTEN_FORM_NOT_STATED =
      GDPR_28_9_WRITTEN_FORM.outcome(
          "not-stated",
          ERROR,
          "The agreement does not say how it is concluded; Art. 28(9) asks for a contract in writing that binds the processor.",
          "De overeenkomst zegt niet hoe zij wordt aangegaan; art. 28 lid 9 AVG vraagt een schriftelijke overeenkomst die de verwerker bindt.");

  private static final Outcome WRITTEN_FORM_ONE_SIDED =
      GDPR_28_9_WRITTEN_FORM.outcome(
          "one-sided",
          ERROR,
          "The agreement is a one-sided statement of the processor; Art. 28(9) asks for a contract in writing that binds the processor.",
          "De overeenkomst is een eenzijdige verklaring van de verwerker; art. 28 lid 9 AVG vraagt een schriftelijke overeenkomst die de verwerker bindt.");

  private static final Outcome WRITTEN_FORM_INFO =
      GDPR_28_9_WRITTEN_FORM.outcome(
          "info",
          INFO,
          "DPA is binding only via incorporation into the main agreement; verify that agreement was executed in writing.",
          "De verwerkersovereenkomst is alleen via de hoofdovereenkomst aangegaan; controleer dat die schriftelijk is ondertekend of aanvaard.");

  /**
   * 2. LL-PARTY-PROCESSOR-IDENTITY: the processor's identity (legal entity, registration number)
   * and contact details are stated.
   */
  public static final CatalogRule LL_PARTY_PROCESSOR_IDENTITY =
      RULES.rule(
          "LL-PARTY-PROCESSOR-IDENTITY",
          2,
          "Amaral R2 (LL); SCC Annex I",
          "Amaral R2; modelbepalingen 2021/915, bijlage I",
          "The processor's identity (legal entity, registration number) and contact details are stated.",
          "De identiteit van de verwerker (rechtspersoon, inschrijvingsnummer) en zijn contactgegevens staan erin.",
          PartyRules::processorIdentity);

  private static final Outcome PROCESSOR_IDENTITY_ERROR =
      LL_PARTY_PROCESSOR_IDENTITY.outcome(
          "error",
          ERROR,
          "Processor identity insufficient (no legal entity or registration number).",
          "Identiteit van de verwerker is onvoldoende vastgelegd (geen rechtsvorm/KvK-nummer).");

  private static final Outcome PROCESSOR_IDENTITY_WARNING =
      LL_PARTY_PROCESSOR_IDENTITY.outcome(
          "warning",
          WARNING,
          "Processor identity insufficient (no legal entity or registration number).",
          "Identiteit van de verwerker is onvoldoende vastgelegd (geen rechtsvorm/KvK-nummer).");

  private static final Outcome PROCESSOR_IDENTITY_INFO =
      LL_PARTY_PROCESSOR_IDENTITY.outcome(
          "info",
          INFO,
          "Processor address/contact details missing.",
          "Contactgegevens/adres van de verwerker ontbreken.");

  /** 3. LL-PARTY-CONTROLLER-IDENTITY: the controller's identity and contact details are stated. */
  public static final CatalogRule LL_PARTY_CONTROLLER_IDENTITY =
      RULES.rule(
          "LL-PARTY-CONTROLLER-IDENTITY",
          3,
          "Amaral R1 (LL); SCC Annex I",
          "Amaral R1; modelbepalingen 2021/915, bijlage I",
          "The controller's identity and contact details are stated.",
          "De identiteit en contactgegevens van de verwerkingsverantwoordelijke staan erin.",
          PartyRules::controllerIdentity);

  private static final Outcome CONTROLLER_IDENTITY_WARNING =
      LL_PARTY_CONTROLLER_IDENTITY.outcome(
          "warning",
          WARNING,
          "Controller not named (template); identity only derivable from the main agreement.",
          "Verwerkingsverantwoordelijke wordt niet bij naam genoemd (standaardtekst); identiteit volgt alleen uit de hoofdovereenkomst.");

  private static final Outcome CONTROLLER_IDENTITY_INFO =
      LL_PARTY_CONTROLLER_IDENTITY.outcome(
          "info",
          INFO,
          "Controller not named (template); identity only derivable from the main agreement.",
          "Verwerkingsverantwoordelijke wordt niet bij naam genoemd (standaardtekst); identiteit volgt alleen uit de hoofdovereenkomst.");

  private PartyRules() {}

  private static Optional<RuleResult> writtenForm(DataProcessingAgreement a, Policy p) {
    Formation formation = a.getMetadata().getFormation();
    switch (formation) {
      case NOT_STATED:
        return WRITTEN_FORM_NOT_STATED.at(METADATA_FORMATION, a.getMetadata());
      case UNILATERAL_STATEMENT:
        return WRITTEN_FORM_ONE_SIDED.at(METADATA_FORMATION, a.getMetadata());
      case INCORPORATED_IN_MAIN_AGREEMENT:
        return WRITTEN_FORM_INFO.at(METADATA_FORMATION, a.getMetadata());
      default:
        return PASS;
    }
  }

  private static Optional<RuleResult> processorIdentity(DataProcessingAgreement a, Policy p) {
    Party processor = a.getProcessor();
    if (processor.isPlaceholder()) {
      return PROCESSOR_IDENTITY_ERROR.at(PROCESSOR, processor);
    }
    if (processor.getLegalName().isEmpty() && processor.kvkNumber().isEmpty()) {
      return PROCESSOR_IDENTITY_WARNING.at(PROCESSOR, processor);
    }
    boolean street = processor.getAddress().flatMap(x -> x.getStreet()).isPresent();
    if (!street || processor.getContacts().isEmpty()) {
      return PROCESSOR_IDENTITY_INFO.at(PROCESSOR, processor);
    }
    return PASS;
  }

  private static Optional<RuleResult> controllerIdentity(DataProcessingAgreement a, Policy p) {
    Party controller = a.getController();
    if (!controller.isPlaceholder()) {
      return PASS;
    }
    Formation formation = a.getMetadata().getFormation();
    boolean viaMainAgreement =
        formation == Formation.INCORPORATED_IN_MAIN_AGREEMENT
            || formation == Formation.SIGNED_STANDALONE;
    return (viaMainAgreement ? CONTROLLER_IDENTITY_INFO : CONTROLLER_IDENTITY_WARNING)
        .at(CONTROLLER, controller);
  }
}
