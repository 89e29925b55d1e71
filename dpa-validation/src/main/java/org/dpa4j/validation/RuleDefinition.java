package org.dpa4j.validation;

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
}
