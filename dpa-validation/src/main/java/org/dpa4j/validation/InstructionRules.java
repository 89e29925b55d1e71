package org.dpa4j.validation;

import static org.dpa4j.validation.RuleSupport.*;
import static org.dpa4j.validation.Severity.ERROR;
import static org.dpa4j.validation.Severity.INFO;
import static org.dpa4j.validation.Severity.WARNING;

import java.util.List;
import java.util.Optional;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.processing.InfringingInstructionNotice;
import org.dpa4j.model.processing.LegalRequirementNotice;
import org.dpa4j.model.security.ObligationStrength;
import org.dpa4j.model.subprocessing.ListDisclosure;
import org.dpa4j.model.transfers.TransferExemption;
import org.dpa4j.model.transfers.TransferMechanism;
import org.dpa4j.model.transfers.TransferPolicy;
import org.dpa4j.model.transfers.TransferTerms;

/**
 * The catalogue's rules on documented instructions, including transfers and infringing
 * instructions: each rule with its id, legal basis, requirement, outcomes and logic, in one place.
 */
public final class InstructionRules {
  static final RuleSet RULES = new RuleSet(Chapter.INSTRUCTIONS);

  private static final RulePointer INSTRUCTIONS_DOCUMENTED =
      RULES.pointer("/instructions/documented");
  private static final RulePointer INSTRUCTIONS_INFRINGING_INSTRUCTION_NOTICE =
      RULES.pointer("/instructions/infringingInstructionNotice");
  private static final RulePointer INSTRUCTIONS_LEGAL_REQUIREMENT_NOTICE =
      RULES.pointer("/instructions/legalRequirementNotice");
  private static final RulePointer INSTRUCTIONS_ONLY_ON_INSTRUCTIONS =
      RULES.pointer("/instructions/onlyOnInstructions");
  private static final RulePointer INSTRUCTIONS_PERSONNEL_BOUND =
      RULES.pointer("/instructions/personnelBound");
  private static final RulePointer TRANSFERS_EXEMPTIONS = RULES.pointer("/transfers/exemptions");
  private static final RulePointer TRANSFERS_POLICY = RULES.pointer("/transfers/policy");

  /** The transfer mechanisms the agreement names, by their labels. */
  private static final Parameter<List<TransferMechanism>> MECHANISMS_NAMED =
      Parameter.labels("mechanisms", TransferMechanism.class)
          .withLabel("transfer mechanisms", "doorgiftemechanismen");

  /** How the controller learns which sub-processors are used, when the list is not annexed. */
  static final Parameter<ListDisclosure> DISCLOSURE =
      Parameter.label("disclosure", ListDisclosure.class)
          .withLabel("how the list is made known", "hoe de lijst bekend wordt gemaakt");

  /**
   * 14. GDPR-28.3.a-INSTRUCTIONS: the processor processes only on the controller's documented
   * instructions.
   */
  public static final CatalogRule GDPR_28_3_A_INSTRUCTIONS =
      RULES.rule(
          "GDPR-28.3.a-INSTRUCTIONS",
          14,
          "GDPR 28(3)(a); Amaral R12; EDPB 07/2020 §1.3.1; SCC 7.1",
          "art. 28 lid 3 onder a AVG; Amaral R12; EDPB-richtsnoeren 07/2020, §1.3.1; modelbepalingen 2021/915, clausule 7.1",
          "The processor processes only on the controller's documented instructions.",
          "De verwerker verwerkt alleen op gedocumenteerde instructie van de verwerkingsverantwoordelijke.",
          InstructionRules::instructions);

  private static final Outcome INSTRUCTIONS_ERROR =
      GDPR_28_3_A_INSTRUCTIONS.outcome(
          "error",
          ERROR,
          "The agreement does not say that the processor processes only on the controller's instructions.",
          "De overeenkomst bepaalt niet dat de verwerker uitsluitend op instructie van de verwerkingsverantwoordelijke verwerkt.");

