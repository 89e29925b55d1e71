package org.dpa4j.validation;

import static org.dpa4j.validation.RuleSupport.*;
import static org.dpa4j.validation.Severity.ERROR;
import static org.dpa4j.validation.Severity.INFO;
import static org.dpa4j.validation.Severity.WARNING;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.breach.BreachContent;
import org.dpa4j.model.breach.BreachNotification;
import org.dpa4j.model.breach.SuspectedBreaches;
import org.dpa4j.model.value.Deadline;
import org.dpa4j.model.value.DeadlineQualifier;
import org.dpa4j.model.value.DeadlineTrigger;
import org.dpa4j.model.value.TimeLimit;
import org.dpa4j.model.value.TimeLimitUnit;

/**
 * The catalogue's rules on notification of personal data breaches to the controller: each rule with
 * its id, legal basis, requirement, outcomes and logic, in one place.
 */
public final class BreachRules {
  static final RuleSet RULES = new RuleSet(Chapter.BREACH);

  private static final Parameter<TimeLimit> DEADLINE =
      Parameter.timeLimit("deadline").withLabel("breach deadline", "meldtermijn");
  private static final Parameter<TimeLimit> WORST_CASE =
      Parameter.timeLimit("worstCase").withLabel("longest duration", "langste duur");
  private static final Parameter<DeadlineQualifier> QUALIFIER =
      Parameter.label("qualifier", DeadlineQualifier.class)
          .withLabel("qualifier of the deadline", "aanduiding van de termijn");
  private static final Parameter<List<BreachContent>> MISSING_CONTENT =
      Parameter.labels("missing", BreachContent.class)
          .withLabel("missing content", "ontbrekende inhoud");

  private static final RulePointer BREACH_NOTIFICATION_CONTENT =
      RULES.pointer("/breachNotification/content");
  private static final RulePointer BREACH_NOTIFICATION_DEADLINE =
      RULES.pointer("/breachNotification/deadline");
  private static final RulePointer BREACH_NOTIFICATION_PROCESSOR_NOTIFIES =
      RULES.pointer("/breachNotification/processorNotifies");
  private static final RulePointer BREACH_NOTIFICATION_SUSPECTED_BREACHES =
      RULES.pointer("/breachNotification/suspectedBreaches");

  /**
   * 47. GDPR-33.2-BREACH-NOTIFICATION: ERROR if the processor has no duty to notify the controller
   * of personal-data breaches.
   */
  public static final CatalogRule GDPR_33_2_BREACH_NOTIFICATION =
      RULES.rule(
          "GDPR-33.2-BREACH-NOTIFICATION",
          47,
          "GDPR 33(2), 28(3)(f); Amaral R34, R20, R21; SCC 9",
          "art. 33 lid 2 en art. 28 lid 3 onder f AVG; Amaral R34, R20 en R21; modelbepalingen 2021/915, clausule 9",
          "The processor notifies the controller of personal data breaches.",
          "De verwerker meldt inbreuken in verband met persoonsgegevens aan de verwerkingsverantwoordelijke.",
          BreachRules::breachNotification);

  private static final Outcome BREACH_NOTIFICATION_ERROR =
      GDPR_33_2_BREACH_NOTIFICATION.outcome(
          "error",
          ERROR,
          "The agreement does not oblige the processor to notify the controller of personal data breaches.",
          "De overeenkomst verplicht de verwerker niet inbreuken in verband met persoonsgegevens aan de verwerkingsverantwoordelijke te melden.");

