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

  private RuleResult(
      Severity severity, String pointer, List<ClauseRef> clauses, List<Object> arguments) {
    this.severity = Objects.requireNonNull(severity, "severity");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.clauses = List.copyOf(clauses);
    this.arguments = List.copyOf(arguments);
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
    return new RuleResult(severity, pointer, clauses, List.of(arguments));
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
}