  private static final Outcome INSTRUCTIONS_INFO =
      GDPR_28_3_A_INSTRUCTIONS.outcome(
          "info",
          INFO,
          "The processor processes only on the controller's instructions, but the agreement does not require them to be documented (Art. 28(3)(a)).",
          "De verwerker verwerkt alleen op instructie van de verwerkingsverantwoordelijke, maar de overeenkomst vereist niet dat die instructies schriftelijk (gedocumenteerd) zijn (art. 28 lid 3 onder a AVG).");

  /**
   * 15. GDPR-28.3.a-LEGAL-REQUIREMENT-NOTICE: if Union or Member-State law requires processing
   * (including disclosure) beyond the instructions, the processor informs the controller **before**
   * processing, unless that law forbids it.
   */
  public static final CatalogRule GDPR_28_3_A_LEGAL_REQUIREMENT_NOTICE =
      RULES.rule(
          "GDPR-28.3.a-LEGAL-REQUIREMENT-NOTICE",
          15,
          "GDPR 28(3)(a) 2nd half; Amaral R13/R14; SCC 7.1(a)",
          "art. 28 lid 3 onder a (tweede helft) AVG; Amaral R13 en R14; modelbepalingen 2021/915, clausule 7.1 onder a",
          "If Union or Member State law requires processing beyond the instructions, the processor informs the controller before processing, unless that law forbids it.",
          "Verplicht Unierecht of lidstatelijk recht tot verwerking buiten de instructies, dan informeert de verwerker de verwerkingsverantwoordelijke vooraf, tenzij dat recht dit verbiedt.",
          InstructionRules::legalRequirementNotice);

  private static final Outcome LEGAL_REQUIREMENT_NOTICE_ERROR =
      GDPR_28_3_A_LEGAL_REQUIREMENT_NOTICE.outcome(
          "error",
          ERROR,
          "The agreement does not oblige the processor to inform the controller, before processing, of a requirement of Union or Member State law to process beyond the instructions.",
          "De overeenkomst verplicht de verwerker niet de verwerkingsverantwoordelijke vóór de verwerking in kennis te stellen van een Unierechtelijk of lidstaatrechtelijk voorschrift dat hem tot verwerking buiten de instructies verplicht.");

  private static final Outcome LEGAL_REQUIREMENT_WITHOUT_NOTICE =
      GDPR_28_3_A_LEGAL_REQUIREMENT_NOTICE.outcome(
          "exception-without-notice",
          ERROR,
          "The processor may process beyond the instructions where the law requires it, without informing the controller of that legal requirement first; Art. 28(3)(a) allows that only where the law prohibits such information on important grounds of public interest.",
          "De verwerker mag buiten de instructies verwerken waar de wet dat voorschrijft, zonder de verwerkingsverantwoordelijke eerst van dat wettelijk voorschrift in kennis te stellen; art. 28 lid 3 onder a AVG staat dat alleen toe als die wetgeving de kennisgeving om gewichtige redenen van algemeen belang verbiedt.");

  /**
   * 16. GDPR-28.3.a-TRANSFER-INSTRUCTIONS: transfers to third countries happen only on the
   * controller's documented instruction or authorisation.
   */
  public static final CatalogRule GDPR_28_3_A_TRANSFER_INSTRUCTIONS =
      RULES
          .rule(
              "GDPR-28.3.a-TRANSFER-INSTRUCTIONS",
              16,
              "GDPR 28(3)(a) (\"including with regard to transfers\"); Amaral R30; SCC 7.8",
              "art. 28 lid 3 onder a AVG (\"onder meer met betrekking tot doorgiften\"); Amaral R30; modelbepalingen 2021/915, clausule 7.8",
              "Transfers to third countries happen only on the controller's documented instruction.",
              "Doorgifte naar derde landen gebeurt alleen op gedocumenteerde instructie van de verwerkingsverantwoordelijke.",
              InstructionRules::transferInstructions)
          .threshold("allowedTransferAreas", Policy::describeTransferAreas);

  private static final Outcome TRANSFERS_WITHOUT_MECHANISM =
      GDPR_28_3_A_TRANSFER_INSTRUCTIONS.outcome(
          "conditional-without-mechanism",
          ERROR,
          "The agreement allows transfers outside the EEA under conditions, without the controller's instruction, and names no transfer mechanism they must rest on.",
          "De overeenkomst staat doorgifte buiten de EER onder voorwaarden toe, zonder instructie van de verwerkingsverantwoordelijke, en noemt geen doorgiftegrondslag waarop die moet berusten.");

