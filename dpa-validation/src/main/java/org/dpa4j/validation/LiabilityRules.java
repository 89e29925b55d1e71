package org.dpa4j.validation;

import static org.dpa4j.validation.RuleSupport.*;
import static org.dpa4j.validation.Severity.INFO;
import static org.dpa4j.validation.Severity.WARNING;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dpa4j.model.CoverageKind;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.liability.DamageKind;
import org.dpa4j.model.liability.FinesClause;
import org.dpa4j.model.liability.LiabilityCap;
import org.dpa4j.model.liability.LiabilityCapKind;
import org.dpa4j.model.liability.LiabilityTerms;
import org.dpa4j.model.liability.LiableParty;
import org.dpa4j.model.value.Money;
import org.dpa4j.model.value.TimeLimit;

/**
 * The catalogue's rules on liability, indemnities and fines: each rule with its id, legal basis,
 * requirement, outcomes and logic, in one place.
 */
public final class LiabilityRules {
  static final RuleSet RULES = new RuleSet(Chapter.LIABILITY);

  private static final Parameter<Money> CAP =
      Parameter.money("cap").withLabel("liability cap", "aansprakelijkheidsplafond");
  private static final Parameter<Money> MINIMUM =
      Parameter.money("minimum").withLabel("minimum of the policy", "minimum van het beleid");
  private static final Parameter<List<String>> MINIMUMS =
      Parameter.names("minimums").withLabel("minimums of the policy", "minima van het beleid");
  private static final Parameter<TimeLimit> FEES =
      Parameter.timeLimit("fees").withLabel("cap in fees", "plafond in vergoedingen");
  private static final Parameter<TimeLimit> MINIMUM_FEES =
      Parameter.timeLimit("minimumFees").withLabel("minimum in fees", "minimum in vergoedingen");
  private static final Parameter<TimeLimit> PERIOD =
      Parameter.timeLimit("period").withLabel("claim period", "vervaltermijn");
  private static final RulePointer CAP_AMOUNT = RULES.pointer("/liability/caps/*/amount");
  private static final RulePointer CAP_FEE_MONTHS = RULES.pointer("/liability/caps/*/feeMonths");

  private static final RulePointer LIABILITY_CAPS = RULES.pointer("/liability/caps");
  private static final RulePointer LIABILITY_CLAIM_BAR = RULES.pointer("/liability/claimBar");
  private static final RulePointer LIABILITY_EXCLUDED_DAMAGES =
      RULES.pointer("/liability/excludedDamages");
  private static final RulePointer LIABILITY_EXCLUDED_ENTIRELY =
      RULES.pointer("/liability/excludedEntirely");
  private static final RulePointer LIABILITY_FINES_CLAUSE = RULES.pointer("/liability/finesClause");
  private static final RulePointer LIABILITY_INDEMNITIES = RULES.pointer("/liability/indemnities");
  private static final RulePointer LIABILITY_NOTICE_OF_DEFAULT_REQUIRED =
      RULES.pointer("/liability/noticeOfDefaultRequired");

  /**
   * 67. RISK-82-LIABILITY-CAP-LOW: WARNING if capAmountEur &lt; minCapEur (100 000) or capFeeMonths
   * &lt; minCapFeeMonths (12).
   */
  public static final CatalogRule RISK_82_LIABILITY_CAP_LOW =
      RULES
          .rule(
              "RISK-82-LIABILITY-CAP-LOW",
              67,
              "GDPR 82(4)/(5) (internal recourse); practice",
              "art. 82 lid 4 en lid 5 AVG (regres tussen de partijen); praktijk",
              "A liability cap is not low compared with the policy's minimum.",
              "Een aansprakelijkheidsplafond is niet laag vergeleken met het minimum van het beleid.",
              LiabilityRules::liabilityCapLow)
          .threshold("liabilityMinCap", Policy::getLiabilityMinCaps)
          .threshold("liabilityMinCapFeeMonths", Policy::getLiabilityMinCapFeeMonths);

  private static final Outcome CAP_BELOW_MINIMUM =
      RISK_82_LIABILITY_CAP_LOW.outcome(
          "amount-below-minimum",
          WARNING,
          "Processor liability capped at {cap}, below the policy's minimum of {minimum}; low relative to breach exposure.",
          "Aansprakelijkheid van de verwerker is beperkt tot {cap}, onder het minimum van het beleid van {minimum}; dat is laag in verhouding tot het risico van een inbreuk in verband met persoonsgegevens.",
          CAP,
          MINIMUM);

