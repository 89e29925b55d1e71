package org.dpa4j.validation;

import static org.dpa4j.validation.RuleSupport.*;
import static org.dpa4j.validation.Severity.ERROR;
import static org.dpa4j.validation.Severity.INFO;
import static org.dpa4j.validation.Severity.WARNING;

import java.util.Optional;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.termination.EndDisposition;
import org.dpa4j.model.termination.EndOfProcessing;
import org.dpa4j.model.termination.RetentionDuringTerm;
import org.dpa4j.model.value.Deadline;
import org.dpa4j.model.value.TimeLimit;

/**
 * The catalogue's rules on deletion or return at the end, and retention: each rule with its id,
 * legal basis, requirement, outcomes and logic, in one place.
 */
public final class EndOfProcessingRules {
  static final RuleSet RULES = new RuleSet(Chapter.END_OF_PROCESSING);

  private static final RulePointer END_OF_PROCESSING_CERTIFICATION =
      RULES.pointer("/endOfProcessing/certification");
  private static final RulePointer END_OF_PROCESSING_COPIES_COVERED =
      RULES.pointer("/endOfProcessing/copiesCovered");
  private static final RulePointer END_OF_PROCESSING_COSTS_CHARGED =
      RULES.pointer("/endOfProcessing/costsCharged");
  private static final RulePointer END_OF_PROCESSING_DEADLINE =
      RULES.pointer("/endOfProcessing/deadline");
  private static final RulePointer END_OF_PROCESSING_DISPOSITION =
      RULES.pointer("/endOfProcessing/disposition");

  /** What happens to the data at the end, where the controller has no choice. */
  private static final Parameter<EndDisposition> DISPOSITION =
      Parameter.label("disposition", EndDisposition.class)
          .withLabel(
              "what happens to the data at the end",
              "wat er aan het einde met de gegevens gebeurt");

  /** The deadline for deletion or return, as written. */
  private static final Parameter<TimeLimit> DELETION_DEADLINE =
      Parameter.timeLimit("deadline")
          .withLabel("deadline for deletion or return", "termijn voor verwijderen of teruggeven");

  /** The policy's longest deadline for deletion or return. */
  private static final Parameter<TimeLimit> DELETION_MAXIMUM =
      Parameter.timeLimit("maximum")
          .withLabel("longest deadline of the policy", "langste termijn van het beleid");

  /** How long the processor may keep the data after the end, as written. */
  private static final Parameter<TimeLimit> RETAINED_FOR =
      Parameter.timeLimit("period").withLabel("retention after the end", "bewaartermijn na afloop");

  private static final RulePointer RETENTION_DELETION_ON_REQUEST_CHARGED =
      RULES.pointer("/retention/deletionOnRequestCharged");
  private static final RulePointer RETENTION_DURING_TERM = RULES.pointer("/retention/duringTerm");
  private static final RulePointer END_OF_PROCESSING_ANONYMISATION =
      RULES.pointer("/endOfProcessing/anonymisationInsteadOfDeletion");
  private static final RulePointer END_OF_PROCESSING_RETENTION_WHERE_AUTHORISED =
      RULES.pointer("/endOfProcessing/legalRetentionWhereAuthorised");
  private static final RulePointer RETENTION_POST_TERM_RETENTION =
      RULES.pointer("/retention/postTermRetention");

  /**
   * 51. GDPR-28.3.g-DELETE-OR-RETURN: ERROR if ABSENT; WARNING if the controller has no real choice
   * (DELETE_DEFAULT_RETURN_IF_AGREED: return only "indien overeengekomen").
   */
  public static final CatalogRule GDPR_28_3_G_DELETE_OR_RETURN =
      RULES.rule(
          "GDPR-28.3.g-DELETE-OR-RETURN",
          51,
          "GDPR 28(3)(g); Amaral R23; SCC 7.3/10(d)",
          "art. 28 lid 3 onder g AVG; Amaral R23; modelbepalingen 2021/915, clausules 7.3 en 10 onder d",
          "At the end the controller chooses between deletion and return of the data.",
          "Na afloop kiest de verwerkingsverantwoordelijke tussen verwijderen en teruggeven van de gegevens.",
          EndOfProcessingRules::deleteOrReturn);

