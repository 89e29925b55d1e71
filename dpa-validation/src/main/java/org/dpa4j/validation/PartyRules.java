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
          "GDPR 28(3) (binding on the processor), 28(9) (in writing); SCC 2021/915 Annex I",
          "art. 28 lid 3 (bindt de verwerker) en lid 9 (schriftelijk) AVG; modelbepalingen 2021/915, bijlage I",
          "The DPA is a written (electronic allowed) contract that binds the processor.",
          "De verwerkersovereenkomst is een schriftelijke (ook elektronische) overeenkomst die de verwerker bindt.",
          PartyRules::writtenForm);

  private static final Outcome WRITTEN_FORM_NOT_STATED =
      GDPR_28_9_WRITTEN_FORM.outcome(
          "not-stated",
          ERROR,
          "The agreement does not say how it is concluded; Art. 28(3) and (9) ask for a contract in writing that binds the processor.",
          "De overeenkomst zegt niet hoe zij wordt aangegaan; art. 28 lid 3 en lid 9 AVG vragen een schriftelijke overeenkomst die de verwerker bindt.");

  private static final Outcome WRITTEN_FORM_ONE_SIDED =
      GDPR_28_9_WRITTEN_FORM.outcome(
          "one-sided",
          ERROR,
          "The agreement is a one-sided statement of the processor; Art. 28(3) and (9) ask for a contract in writing that binds the processor.",
          "De overeenkomst is een eenzijdige verklaring van de verwerker; art. 28 lid 3 en lid 9 AVG vragen een schriftelijke overeenkomst die de verwerker bindt.");

  private static final Outcome WRITTEN_FORM_INFO =
      GDPR_28_9_WRITTEN_FORM.outcome(
          "info",
          INFO,
          "The DPA binds only as part of the main agreement; check that the main agreement was concluded in writing, which may be electronic (Art. 28(9)).",
          "De verwerkersovereenkomst bindt alleen als onderdeel van de hoofdovereenkomst; controleer dat die schriftelijk, eventueel elektronisch, is aangegaan (art. 28 lid 9 AVG).");

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

  private static final Outcome PROCESSOR_NOT_NAMED =
      LL_PARTY_PROCESSOR_IDENTITY.outcome(
          "not-named",
          ERROR,
          "The processor is not named: the agreement only describes it, with neither a legal name nor a registration number.",
          "De verwerker wordt niet bij naam genoemd: de overeenkomst omschrijft hem alleen, zonder statutaire naam en zonder inschrijvingsnummer.");

  private static final Outcome PROCESSOR_TRADE_NAME_ONLY =
      LL_PARTY_PROCESSOR_IDENTITY.outcome(
          "trade-name-only",
          WARNING,
          "The processor is named only by a trade name: the agreement gives neither its legal name nor a registration number (such as a KvK number), so the legal entity bound is not identified.",
          "De verwerker wordt alleen bij een handelsnaam genoemd: de overeenkomst vermeldt noch zijn statutaire naam noch een inschrijvingsnummer (zoals een KvK-nummer), zodat niet vaststaat welke rechtspersoon gebonden is.");

  private static final Outcome PROCESSOR_NO_ADDRESS_NO_CONTACT =
      LL_PARTY_PROCESSOR_IDENTITY.outcome(
          "no-address-no-contact",
          INFO,
          "The agreement gives neither a street address nor a contact person or contact details of the processor.",
          "De overeenkomst vermeldt geen vestigingsadres en geen contactpersoon of contactgegevens van de verwerker.");

  private static final Outcome PROCESSOR_NO_ADDRESS =
      LL_PARTY_PROCESSOR_IDENTITY.outcome(
          "no-address",
          INFO,
          "The agreement gives no street address of the processor.",
          "De overeenkomst vermeldt geen vestigingsadres (straat en huisnummer) van de verwerker.");

  private static final Outcome PROCESSOR_NO_CONTACT =
      LL_PARTY_PROCESSOR_IDENTITY.outcome(
          "no-contact",
          INFO,
          "The agreement names no contact person or contact details of the processor.",
          "De overeenkomst noemt geen contactpersoon of contactgegevens van de verwerker.");

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

  private static final Outcome CONTROLLER_NOT_IDENTIFIED =
      LL_PARTY_CONTROLLER_IDENTITY.outcome(
          "not-identified",
          WARNING,
          "The controller is not named, and the agreement says neither that the controller signs it nor that it forms part of a main agreement, so no document is designated that identifies the controller.",
          "De verwerkingsverantwoordelijke wordt niet bij naam genoemd en de overeenkomst zegt niet dat hij haar ondertekent of dat zij deel uitmaakt van een hoofdovereenkomst; geen enkel stuk wordt aangewezen waaruit blijkt wie hij is.");

  private static final Outcome CONTROLLER_IN_MAIN_AGREEMENT =
      LL_PARTY_CONTROLLER_IDENTITY.outcome(
          "identified-by-main-agreement",
          INFO,
          "The controller is not named (a template); the agreement forms part of the main agreement, which alone identifies the controller.",
          "De verwerkingsverantwoordelijke wordt niet bij naam genoemd (standaardtekst); de overeenkomst maakt deel uit van de hoofdovereenkomst; alleen daaruit blijkt wie hij is.");

  private static final Outcome CONTROLLER_BY_SIGNATURE =
      LL_PARTY_CONTROLLER_IDENTITY.outcome(
          "identified-by-signature",
          INFO,
          "The controller is not named in the text (a template); it is identified only by signing the agreement, so the signed copy must name it.",
          "De verwerkingsverantwoordelijke wordt in de tekst niet bij naam genoemd (standaardtekst); hij blijkt alleen uit de ondertekening, zodat het ondertekende exemplaar hem moet noemen.");

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
      return PROCESSOR_NOT_NAMED.at(PROCESSOR, processor);
    }
    if (processor.getLegalName().isEmpty() && processor.kvkNumber().isEmpty()) {
      return PROCESSOR_TRADE_NAME_ONLY.at(PROCESSOR, processor);
    }
    boolean street = processor.getAddress().flatMap(x -> x.getStreet()).isPresent();
    boolean contact = !processor.getContacts().isEmpty();
    if (!street) {
      return (contact ? PROCESSOR_NO_ADDRESS : PROCESSOR_NO_ADDRESS_NO_CONTACT)
          .at(PROCESSOR, processor);
    }
    return contact ? PASS : PROCESSOR_NO_CONTACT.at(PROCESSOR, processor);
  }

  private static Optional<RuleResult> controllerIdentity(DataProcessingAgreement a, Policy p) {
    Party controller = a.getController();
    if (!controller.isPlaceholder()) {
      return PASS;
    }
    switch (a.getMetadata().getFormation()) {
      case INCORPORATED_IN_MAIN_AGREEMENT:
        return CONTROLLER_IN_MAIN_AGREEMENT.at(CONTROLLER, controller);
      case SIGNED_STANDALONE:
        return CONTROLLER_BY_SIGNATURE.at(CONTROLLER, controller);
      default:
        return CONTROLLER_NOT_IDENTIFIED.at(CONTROLLER, controller);
    }
  }
}