  /**
   * 48. GDPR-33.2-BREACH-TIMELINESS: ERROR if standard ∈ {REASONABLE_PERIOD, NONE} with no numeric
   * cap, or maxHours &gt; 72 without IMMEDIATE/WITHOUT_UNDUE_DELAY; WARNING if maxHours ≥ 72 (no
   * margin for the controller's own 72 h deadline); INFO if 24 &lt; maxHours &lt; 72.
   */
  public static final CatalogRule GDPR_33_2_BREACH_TIMELINESS =
      RULES
          .rule(
              "GDPR-33.2-BREACH-TIMELINESS",
              48,
              "GDPR 33(2) (\"without undue delay\"), 33(1) (72 h for the controller); EDPB Guidelines 9/2022 on personal data breach notification (the controller is \"aware\" once the processor has informed it); SCC 9.2 and Commission Q&A (the parties set the time frame)",
              "art. 33 lid 2 AVG (\"zonder onredelijke vertraging\") en art. 33 lid 1 AVG (72 uur voor de verwerkingsverantwoordelijke); EDPB-richtsnoeren 9/2022 over de melding van inbreuken (de verwerkingsverantwoordelijke is pas \"op de hoogte\" zodra de verwerker hem informeert); modelbepalingen 2021/915, clausule 9.2, en de vragen en antwoorden van de Commissie (de partijen bepalen de termijn)",
              "The processor notifies breaches without undue delay, with a deadline that leaves the controller time for its own 72 hours.",
              "De verwerker meldt inbreuken in verband met persoonsgegevens zonder onredelijke vertraging, binnen een termijn die de verwerkingsverantwoordelijke tijd laat voor diens eigen 72 uur.",
              BreachRules::breachTimeliness)
          .threshold("breachWarnAtOrAboveHours", Policy::getBreachWarnAtOrAboveHours)
          .threshold("breachInfoAboveHours", Policy::getBreachInfoAboveHours)
          .threshold("businessDayHolidays", Policy::getBusinessDayHolidays);

  private static final Outcome NO_DEADLINE =
      GDPR_33_2_BREACH_TIMELINESS.outcome(
          "no-deadline",
          ERROR,
          "Breach notice to the controller has no deadline; Art. 33(2) asks for notice without undue delay.",
          "Melding van een inbreuk in verband met persoonsgegevens aan de verwerkingsverantwoordelijke heeft geen termijn; art. 33 lid 2 AVG vraagt melding zonder onredelijke vertraging.");

  private static final Outcome PERIOD_ELSEWHERE =
      GDPR_33_2_BREACH_TIMELINESS.outcome(
          "period-set-elsewhere",
          ERROR,
          "Breach notice to the controller is due within a period set by another document; Art. 33(2) asks for notice without undue delay.",
          "Melding van een inbreuk in verband met persoonsgegevens aan de verwerkingsverantwoordelijke moet gebeuren binnen een termijn die een ander document bepaalt; art. 33 lid 2 AVG vraagt melding zonder onredelijke vertraging.");

  private static final Outcome WEAK_WORDS =
      GDPR_33_2_BREACH_TIMELINESS.outcome(
          "weak-words",
          ERROR,
          "Breach notice to the controller is due only {qualifier}; Art. 33(2) asks for notice without undue delay.",
          "Melding van een inbreuk in verband met persoonsgegevens aan de verwerkingsverantwoordelijke hoeft pas {qualifier} te gebeuren; art. 33 lid 2 AVG vraagt melding zonder onredelijke vertraging.",
          QUALIFIER);

  private static final Outcome TOO_LONG =
      GDPR_33_2_BREACH_TIMELINESS.outcome(
          "too-long",
          ERROR,
          "Breach notice to the controller is due within {deadline}; Art. 33(2) asks for notice without undue delay.",
          "Melding van een inbreuk in verband met persoonsgegevens aan de verwerkingsverantwoordelijke moet binnen {deadline} gebeuren; art. 33 lid 2 AVG vraagt melding zonder onredelijke vertraging.",
          DEADLINE);

  private static final Outcome TOO_LONG_WORST_CASE =
      GDPR_33_2_BREACH_TIMELINESS.outcome(
          "too-long-worst-case",
          ERROR,
          "Breach notice to the controller is due within {deadline} (up to {worstCase}); Art. 33(2) asks for notice without undue delay.",
          "Melding van een inbreuk in verband met persoonsgegevens aan de verwerkingsverantwoordelijke moet binnen {deadline} (tot {worstCase}) gebeuren; art. 33 lid 2 AVG vraagt melding zonder onredelijke vertraging.",
          DEADLINE,
          WORST_CASE);

  private static final Outcome NO_MARGIN =
      GDPR_33_2_BREACH_TIMELINESS.outcome(
          "no-margin",
          WARNING,
          "Breach notice to the controller is due within {deadline}, no shorter than the 72 hours the controller itself has to notify the supervisory authority (Art. 33(1)).",
          "Melding van een inbreuk in verband met persoonsgegevens aan de verwerkingsverantwoordelijke moet binnen {deadline} gebeuren, niet korter dan de 72 uur die de verwerkingsverantwoordelijke zelf heeft om de toezichthoudende autoriteit in te lichten (art. 33 lid 1 AVG).",
          DEADLINE);