  private static final Outcome DELETE_OR_RETURN_NOT_STATED =
      GDPR_28_3_G_DELETE_OR_RETURN.outcome(
          "not-stated",
          ERROR,
          "The agreement does not say what happens to the personal data at the end of the processing, so the controller has no choice between deletion and return.",
          "De overeenkomst zegt niet wat er na afloop van de verwerking met de persoonsgegevens gebeurt; de verwerkingsverantwoordelijke heeft dus geen keuze tussen verwijderen en teruggeven.");

  private static final Outcome DELETE_OR_RETURN_RESTRICTED =
      GDPR_28_3_G_DELETE_OR_RETURN.outcome(
          "restricted",
          WARNING,
          "At the end of the processing the personal data are {disposition}; the controller cannot choose between deletion and return.",
          "Na afloop van de verwerking worden de persoonsgegevens {disposition}; de verwerkingsverantwoordelijke kan niet zelf kiezen tussen verwijderen en teruggeven.",
          DISPOSITION);

  /**
   * 52. GDPR-28.3.g-DELETE-COPIES: WARNING if existing copies (including backups) are not covered.
   */
  public static final CatalogRule GDPR_28_3_G_DELETE_COPIES =
      RULES.rule(
          "GDPR-28.3.g-DELETE-COPIES",
          52,
          "GDPR 28(3)(g)",
          "art. 28 lid 3 onder g AVG",
          "Deletion covers existing copies, including backups.",
          "Verwijdering omvat bestaande kopieën, ook back-ups.",
          EndOfProcessingRules::deleteCopies);

  private static final Outcome DELETE_COPIES_WARNING =
      GDPR_28_3_G_DELETE_COPIES.outcome(
          "warning",
          WARNING,
          "The agreement does not say that existing copies are deleted too.",
          "De overeenkomst bepaalt niet dat ook bestaande kopieën worden verwijderd.");

  /**
   * 53. GDPR-28.3.g-POST-TERM-RETENTION: ERROR if the processor may keep data after the end of the
   * services for a period not required by law (e.g. "een bewaartermijn van twee jaren daarna").
   */
  public static final CatalogRule GDPR_28_3_G_POST_TERM_RETENTION =
      RULES.rule(
          "GDPR-28.3.g-POST-TERM-RETENTION",
          53,
          "GDPR 28(3)(g) (storage after the end only where Union/Member-State law requires it)",
          "art. 28 lid 3 onder g AVG (opslag na afloop alleen als Unierecht of lidstatelijk recht dat vereist)",
          "The processor keeps no data after the end of the services unless Union or Member State law requires it.",
          "De verwerker bewaart na afloop van de dienstverlening geen gegevens, tenzij Unierecht of lidstatelijk recht dat vereist.",
          EndOfProcessingRules::postTermRetention);

  private static final Outcome POST_TERM_RETENTION_ERROR =
      GDPR_28_3_G_POST_TERM_RETENTION.outcome(
          "error",
          ERROR,
          "The processor may keep the data for {period} after the end of the services; Art. 28(3)(g) allows storage after the end only where Union or Member State law requires it.",
          "De verwerker mag de gegevens na afloop van de dienstverlening nog {period} bewaren; art. 28 lid 3 onder g AVG staat opslag na afloop alleen toe als Unierecht of lidstatelijk recht die voorschrijft.",
          RETAINED_FOR);

  /** 54. RISK-DELETION-DEADLINE: WARNING if null or &gt; deletion.maxDays (90). */
  public static final CatalogRule RISK_DELETION_DEADLINE =
      RULES
          .rule(
              "RISK-DELETION-DEADLINE",
              54,
              "SCC 10(d); practice",
              "modelbepalingen 2021/915, clausule 10 onder d; praktijk",
              "Deletion or return follows the end within a set period that is not too long.",
              "Verwijderen of teruggeven volgt op het einde binnen een vaste, niet te lange termijn.",
              EndOfProcessingRules::deletionDeadline)
          .threshold("deletionMaxDays", Policy::getDeletionMaxDays)
          .threshold("businessDayHolidays", Policy::getBusinessDayHolidays);

  private static final Outcome DELETION_DEADLINE_WARNING =
      RISK_DELETION_DEADLINE.outcome(
          "warning",
          WARNING,
          "The agreement sets no deadline for deletion or return after the end of the processing.",
          "De overeenkomst bepaalt geen termijn waarbinnen na afloop van de verwerking wordt verwijderd of teruggegeven.");

