package org.dpa4j.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dpa4j.model.ClauseRef;
import org.dpa4j.model.LocalizedText;

/**
 * One finding about an agreement: which rule, how serious, on what legal basis, where in the
 * agreement (a JSON Pointer into its JSON form, and the agreement's own clause numbers), and a
 * message in English and Dutch.
 *
 * <p>A finding also carries what its message was made from: the rule's {@link #getOutcome()
 * outcome}, when a catalogue rule found it, and the typed {@link #getArguments() arguments}, so a
 * program can compare two findings (did the breach deadline change? is there a new offender?)
 * without reading their texts, which may be re-worded from release to release.
 */
public final class Finding {
  private final String ruleId;
  private final Severity severity;
  private final String legalBasis;
  private final String pointer;
  private final List<ClauseRef> clauses;
  private final LocalizedText message;
  private final Locale locale;
  private final Optional<Outcome> outcome;
  private final Map<String, Object> arguments;

  /**
   * Makes a finding.
   *
   * @param arguments the finding's own map, made for it, which no one changes afterwards: the
   *     finding keeps it rather than copying it, as every finding of every rule did
   */
  Finding(
      String ruleId,
      Severity severity,
      String legalBasis,
      String pointer,
      List<ClauseRef> clauses,
      LocalizedText message,
      Locale locale,
      Optional<Outcome> outcome,
      LinkedHashMap<String, Object> arguments) {
    this.ruleId = ruleId;
    this.severity = severity;
    this.legalBasis = legalBasis;
    this.pointer = pointer;
    this.clauses = List.copyOf(clauses);
    this.message = message;
    this.locale = locale;
    this.outcome = outcome;
    this.arguments = Collections.unmodifiableMap(arguments);
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

  /**
   * Returns the outcome of the catalogue rule that this finding reports: its key (such as {@code
   * too-long}), its texts and its parameters with their labels. Two findings of one rule with
   * different outcomes say different things, even at the same severity.
   *
   * @return the outcome; empty for findings of custom rules made without one, structural findings
   *     ({@code STRUCTURE}), incomplete templates ({@code TEMPLATE-INCOMPLETE}) and rules that
   *     failed
   */
  public Optional<Outcome> getOutcome() {
    return outcome;
  }

  /**
   * Returns the values the message was made from, by name, in order: for a catalogue rule the
   * outcome's parameters as it declares them ({@code deadline} → a {@code TimeLimit}, {@code
   * destinations} → a {@code List} of {@link Destination} offenders, each its country, recipient
   * and the model object that names it, {@code subProcessors} → a {@code List} of {@link Named}
   * sub-processors, each its name and the model object it names, {@code missing} → a {@code List}
   * of enum constants); for a custom rule's result the values of its message's {@code {0}}, {@code
   * {1}}, ... under the names {@code "0"}, {@code "1"}, ...; for {@code STRUCTURE} the {@code
   * constraint} (its annotation's simple name); for {@code TEMPLATE-INCOMPLETE} the {@code term}
   * (the blank's pointer), its {@code kind} ({@code BlankKind}) and the {@code rules} (ids) that
   * wait for it; for a rule that failed, the {@code failure}. The values are model values and names
   * the agreement writes (of companies and countries); they are not part of {@link #toString()}.
   *
   * @return an immutable map in the order of the parameters; empty when the message has none
   */
  public Map<String, Object> getArguments() {
    return arguments;
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
        && message.equals(that.message)
        && outcome.equals(that.outcome)
        && arguments.equals(that.arguments);
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