  private static final Outcome TRANSFERS_WITHOUT_DESTINATIONS =
      GDPR_28_3_A_TRANSFER_INSTRUCTIONS.outcome(
          "conditional-without-destinations",
          WARNING,
          "The agreement allows transfers outside the EEA without the controller's instruction, on the grounds it names ({mechanisms}), and names no country or recipient.",
          "De overeenkomst staat doorgifte buiten de EER toe zonder instructie van de verwerkingsverantwoordelijke, op de grondslagen die zij noemt ({mechanisms}), en noemt geen land of ontvanger.",
          MECHANISMS_NAMED);

  private static final Outcome TRANSFERS_TO_UNSEEN_LIST =
      GDPR_28_3_A_TRANSFER_INSTRUCTIONS.outcome(
          "unseen-sub-processor-list",
          WARNING,
          "Transfers to the listed sub-processors need no further instruction, but the agreement does not annex their list ({disclosure}), so the controller does not see to which countries it agrees.",
          "Doorgifte aan de vermelde subverwerkers behoeft geen nadere instructie, maar hun lijst is niet bijgevoegd ({disclosure}); de verwerkingsverantwoordelijke ziet dus niet met doorgifte naar welke landen hij instemt.",
          DISCLOSURE);

  /**
   * 17. GDPR-29-PERSONNEL-INSTRUCTIONS: persons under the processor's authority process only on
   * instructions.
   */
  public static final CatalogRule GDPR_29_PERSONNEL_INSTRUCTIONS =
      RULES.rule(
          "GDPR-29-PERSONNEL-INSTRUCTIONS",
          17,
          "GDPR 29, 32(4); Amaral R33; SCC 2021/915 7.1(a), 7.4(b)",
          "art. 29 en art. 32 lid 4 AVG; Amaral R33; modelbepalingen 2021/915, clausules 7.1 onder a en 7.4 onder b",
          "Persons under the processor's authority process only on instructions.",
          "Personen onder gezag van de verwerker verwerken alleen op instructie.",
          InstructionRules::personnelInstructions);

  private static final Outcome PERSONNEL_INSTRUCTIONS_INFO =
      GDPR_29_PERSONNEL_INSTRUCTIONS.outcome(
          "info",
          INFO,
          "The agreement does not bind the persons under the processor's authority to process only on the controller's instructions.",
          "De overeenkomst bepaalt niet dat personen onder het gezag van de verwerker alleen op instructie van de verwerkingsverantwoordelijke verwerken.");

  /** 66. GDPR-28.3.h-INFRINGING-INSTRUCTION: ERROR if ABSENT; WARNING if PRESENT_NOT_IMMEDIATE. */
  public static final CatalogRule GDPR_28_3_H_INFRINGING_INSTRUCTION =
      RULES.rule(
          "GDPR-28.3.h-INFRINGING-INSTRUCTION",
          66,
          "GDPR 28(3) final subparagraph; Amaral R24; SCC 7.1(b)",
          "art. 28 lid 3, slotalinea, AVG; Amaral R24; modelbepalingen 2021/915, clausule 7.1 onder b",
          "The processor immediately informs the controller of an instruction that infringes data protection law.",
          "De verwerker waarschuwt de verwerkingsverantwoordelijke onmiddellijk bij een instructie die in strijd is met het gegevensbeschermingsrecht.",
          InstructionRules::infringingInstruction);

  private static final Outcome INFRINGING_INSTRUCTION_ABSENT =
      GDPR_28_3_H_INFRINGING_INSTRUCTION.outcome(
          "absent",
          ERROR,
          "The processor has no duty to inform the controller of an instruction that infringes data protection law.",
          "De verwerker hoeft de verwerkingsverantwoordelijke niet te waarschuwen bij een instructie die in strijd is met het gegevensbeschermingsrecht.");