  private static final Outcome DELETION_DEADLINE_TOO_LONG =
      RISK_DELETION_DEADLINE.outcome(
          "too-long",
          WARNING,
          "Deletion or return is due within {deadline} after the end of the processing, longer than {maximum}.",
          "Verwijderen of teruggeven moet binnen {deadline} na afloop van de verwerking gebeuren, langer dan {maximum}.",
          DELETION_DEADLINE,
          DELETION_MAXIMUM);

  /** 55. SCC-10-DELETION-CERTIFICATION: INFO if absent. */
  public static final CatalogRule SCC_10_DELETION_CERTIFICATION =
      RULES.rule(
          "SCC-10-DELETION-CERTIFICATION",
          55,
          "SCC 10(d) (the processor certifies deletion)",
          "modelbepalingen 2021/915, clausule 10 onder d (de verwerker bevestigt de verwijdering)",
          "The processor certifies the deletion.",
          "De verwerker verklaart dat de gegevens zijn verwijderd.",
          EndOfProcessingRules::deletionCertification);

  private static final Outcome DELETION_CERTIFICATION_INFO =
      SCC_10_DELETION_CERTIFICATION.outcome(
          "info",
          INFO,
          "The processor need not certify the deletion.",
          "De verwerker hoeft niet te verklaren dat de gegevens zijn verwijderd.");

  /** 56. RISK-DELETION-COSTS: INFO if the processor may charge for deletion or return. */
  public static final CatalogRule RISK_DELETION_COSTS =
      RULES.rule(
          "RISK-DELETION-COSTS",
          56,
          "GDPR 28(3)(g); practice",
          "art. 28 lid 3 onder g AVG; praktijk",
          "The processor does not charge for deletion or return.",
          "De verwerker rekent geen kosten voor verwijderen of teruggeven.",
          EndOfProcessingRules::deletionCosts);

  private static final Outcome DELETION_COSTS_INFO =
      RISK_DELETION_COSTS.outcome(
          "info",
          INFO,
          "The processor may charge for deletion or return.",
          "De verwerker mag kosten rekenen voor verwijderen of teruggeven.");

  /**
   * 57. RISK-RETENTION-UNDEFINED: WARNING if ABSENT or VAGUE (processor decides "wanneer niet meer
   * nodig"); INFO if CONTROLLER_DETERMINES_WITH_MECHANISM (the controller sets periods and can have
   * data deleted).
   */
  public static final CatalogRule RISK_RETENTION_UNDEFINED =
      RULES.rule(
          "RISK-RETENTION-UNDEFINED",
          57,
          "GDPR 5(1)(e), 28(3) (duration is an essential means set by the controller; EDPB 07/2020 Part I)",
          "art. 5 lid 1 onder e en art. 28 lid 3 AVG (de bewaartermijn is een wezenlijk middel dat de verwerkingsverantwoordelijke bepaalt; EDPB-richtsnoeren 07/2020, deel I)",
          "Retention periods during the service are set by the controller.",
          "De verwerkingsverantwoordelijke bepaalt de bewaartermijnen tijdens de dienstverlening.",
          EndOfProcessingRules::retentionUndefined);

  private static final Outcome RETENTION_ABSENT =
      RISK_RETENTION_UNDEFINED.outcome(
          "absent",
          WARNING,
          "The agreement does not say how long the processor keeps the data during the service.",
          "De overeenkomst zegt niet hoe lang de verwerker de gegevens tijdens de dienstverlening bewaart.");

  private static final Outcome RETENTION_VAGUE =
      RISK_RETENTION_UNDEFINED.outcome(
          "vague",
          WARNING,
          "Retention during the service is left vague (such as \"as long as needed\"), so the processor, not the controller, decides how long the data is kept.",
          "De bewaartermijn tijdens de dienstverlening is vaag (zoals \"zolang nodig\"), zodat de verwerker en niet de verwerkingsverantwoordelijke bepaalt hoe lang de gegevens bewaard blijven.");

  private static final Outcome RETENTION_BY_CONTROLLER =
      RISK_RETENTION_UNDEFINED.outcome(
          "controller-mechanism",
          INFO,
          "The agreement fixes no retention periods: the controller sets them during the service and can have data deleted, which keeps storage limited only if the controller uses it.",
          "De overeenkomst legt geen bewaartermijnen vast: de verwerkingsverantwoordelijke stelt ze tijdens de dienstverlening in en kan gegevens laten wissen; de opslag blijft alleen beperkt als hij dat ook doet.");