  private static final Outcome FEES_BELOW_MINIMUM =
      RISK_82_LIABILITY_CAP_LOW.outcome(
          "fees-below-minimum",
          WARNING,
          "Processor liability capped at {fees} of fees, fewer than the policy's minimum of {minimumFees}; low relative to breach exposure.",
          "Aansprakelijkheid van de verwerker is beperkt tot {fees} aan vergoedingen, minder dan het minimum van het beleid van {minimumFees}; dat is laag in verhouding tot het risico van een inbreuk in verband met persoonsgegevens.",
          FEES,
          MINIMUM_FEES);

  private static final Outcome CAP_NOT_COMPARABLE =
      RISK_82_LIABILITY_CAP_LOW.outcome(
          "not-comparable",
          INFO,
          "Processor liability capped at {cap}; the policy has no minimum in that currency (only {minimums}) and no exchange rate is applied, so the cap is not assessed.",
          "Aansprakelijkheid van de verwerker is beperkt tot {cap}; het beleid heeft geen minimum in die valuta (alleen {minimums}) en rekent niet om met een wisselkoers, dus het plafond is niet beoordeeld.",
          CAP,
          MINIMUMS);

  /**
   * 68. RISK-82-LIABILITY-EXCLUDED: WARNING if the processor's liability is excluded in principle
   * (Dutch law only limits this by intent/gross negligence and reasonableness).
   */
  public static final CatalogRule RISK_82_LIABILITY_EXCLUDED =
      RULES.rule(
          "RISK-82-LIABILITY-EXCLUDED",
          68,
          "GDPR 82(4)/(5); practice under Dutch contract law",
          "art. 82 lid 4 en lid 5 AVG; praktijk naar Nederlands overeenkomstenrecht",
          "The processor's liability is not excluded in principle.",
          "De aansprakelijkheid van de verwerker is niet in beginsel uitgesloten.",
          LiabilityRules::liabilityExcluded);

  private static final Outcome LIABILITY_EXCLUDED_WARNING =
      RISK_82_LIABILITY_EXCLUDED.outcome(
          "warning",
          WARNING,
          "The processor's liability is excluded in principle.",
          "De aansprakelijkheid van de verwerker is in beginsel uitgesloten.");

  /**
   * 69. RISK-82-DATA-LOSS-EXCLUDED: WARNING if loss or destruction of data counts as excluded
   * (indirect) damage.
   */
  public static final CatalogRule RISK_82_DATA_LOSS_EXCLUDED =
      RULES.rule(
          "RISK-82-DATA-LOSS-EXCLUDED",
          69,
          "GDPR 82(4)/(5), 32(1)(b)-(c); practice",
          "art. 82 lid 4 en lid 5 en art. 32 lid 1 onder b en c AVG; praktijk",
          "Damage from loss or destruction of data is not excluded.",
          "Schade door verlies of vernietiging van gegevens is niet uitgesloten.",
          LiabilityRules::dataLossExcluded);

  private static final Outcome DATA_LOSS_EXCLUDED_WARNING =
      RISK_82_DATA_LOSS_EXCLUDED.outcome(
          "warning",
          WARNING,
          "Liability for damage from loss or destruction of data is excluded, although that is the core risk of the processing.",
          "Aansprakelijkheid voor schade door verlies of vernietiging van gegevens is uitgesloten, terwijl dat juist het kernrisico van de verwerking is.");

  /**
   * 70. RISK-82-LIABILITY-EXTERNAL: INFO (the cap cannot be evaluated from the DPA; check the
   * referenced terms).
   */
  public static final CatalogRule RISK_82_LIABILITY_EXTERNAL =
      RULES.rule(
          "RISK-82-LIABILITY-EXTERNAL",
          70,
          "GDPR 82(4)/(5); practice",
          "art. 82 lid 4 en lid 5 AVG; praktijk",
          "The liability terms can be assessed from the DPA itself.",
          "De aansprakelijkheid is uit de overeenkomst zelf te beoordelen.",
          LiabilityRules::liabilityExternal);

  private static final Outcome LIABILITY_EXTERNAL_INFO =
      RISK_82_LIABILITY_EXTERNAL.outcome(
          "info",
          INFO,
          "Liability is governed by another document; the cap cannot be assessed from the DPA.",
          "De aansprakelijkheid volgt uit een ander document; het plafond is niet uit de verwerkersovereenkomst te beoordelen.");