  private static final Outcome NO_MARGIN_WORST_CASE =
      GDPR_33_2_BREACH_TIMELINESS.outcome(
          "no-margin-worst-case",
          WARNING,
          "Breach notice to the controller is due within {deadline} (up to {worstCase}), no shorter than the 72 hours the controller itself has to notify the supervisory authority (Art. 33(1)).",
          "Melding van een inbreuk in verband met persoonsgegevens aan de verwerkingsverantwoordelijke moet binnen {deadline} (tot {worstCase}) gebeuren, niet korter dan de 72 uur die de verwerkingsverantwoordelijke zelf heeft om de toezichthoudende autoriteit in te lichten (art. 33 lid 1 AVG).",
          DEADLINE,
          WORST_CASE);

  private static final Outcome OVER_A_DAY =
      GDPR_33_2_BREACH_TIMELINESS.outcome(
          "over-a-day",
          INFO,
          "Breach notice to the controller is due within {deadline}; consider at most 24 hours.",
          "Melding van een inbreuk in verband met persoonsgegevens aan de verwerkingsverantwoordelijke moet binnen {deadline} gebeuren; overweeg maximaal 24 uur.",
          DEADLINE);

  private static final Outcome OVER_A_DAY_WORST_CASE =
      GDPR_33_2_BREACH_TIMELINESS.outcome(
          "over-a-day-worst-case",
          INFO,
          "Breach notice to the controller is due within {deadline} (up to {worstCase}); consider at most 24 hours.",
          "Melding van een inbreuk in verband met persoonsgegevens aan de verwerkingsverantwoordelijke moet binnen {deadline} (tot {worstCase}) gebeuren; overweeg maximaal 24 uur.",
          DEADLINE,
          WORST_CASE);

  /**
   * 49. RISK-33-SUSPECTED-BREACH-EXCLUDED: WARNING if notification is limited to incidents that
   * "daadwerkelijk" occurred or are confirmed.
   */
  public static final CatalogRule RISK_33_SUSPECTED_BREACH_EXCLUDED =
      RULES.rule(
          "RISK-33-SUSPECTED-BREACH-EXCLUDED",
          49,
          "GDPR 33(2) (awareness), 33(4) (information in phases); EDPB Guidelines 9/2022 on personal data breach notification",
          "art. 33 lid 2 AVG (kennisname) en lid 4 (informatie in fasen); EDPB-richtsnoeren 9/2022 over de melding van inbreuken in verband met persoonsgegevens",
          "Suspected breaches are notified too, not only confirmed ones.",
          "Ook vermoedelijke inbreuken in verband met persoonsgegevens worden gemeld, niet alleen bevestigde.",
          BreachRules::suspectedBreachExcluded);

  private static final Outcome SUSPECTED_BREACH_EXCLUDED_WARNING =
      RISK_33_SUSPECTED_BREACH_EXCLUDED.outcome(
          "warning",
          WARNING,
          "Only confirmed breaches are notified; suspected breaches are left out.",
          "Alleen bevestigde inbreuken worden gemeld; vermoedelijke inbreuken vallen erbuiten.");

  /**
   * 50. GDPR-33.3-BREACH-CONTENT: WARNING if any of {NATURE_CATEGORIES_NUMBERS, CONTACT_POINT,
   * LIKELY_CONSEQUENCES, MEASURES} is missing (a generic "alle relevante informatie" does not count
   * as nature, contact point or consequences).
   */
  public static final CatalogRule GDPR_33_3_BREACH_CONTENT =
      RULES.rule(
          "GDPR-33.3-BREACH-CONTENT",
          50,
          "GDPR 33(3)/(4); Amaral R8; SCC 9.2",
          "art. 33 lid 3 en lid 4 AVG; Amaral R8; modelbepalingen 2021/915, clausule 9.2",
          "The notification gives the nature of the breach, a contact point, the likely consequences and the measures taken.",
          "De melding noemt de aard van de inbreuk, een contactpunt, de waarschijnlijke gevolgen en de genomen maatregelen.",
          BreachRules::breachContent);