  /**
   * 85. RISK-DELETION-ANONYMISATION: WARNING if the processor may anonymise the data instead of
   * deleting or returning it.
   */
  public static final CatalogRule RISK_DELETION_ANONYMISATION =
      RULES.rule(
          "RISK-DELETION-ANONYMISATION",
          85,
          "GDPR 28(3)(g) (\"at the choice of the controller, deletes or returns\"), recital 26 (anonymous only when no one can identify the data subjects by any means reasonably likely to be used); WP29 Opinion 05/2014 on anonymisation techniques",
          "art. 28 lid 3 onder g AVG (\"naar keuze van de verwerkingsverantwoordelijke wist of terugbezorgt\"), overweging 26 AVG (anoniem alleen als niemand de betrokkenen met redelijkerwijs te gebruiken middelen kan identificeren); WP29-advies 05/2014 over anonimiseringstechnieken",
          "At the end the processor deletes or returns the data at the controller's choice; anonymising instead is acceptable only if the result is truly anonymous.",
          "Aan het einde wist de verwerker de gegevens of geeft hij ze terug, naar keuze van de verwerkingsverantwoordelijke; anonimiseren in plaats daarvan kan alleen als het resultaat werkelijk anoniem is.",
          EndOfProcessingRules::anonymisation);

  private static final Outcome ANONYMISE_INSTEAD =
      RISK_DELETION_ANONYMISATION.outcome(
          "anonymise-instead",
          WARNING,
          "The processor may anonymise the data instead of deleting or returning it: that counts as deletion only if no one can identify the data subjects any more (recital 26), which the text does not ensure, and the choice is the controller's.",
          "De verwerker mag de gegevens anonimiseren in plaats van ze te wissen of terug te geven: dat geldt alleen als wissen als niemand de betrokkenen nog kan identificeren (overweging 26 AVG), wat de tekst niet waarborgt, en de keuze is aan de verwerkingsverantwoordelijke.");

  /**
   * 86. GDPR-28.3.g-LEGAL-RETENTION-AUTHORISED: WARNING if the processor may keep data that the law
   * merely authorises it to store ("required or permitted by law").
   */
  public static final CatalogRule GDPR_28_3_G_LEGAL_RETENTION_AUTHORISED =
      RULES.rule(
          "GDPR-28.3.g-LEGAL-RETENTION-AUTHORISED",
          86,
          "GDPR 28(3)(g) (\"unless Union or Member State law requires storage\"); SCC 2021/915 Clause 10(d)",
          "art. 28 lid 3 onder g AVG (\"tenzij opslag van de persoonsgegevens Unierechtelijk of lidstaatrechtelijk is voorgeschreven\"); modelbepalingen 2021/915, clausule 10 onder d",
          "Data is kept after the end only where Union or Member State law requires its storage, not where the law merely allows it.",
          "Gegevens worden na het einde alleen bewaard waar Unie- of lidstatelijk recht opslag voorschrijft, niet waar de wet die slechts toestaat.",
          EndOfProcessingRules::legalRetentionAuthorised);

  private static final Outcome RETENTION_WHERE_AUTHORISED =
      GDPR_28_3_G_LEGAL_RETENTION_AUTHORISED.outcome(
          "authorised",
          WARNING,
          "The processor may keep data after the end where the law authorises it; Art. 28(3)(g) excepts only storage that Union or Member State law requires.",
          "De verwerker mag gegevens na het einde bewaren waar de wet dat toestaat; art. 28 lid 3 onder g AVG zondert alleen opslag uit die Unie- of lidstatelijk recht voorschrijft.");

  private EndOfProcessingRules() {}

  private static Optional<RuleResult> anonymisation(DataProcessingAgreement a, Policy p) {
    EndOfProcessing e = a.getEndOfProcessing();
    return e.isAnonymisationInsteadOfDeletion()
        ? ANONYMISE_INSTEAD.at(END_OF_PROCESSING_ANONYMISATION, e)
        : PASS;
  }

  private static Optional<RuleResult> legalRetentionAuthorised(
      DataProcessingAgreement a, Policy p) {
    EndOfProcessing e = a.getEndOfProcessing();
    return e.isLegalRetentionWhereAuthorised()
        ? RETENTION_WHERE_AUTHORISED.at(END_OF_PROCESSING_RETENTION_WHERE_AUTHORISED, e)
        : PASS;
  }

