package org.dpa4j.validation;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dpa4j.model.LocalizedText;

/** What a rule is: its id, legal source, severities and messages. */
public interface RuleDefinition {

  /**
   * Returns the stable id, such as {@code GDPR-33.2-BREACH-TIMELINESS}.
   *
   * @return the id
   */
  String getId();

  /**
   * Returns the legal source the rule rests on, such as {@code GDPR 33(2); SCC 9.2}.
   *
   * @return the legal basis
   */
  String getLegalBasis();

  /**
   * Returns what the rule requires, in plain English.
   *
   * @return the requirement
   */
  String getRequirement();

  /**
   * Returns the most serious severity the rule reports.
   *
   * @return the default severity
   */
  Severity getDefaultSeverity();

  /**
   * Returns every severity the rule can report.
   *
   * @return the severities
   */
  Set<Severity> getSeverities();

  /**
   * Returns the message of a finding at a severity, in English and Dutch; {@code {0}}, {@code {1}}
   * stand for the finding's arguments.
   *
   * @param severity the severity
   * @return the message template
   */
  LocalizedText getMessage(Severity severity);

  /**
   * Returns the legal source in a language; the catalogue's rules write Dutch article notation
   * ("art. 28 lid 3 onder a AVG") for {@code nl}.
   *
   * @param locale the locale: Dutch for {@code nl}, English otherwise
   * @return the legal basis; {@link #getLegalBasis()} unless the rule has a translation
   */
  default String getLegalBasis(Locale locale) {
    return getLegalBasis();
  }

  /**
   * Returns what the rule requires in a language.
   *
   * @param locale the locale: Dutch for {@code nl}, English otherwise
   * @return the requirement; {@link #getRequirement()} unless the rule has a translation
   */
  default String getRequirement(Locale locale) {
    return getRequirement();
  }

  /**
   * Returns every distinct finding the rule can report, each with its severity and its own message;
   * empty for a rule that has only {@link #getMessage(Severity)} per severity.
   *
   * @return the outcomes
   */
  default List<Outcome> getOutcomes() {
    return List.of();
  }

  /**
   * Returns the policy thresholds the rule reads.
   *
   * @return the thresholds; empty unless the rule declares some
   */
  default List<Threshold> getThresholds() {
    return List.of();
  }
}
