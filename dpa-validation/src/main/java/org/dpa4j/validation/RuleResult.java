package org.dpa4j.validation;

import java.util.List;
import java.util.Objects;
import org.dpa4j.model.ClauseRef;

/**
 * What a rule found: the severity, where in the agreement (a JSON Pointer), the agreement's
 * clauses, and the values to put into the rule's message.
 */
public final class RuleResult {
  private final Severity severity;
  private final String pointer;
  private final List<ClauseRef> clauses;
  private final List<Object> arguments;
  private final Outcome outcome;
  private final List<Parameter.Argument<?>> typed;

  private RuleResult(
      Severity severity,
      String pointer,
      List<ClauseRef> clauses,
      List<Object> arguments,
      Outcome outcome,
      List<Parameter.Argument<?>> typed) {
    this.severity = Objects.requireNonNull(severity, "severity");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.clauses = List.copyOf(clauses);
    this.arguments = List.copyOf(arguments);
    this.outcome = outcome;
    this.typed = typed;
  }

  /** A catalogue rule's result: an outcome with its typed arguments. */
  static RuleResult of(
      Outcome outcome,
      String pointer,
      List<ClauseRef> clauses,
      List<Parameter.Argument<?>> arguments) {
    Object[] values = new Object[arguments.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = arguments.get(i).getValue();
    }
    // An immutable list already, which the constructor keeps rather than copies.
    return new RuleResult(
        outcome.getSeverity(), pointer, clauses, List.of(values), outcome, arguments);
  }

  /**
   * Creates a result.
   *
   * @param severity the severity
   * @param pointer the RFC 6901 JSON Pointer to the term in the agreement's JSON form
   * @param clauses the agreement's clauses the finding rests on
   * @param arguments the values for the message's {@code {0}}, {@code {1}}, ...
   * @return the result
   */
  public static RuleResult of(
      Severity severity, String pointer, List<ClauseRef> clauses, Object... arguments) {
    return new RuleResult(severity, pointer, clauses, List.of(arguments), null, List.of());
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
   * Returns the pointer.
   *
   * @return the JSON Pointer
   */
  public String getPointer() {
    return pointer;
  }

  /**
   * Returns the clauses.
   *
   * @return the clause references
   */
  public List<ClauseRef> getClauses() {
    return clauses;
  }

  /**
   * Returns the message arguments.
   *
   * @return the arguments
   */
  public List<Object> getArguments() {
    return arguments;
  }

  /**
   * Returns the outcome of a catalogue rule's result.
   *
   * @return the outcome; empty for a result made with {@link #of(Severity, String, List,
   *     Object...)}
   */
  public java.util.Optional<Outcome> getOutcome() {
    return java.util.Optional.ofNullable(outcome);
  }

  /**
   * The arguments by name: a catalogue result's by its outcome's parameter names, in their order;
   * any other result's by position ({@code "0"}, {@code "1"}, ..., as its message template numbers
   * them).
   */
  java.util.LinkedHashMap<String, Object> namedArguments() {
    java.util.LinkedHashMap<String, Object> named = new java.util.LinkedHashMap<>();
    for (int i = 0; i < arguments.size(); i++) {
      String name = outcome != null ? typed.get(i).getParameter().getName() : Integer.toString(i);
      named.put(name, arguments.get(i));
    }
    return named;
  }

  /** Returns the message: the outcome's, or the rule's template at the severity. */
  org.dpa4j.model.LocalizedText message(RuleDefinition rule) {
    // A catalogue result's arguments were checked against its outcome when it was made.
    return outcome != null
        ? outcome.renderChecked(arguments.toArray())
        : rule.getMessage(severity).format(arguments.toArray());
  }
}