  private static final Outcome INFRINGING_INSTRUCTION_NOT_IMMEDIATE =
      GDPR_28_3_H_INFRINGING_INSTRUCTION.outcome(
          "not-immediate",
          WARNING,
          "The processor must inform the controller of an instruction that infringes data protection law, but the agreement does not say it must do so immediately.",
          "De verwerker moet de verwerkingsverantwoordelijke waarschuwen bij een instructie die in strijd is met het gegevensbeschermingsrecht, maar de overeenkomst bepaalt niet dat dit onmiddellijk gebeurt.");

  private InstructionRules() {}

  private static Optional<RuleResult> instructions(DataProcessingAgreement a, Policy p) {
    if (!a.getInstructions().isOnlyOnInstructions()) {
      return INSTRUCTIONS_ERROR.at(INSTRUCTIONS_ONLY_ON_INSTRUCTIONS, a.getInstructions());
    }
    return a.getInstructions().isDocumented()
        ? PASS
        : INSTRUCTIONS_INFO.at(INSTRUCTIONS_DOCUMENTED, a.getInstructions());
  }

  private static Optional<RuleResult> legalRequirementNotice(DataProcessingAgreement a, Policy p) {
    LegalRequirementNotice notice = a.getInstructions().getLegalRequirementNotice();
    if (notice == LegalRequirementNotice.PRESENT) {
      return PASS;
    }
    return (notice == LegalRequirementNotice.EXCEPTION_WITHOUT_NOTICE
            ? LEGAL_REQUIREMENT_WITHOUT_NOTICE
            : LEGAL_REQUIREMENT_NOTICE_ERROR)
        .at(INSTRUCTIONS_LEGAL_REQUIREMENT_NOTICE, a.getInstructions());
  }

  private static Optional<RuleResult> transferInstructions(DataProcessingAgreement a, Policy p) {
    TransferTerms t = a.getTransfers();
    RulePointer at = TRANSFERS_POLICY;
    if (t.getPolicy() == TransferPolicy.ALLOWED_CONDITIONAL) {
      if (t.getMechanisms().isEmpty()) {
        return TRANSFERS_WITHOUT_MECHANISM.at(at, t);
      }
      return t.getDestinations().isEmpty()
          ? TRANSFERS_WITHOUT_DESTINATIONS.at(
              at, t, MECHANISMS_NAMED.of(List.copyOf(t.getMechanisms())))
          : PASS;
    }
    ListDisclosure disclosure = a.getSubProcessing().getListDisclosure();
    boolean unseenList =
        t.getExemptions().contains(TransferExemption.LISTED_SUBPROCESSORS)
            && disclosure != ListDisclosure.ANNEXED;
    return unseenList
        ? TRANSFERS_TO_UNSEEN_LIST.at(TRANSFERS_EXEMPTIONS, t, DISCLOSURE.of(disclosure))
        : PASS;
  }

  private static Optional<RuleResult> personnelInstructions(DataProcessingAgreement a, Policy p) {
    // Art. 29 binds the processor's personnel by law; a processor that itself processes only on
    // documented instructions and binds its personnel to confidentiality (SCC 2021/915 clauses
    // 7.1(a), 7.4(b)) answers for them.
    boolean coveredByProcessorsDuties =
        a.getInstructions().isOnlyOnInstructions()
            && a.getConfidentiality().getPersonnel() == ObligationStrength.OBLIGATION;
    return a.getInstructions().isPersonnelBound() || coveredByProcessorsDuties
        ? PASS
        : PERSONNEL_INSTRUCTIONS_INFO.at(INSTRUCTIONS_PERSONNEL_BOUND, a.getInstructions());
  }

  private static Optional<RuleResult> infringingInstruction(DataProcessingAgreement a, Policy p) {
    InfringingInstructionNotice n = a.getInstructions().getInfringingInstructionNotice();
    RulePointer at = INSTRUCTIONS_INFRINGING_INSTRUCTION_NOTICE;
    if (n == InfringingInstructionNotice.ABSENT) {
      return INFRINGING_INSTRUCTION_ABSENT.at(at, a.getInstructions());
    }
    return n == InfringingInstructionNotice.PRESENT_NOT_IMMEDIATE
        ? INFRINGING_INSTRUCTION_NOT_IMMEDIATE.at(at, a.getInstructions())
        : PASS;
  }
}