  /** 71. RISK-82-LIABILITY-UNSPECIFIED: INFO. */
  public static final CatalogRule RISK_82_LIABILITY_UNSPECIFIED =
      RULES.rule(
          "RISK-82-LIABILITY-UNSPECIFIED",
          71,
          "GDPR 82(4)/(5); practice",
          "art. 82 lid 4 en lid 5 AVG; praktijk",
          "The DPA has a liability provision.",
          "De overeenkomst heeft een aansprakelijkheidsregeling.",
          LiabilityRules::liabilityUnspecified);

  private static final Outcome LIABILITY_UNSPECIFIED_INFO =
      RISK_82_LIABILITY_UNSPECIFIED.outcome(
          "info",
          INFO,
          "The DPA has no liability provision.",
          "De verwerkersovereenkomst heeft geen aansprakelijkheidsregeling.");

  /**
   * 72. RISK-INDEMNITY-ONE-SIDED: WARNING if the controller indemnifies the processor broadly
   * (annex accuracy, third-party integrations, claims of data subjects or regulators) with no
   * reciprocal indemnity.
   */
  public static final CatalogRule RISK_INDEMNITY_ONE_SIDED =
      RULES.rule(
          "RISK-INDEMNITY-ONE-SIDED",
          72,
          "GDPR 82(4)/(5); practice",
          "art. 82 lid 4 en lid 5 AVG; praktijk",
          "The controller does not indemnify the processor broadly without a reciprocal indemnity.",
          "De verwerkingsverantwoordelijke vrijwaart de verwerker niet ruim zonder wederkerige vrijwaring.",
          LiabilityRules::indemnityOneSided);

  private static final Outcome INDEMNITY_ONE_SIDED_WARNING =
      RISK_INDEMNITY_ONE_SIDED.outcome(
          "warning",
          WARNING,
          "The controller indemnifies the processor without a reciprocal indemnity.",
          "De verwerkingsverantwoordelijke vrijwaart de verwerker zonder wederkerige vrijwaring.");

  /**
   * 73. RISK-CLAIM-TIME-BAR: INFO if claims lapse within a contractual period or a notice of
   * default is a precondition.
   */
  public static final CatalogRule RISK_CLAIM_TIME_BAR =
      RULES.rule(
          "RISK-CLAIM-TIME-BAR",
          73,
          "GDPR 82; practice",
          "art. 82 AVG; praktijk",
          "Claims do not lapse within a short contractual period, and no notice of default is a precondition.",
          "Vorderingen vervallen niet binnen een korte contractuele termijn, en een ingebrekestelling is geen voorwaarde.",
          LiabilityRules::claimTimeBar);

  private static final Outcome CLAIMS_LAPSE =
      RISK_CLAIM_TIME_BAR.outcome(
          "claims-lapse",
          INFO,
          "Claims are limited: they lapse after {period}.",
          "Vorderingen zijn beperkt: zij vervallen na {period}.",
          PERIOD);

  private static final Outcome NOTICE_OF_DEFAULT =
      RISK_CLAIM_TIME_BAR.outcome(
          "notice-of-default",
          INFO,
          "Claims are limited: a notice of default is required first.",
          "Vorderingen zijn beperkt: eerst is een ingebrekestelling vereist.");

  /**
   * 74. GDPR-83-FINES-ALLOCATION: INFO if the DPA allocates administrative fines (recourse for
   * fines is contested; fines are personal).
   */
  public static final CatalogRule GDPR_83_FINES_ALLOCATION =
      RULES.rule(
          "GDPR-83-FINES-ALLOCATION",
          74,
          "GDPR 83",
          "art. 83 AVG",
          "Administrative fines are not allocated between the parties.",
          "Bestuurlijke boetes worden niet tussen de partijen verdeeld.",
          LiabilityRules::finesAllocation);

  private static final Outcome FINES_ALLOCATION_INFO =
      GDPR_83_FINES_ALLOCATION.outcome(
          "info",
          INFO,
          "The agreement allocates administrative fines between the parties or gives recourse for them.",
          "De overeenkomst verdeelt bestuurlijke boetes tussen de partijen of regelt verhaal ervan.");

  private LiabilityRules() {}