  private static Optional<RuleResult> deleteOrReturn(DataProcessingAgreement a, Policy p) {
    EndDisposition d = a.getEndOfProcessing().getDisposition();
    RulePointer at = END_OF_PROCESSING_DISPOSITION;
    if (d == EndDisposition.NOT_STATED) {
      return DELETE_OR_RETURN_NOT_STATED.at(at, a.getEndOfProcessing());
    }
    boolean restricted =
        d == EndDisposition.DELETE_DEFAULT_RETURN_IF_AGREED
            || d == EndDisposition.DELETE_ONLY
            || d == EndDisposition.RETURN_ONLY;
    return restricted
        ? DELETE_OR_RETURN_RESTRICTED.at(at, a.getEndOfProcessing(), DISPOSITION.of(d))
        : PASS;
  }

  private static Optional<RuleResult> deleteCopies(DataProcessingAgreement a, Policy p) {
    EndOfProcessing e = a.getEndOfProcessing();
    return e.getDisposition() != EndDisposition.NOT_STATED && !e.isCopiesCovered()
        ? DELETE_COPIES_WARNING.at(END_OF_PROCESSING_COPIES_COVERED, e)
        : PASS;
  }

  private static Optional<RuleResult> postTermRetention(DataProcessingAgreement a, Policy p) {
    Optional<TimeLimit> kept = a.getRetention().getPostTermRetention();
    return kept.isPresent() && kept.get().getAmount() > 0
        ? POST_TERM_RETENTION_ERROR.at(
            RETENTION_POST_TERM_RETENTION, a.getRetention(), RETAINED_FOR.of(kept.get()))
        : PASS;
  }

  private static Optional<RuleResult> deletionDeadline(DataProcessingAgreement a, Policy p) {
    EndOfProcessing e = a.getEndOfProcessing();
    if (e.getDisposition() == EndDisposition.NOT_STATED) {
      return PASS;
    }
    Optional<TimeLimit> limit = e.getDeadline().flatMap(Deadline::getLimit);
    if (limit.isEmpty() && e.isComplianceUntilDeletion()) {
      // No deadline, but the data stays under every term of the agreement until it is deleted or
      // returned at the controller's choice (SCC 2021/915 clause 10(d)): nothing is left unguarded.
      return PASS;
    }
    if (limit.isEmpty()) {
      return DELETION_DEADLINE_WARNING.at(END_OF_PROCESSING_DEADLINE, e);
    }
    TimeLimit maximum = TimeLimit.ofDays(p.getDeletionMaxDays());
    return longest(limit.get(), p).compareTo(maximum.toNominalDuration()) > 0
        ? DELETION_DEADLINE_TOO_LONG.at(
            END_OF_PROCESSING_DEADLINE,
            e,
            DELETION_DEADLINE.of(limit.get()),
            DELETION_MAXIMUM.of(maximum))
        : PASS;
  }

  private static Optional<RuleResult> deletionCertification(DataProcessingAgreement a, Policy p) {
    EndOfProcessing e = a.getEndOfProcessing();
    return e.getDisposition() != EndDisposition.NOT_STATED && !e.isCertification()
        ? DELETION_CERTIFICATION_INFO.at(END_OF_PROCESSING_CERTIFICATION, e)
        : PASS;
  }

  private static Optional<RuleResult> deletionCosts(DataProcessingAgreement a, Policy p) {
    if (a.getEndOfProcessing().isCostsCharged()) {
      return DELETION_COSTS_INFO.at(END_OF_PROCESSING_COSTS_CHARGED, a.getEndOfProcessing());
    }
    return a.getRetention().isDeletionOnRequestCharged()
        ? DELETION_COSTS_INFO.at(RETENTION_DELETION_ON_REQUEST_CHARGED, a.getRetention())
        : PASS;
  }

  private static Optional<RuleResult> retentionUndefined(DataProcessingAgreement a, Policy p) {
    RetentionDuringTerm r = a.getRetention().getDuringTerm();
    RulePointer at = RETENTION_DURING_TERM;
    if (r == RetentionDuringTerm.ABSENT) {
      return RETENTION_ABSENT.at(at, a.getRetention());
    }
    if (r == RetentionDuringTerm.VAGUE) {
      return RETENTION_VAGUE.at(at, a.getRetention());
    }
    return r == RetentionDuringTerm.CONTROLLER_DETERMINES_WITH_MECHANISM
        ? RETENTION_BY_CONTROLLER.at(at, a.getRetention())
        : PASS;
  }
}
