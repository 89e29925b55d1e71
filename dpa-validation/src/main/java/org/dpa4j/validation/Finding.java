package org.dpa4j.validation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dpa4j.model.ClauseRef;
import org.dpa4j.model.LocalizedText;

/**
 * One finding about an agreement: which rule, how serious, on what legal basis, where in the
 * agreement (a JSON Pointer into its JSON form, and the agreement's own clause numbers), and a
 * message in English and Dutch.
 */
public final class Finding {
  private final String ruleId;
  private final Severity severity;
  private final String legalBasis;
  private final String pointer;
  private final List<ClauseRef> clauses;
  private final LocalizedText message;
  private final Locale locale;

  Finding(
      String ruleId,
      Severity severity,
      String legalBasis,
      String pointer,
      List<ClauseRef> clauses,
      LocalizedText message,
      Locale locale) {
    this.ruleId = ruleId;
    this.severity = severity;
    this.legalBasis = legalBasis;
    this.pointer = pointer;
    this.clauses = List.copyOf(clauses);
    this.message = message;
    this.locale = locale;
  }

  /**
   * Returns the id of the rule.
   *
   * @return the rule id
   */
  public String getRuleId() {
    return ruleId;
  }

  /**
   * Returns the severity.
   *
   * @return the severity
   */
  public Severity getSeverity() {
    return severity;
  }

  /**
   * Returns the legal basis of the rule.
   *
   * @return the legal basis
   */
  public String getLegalBasis() {
    return legalBasis;
  }

  /**
   * Returns the RFC 6901 JSON Pointer to the term in the agreement's JSON form.
   *
   * @return the pointer
   */
  public String getPointer() {
    return pointer;
  }

  /**
   * Returns the agreement's clauses the finding rests on, such as {@code 7.1}.
   *
   * @return the clause references; empty when the agreement is silent
   */
  public List<ClauseRef> getClauses() {
    return clauses;
  }

  /**
   * Returns the message in the validator's locale.
   *
   * @return the message
   */
  public String getMessage() {
    return message.get(locale);
  }

  /**
   * Returns the message in a locale: Dutch for {@code nl}, English otherwise.
   *
   * @param locale the locale
   * @return the message
   */
  public String getMessage(Locale locale) {
    return message.get(locale);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Finding)) {
      return false;
    }
    Finding that = (Finding) other;
    return ruleId.equals(that.ruleId)
        && severity == that.severity
        && legalBasis.equals(that.legalBasis)
        && pointer.equals(that.pointer)
        && clauses.equals(that.clauses)
        && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, severity, pointer, clauses, message);
  }

  /** Returns {@code SEVERITY rule-id pointer: message}. */
  @Override
  public String toString() {
    return severity
        + " "
        + ruleId
        + " "
        + (pointer.isEmpty() ? "/" : pointer)
        + ": "
        + getMessage();
  }
}