  private static final Outcome BREACH_CONTENT_WARNING =
      GDPR_33_3_BREACH_CONTENT.outcome(
          "warning",
          WARNING,
          "The content of a breach notification is incomplete; missing: {missing}.",
          "De inhoud van de melding van een inbreuk is onvolledig; ontbreekt: {missing}.",
          MISSING_CONTENT);

  private BreachRules() {}

  private static Optional<RuleResult> breachNotification(DataProcessingAgreement a, Policy p) {
    return a.getBreachNotification().isProcessorNotifies()
        ? PASS
        : BREACH_NOTIFICATION_ERROR.at(
            BREACH_NOTIFICATION_PROCESSOR_NOTIFIES, a.getBreachNotification());
  }

  private static Optional<RuleResult> breachTimeliness(DataProcessingAgreement a, Policy p) {
    BreachNotification b = a.getBreachNotification();
    if (!b.isProcessorNotifies()) {
      return PASS;
    }
    RulePointer at = BREACH_NOTIFICATION_DEADLINE;
    Optional<Deadline> deadline = b.getDeadline();
    if (deadline.isEmpty()) {
      return NO_DEADLINE.at(at, b);
    }
    DeadlineQualifier q = deadline.get().getQualifier();
    boolean prompt =
        q == DeadlineQualifier.IMMEDIATELY
            || q == DeadlineQualifier.WITHOUT_UNDUE_DELAY
            || q == DeadlineQualifier.PROMPTLY;
    Optional<TimeLimit> limit = deadline.get().getLimit();
    if (limit.isEmpty()) {
      if (prompt) {
        return PASS;
      }
      return q == DeadlineQualifier.NONE
          ? PERIOD_ELSEWHERE.at(at, b)
          : WEAK_WORDS.at(at, b, QUALIFIER.of(q));
    }
    // The worst case counts: two business days can last 144 hours over a weekend and a holiday.
    Duration longest = longest(limit.get(), p);
    long hours = hours(longest);
    boolean worstCaseLonger = limit.get().getUnit() == TimeLimitUnit.BUSINESS_DAYS;
    Outcome outcome;
    if (hours > 72 && !prompt) {
      outcome = worstCaseLonger ? TOO_LONG_WORST_CASE : TOO_LONG;
    } else if (hours >= p.getBreachWarnAtOrAboveHours()) {
      outcome = worstCaseLonger ? NO_MARGIN_WORST_CASE : NO_MARGIN;
    } else if (hours > p.getBreachInfoAboveHours()) {
      outcome = worstCaseLonger ? OVER_A_DAY_WORST_CASE : OVER_A_DAY;
    } else {
      return PASS;
    }
    return worstCaseLonger
        ? outcome.at(at, b, DEADLINE.of(limit.get()), WORST_CASE.of(TimeLimit.ofHours(hours)))
        : outcome.at(at, b, DEADLINE.of(limit.get()));
  }

  private static Optional<RuleResult> suspectedBreachExcluded(DataProcessingAgreement a, Policy p) {
    BreachNotification b = a.getBreachNotification();
    boolean confirmedOnly =
        b.getSuspectedBreaches() == SuspectedBreaches.EXCLUDED
            || b.getDeadline()
                .map(d -> d.getTrigger() == DeadlineTrigger.CONFIRMATION)
                .orElse(false);
    return b.isProcessorNotifies() && confirmedOnly
        ? SUSPECTED_BREACH_EXCLUDED_WARNING.at(BREACH_NOTIFICATION_SUSPECTED_BREACHES, b)
        : PASS;
  }

  private static Optional<RuleResult> breachContent(DataProcessingAgreement a, Policy p) {
    BreachNotification b = a.getBreachNotification();
    if (!b.isProcessorNotifies()) {
      return PASS;
    }
    List<BreachContent> missing =
        List.of(
                BreachContent.NATURE_CATEGORIES_NUMBERS,
                BreachContent.CONTACT_POINT,
                BreachContent.LIKELY_CONSEQUENCES,
                BreachContent.MEASURES)
            .stream()
            .filter(c -> !b.getContent().contains(c))
            .collect(Collectors.toList());
    return missing.isEmpty()
        ? PASS
        : BREACH_CONTENT_WARNING.at(BREACH_NOTIFICATION_CONTENT, b, MISSING_CONTENT.of(missing));
  }
}