  private static Optional<RuleResult> liabilityCapLow(DataProcessingAgreement a, Policy p) {
    List<LiabilityCap> caps = a.getLiability().getCaps();
    for (int i = 0; i < caps.size(); i++) {
      LiabilityCap cap = caps.get(i);
      if (cap.getKind() == LiabilityCapKind.FIXED_AMOUNT && cap.getAmount().isPresent()) {
        Money amount = cap.getAmount().get();
        Optional<Money> minimum = p.liabilityMinCapIn(amount.getCurrency());
        if (minimum.isEmpty()) {
          // No minimum in the cap's currency and no exchange rate: say so rather than pass it.
          List<String> minimums = new ArrayList<>();
          p.getLiabilityMinCaps().forEach(m -> minimums.add(m.toString()));
          return CAP_NOT_COMPARABLE.at(
              CAP_AMOUNT.index(i), cap, CAP.of(amount), MINIMUMS.of(minimums));
        }
        if (amount.compareTo(minimum.get()) < 0) {
          return CAP_BELOW_MINIMUM.at(
              CAP_AMOUNT.index(i), cap, CAP.of(amount), MINIMUM.of(minimum.get()));
        }
      }
      if (cap.getKind() == LiabilityCapKind.FEES
          && cap.getFeeMonths().isPresent()
          && cap.getFeeMonths().get() < p.getLiabilityMinCapFeeMonths()) {
        return FEES_BELOW_MINIMUM.at(
            CAP_FEE_MONTHS.index(i),
            cap,
            FEES.of(TimeLimit.ofMonths(cap.getFeeMonths().get())),
            MINIMUM_FEES.of(TimeLimit.ofMonths(p.getLiabilityMinCapFeeMonths())));
      }
    }
    return PASS;
  }

  private static Optional<RuleResult> liabilityExcluded(DataProcessingAgreement a, Policy p) {
    return a.getLiability().isExcludedEntirely()
        ? LIABILITY_EXCLUDED_WARNING.at(LIABILITY_EXCLUDED_ENTIRELY, a.getLiability())
        : PASS;
  }

  private static Optional<RuleResult> dataLossExcluded(DataProcessingAgreement a, Policy p) {
    return a.getLiability().getExcludedDamages().contains(DamageKind.DATA_LOSS)
        ? DATA_LOSS_EXCLUDED_WARNING.at(LIABILITY_EXCLUDED_DAMAGES, a.getLiability())
        : PASS;
  }

  private static Optional<RuleResult> liabilityExternal(DataProcessingAgreement a, Policy p) {
    LiabilityTerms l = a.getLiability();
    boolean external =
        l.getCoverage().getKind() == CoverageKind.BY_REFERENCE
            || l.getCaps().stream()
                .anyMatch(c -> c.getKind() == LiabilityCapKind.EXTERNAL_REFERENCE);
    return external ? LIABILITY_EXTERNAL_INFO.at(LIABILITY_CAPS, l) : PASS;
  }

  private static Optional<RuleResult> liabilityUnspecified(DataProcessingAgreement a, Policy p) {
    LiabilityTerms l = a.getLiability();
    return l.getCaps().isEmpty()
            && !l.isExcludedEntirely()
            && !isStandardClausesText(a)
            && l.getCoverage().getKind() != CoverageKind.BY_REFERENCE
        ? LIABILITY_UNSPECIFIED_INFO.at(LIABILITY_CAPS, l)
        : PASS;
  }

  private static Optional<RuleResult> indemnityOneSided(DataProcessingAgreement a, Policy p) {
    return a.getLiability().getIndemnities().stream()
            .noneMatch(i -> i.getIndemnitor() == LiableParty.CONTROLLER)
        ? PASS
        : INDEMNITY_ONE_SIDED_WARNING.at(LIABILITY_INDEMNITIES, a.getLiability());
  }

  private static Optional<RuleResult> claimTimeBar(DataProcessingAgreement a, Policy p) {
    LiabilityTerms l = a.getLiability();
    if (l.getClaimBar().isPresent()) {
      return CLAIMS_LAPSE.at(LIABILITY_CLAIM_BAR, l, PERIOD.of(l.getClaimBar().get()));
    }
    return l.isNoticeOfDefaultRequired()
        ? NOTICE_OF_DEFAULT.at(LIABILITY_NOTICE_OF_DEFAULT_REQUIRED, l)
        : PASS;
  }

  private static Optional<RuleResult> finesAllocation(DataProcessingAgreement a, Policy p) {
    return a.getLiability().getFinesClause() != FinesClause.NONE
        ? FINES_ALLOCATION_INFO.at(LIABILITY_FINES_CLAUSE, a.getLiability())
        : PASS;
  }
}
