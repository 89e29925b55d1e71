package org.dpa4j.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dpa4j.model.ClauseRef;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.Sourced;

/**
 * One thing a catalogue rule can find: its severity and its message in English and Dutch, with
 * named, typed arguments ({@link Parameter}). A rule has one outcome per distinct finding, so each
 * message is true of the agreement it is reported on: "no deadline" and "a deadline of 4 days" are
 * two outcomes, even at the same severity.
 *
 * <p>The texts are parsed once, when the rule is declared; a finding's message is put together from
 * the parsed pieces.
 */
public final class Outcome {
  private final String ruleId;
  private final String key;
  private final Severity severity;
  private final LocalizedText text;
  private final List<Parameter<?>> parameters;
  private final Template english;
  private final Template dutch;

  Outcome(
      String ruleId,
      String key,
      Severity severity,
      String english,
      String dutch,
      List<Parameter<?>> parameters) {
    this.ruleId = ruleId;
    this.key = key;
    this.severity = severity;
    this.text = LocalizedText.of(english, dutch);
    this.parameters = List.copyOf(parameters);
    this.english = new Template(ruleId + " " + key, english, this.parameters);
    this.dutch = new Template(ruleId + " " + key, dutch, this.parameters);
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
   * Returns the outcome's key, unique within its rule, such as {@code too-long}.
   *
   * @return the key
   */
  public String getKey() {
    return key;
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
   * Returns the message texts with the parameters' names in braces, such as {@code {deadline}}.
   *
   * @return the texts in English and Dutch
   */
  public LocalizedText getText() {
    return text;
  }

  /**
   * Returns the parameters, in the order a finding gives its arguments.
   *
   * @return the parameters
   */
  public List<Parameter<?>> getParameters() {
    return parameters;
  }

  /**
   * Returns the message with {@code {0}}, {@code {1}}, ... for the parameters in their order, the
   * form of {@link RuleDefinition#getMessage(Severity)}.
   *
   * @return the positional texts
   */
  public LocalizedText getPositionalText() {
    Object[] positions = new Object[parameters.size()];
    for (int i = 0; i < positions.length; i++) {
      positions[i] = "{" + i + "}";
    }
    return LocalizedText.of(english.fill(positions, false), dutch.fill(positions, true));
  }

  /**
   * Renders the message with arguments.
   *
   * @param arguments one value per parameter, in their order
   * @return the message in English and Dutch
   * @throws IllegalArgumentException when an argument is missing or of another parameter
   */
  public LocalizedText render(List<Parameter.Argument<?>> arguments) {
    return renderChecked(values(arguments));
  }

  /**
   * Renders the message with arguments already checked, as {@link #at} checks a result's: the
   * values, one per parameter in their order.
   */
  LocalizedText renderChecked(Object[] values) {
    for (int i = 0; i < values.length; i++) {
      values[i] = parameters.get(i).format(values[i]);
    }
    return LocalizedText.of(english.fill(values, false), dutch.fill(values, true));
  }

  private Object[] values(List<Parameter.Argument<?>> arguments) {
    if (arguments.size() != parameters.size()) {
      throw new IllegalArgumentException(
          ruleId + " " + key + " takes " + parameters + ", not " + arguments.size() + " values");
    }
    Object[] values = new Object[arguments.size()];
    for (int i = 0; i < values.length; i++) {
      if (arguments.get(i).getParameter() != parameters.get(i)) {
        throw new IllegalArgumentException(
            ruleId + " " + key + ": argument " + i + " is not " + parameters.get(i));
      }
      values[i] = arguments.get(i).getValue();
    }
    return values;
  }

  /** The finding of this outcome at a pointer, on the clauses of a term. */
  Optional<RuleResult> at(RulePointer pointer, Sourced source, Parameter.Argument<?>... arguments) {
    return at(pointer, source.getClauses(), arguments);
  }

  /** The finding of this outcome at a pointer, on the clauses of several terms. */
  Optional<RuleResult> at(
      RulePointer pointer, List<ClauseRef> clauses, Parameter.Argument<?>... arguments) {
    List<Parameter.Argument<?>> list = List.of(arguments);
    values(list);
    return Optional.of(RuleResult.of(this, pointer.toString(), clauses, list));
  }

  @Override
  public String toString() {
    return ruleId + " " + key + " (" + severity + ")";
  }

  /** A text split at its placeholders once. */
  private static final class Template {
    private final String[] literals;
    private final int[] slots;

    Template(String where, String text, List<Parameter<?>> parameters) {
      List<String> pieces = new ArrayList<>();
      List<Integer> indices = new ArrayList<>();
      Set<String> used = new LinkedHashSet<>();
      int from = 0;
      int open;
      while ((open = text.indexOf('{', from)) >= 0) {
        int close = text.indexOf('}', open);
        if (close < 0) {
          throw new IllegalArgumentException(where + ": unclosed { in " + text);
        }
        String name = text.substring(open + 1, close);
        int index = -1;
        for (int i = 0; i < parameters.size(); i++) {
          if (parameters.get(i).getName().equals(name)) {
            index = i;
          }
        }
        if (index < 0) {
          throw new IllegalArgumentException(where + ": {" + name + "} is not a parameter");
        }
        used.add(name);
        pieces.add(text.substring(from, open));
        indices.add(index);
        from = close + 1;
      }
      pieces.add(text.substring(from));
      if (used.size() != parameters.size()) {
        throw new IllegalArgumentException(where + ": a parameter is not in the text: " + text);
      }
      this.literals = pieces.toArray(new String[0]);
      this.slots = indices.stream().mapToInt(Integer::intValue).toArray();
    }

    String fill(Object[] values, boolean dutch) {
      if (slots.length == 0) {
        return literals[0];
      }
      // The pieces joined at once: String.join sizes the text before it copies them.
      String[] pieces = new String[literals.length + slots.length];
      pieces[0] = literals[0];
      for (int i = 0; i < slots.length; i++) {
        Object value = values[slots[i]];
        String text =
            value instanceof LocalizedText
                ? dutch ? ((LocalizedText) value).getDutch() : ((LocalizedText) value).getEnglish()
                : String.valueOf(value);
        String literal = literals[i + 1];
        pieces[2 * i + 1] = text;
        pieces[2 * i + 2] = endsSentence(text, literal) ? literal.substring(1) : literal;
      }
      return String.join("", pieces);
    }

    /**
     * Tells whether the text after a value is a sentence's full stop that the value already ends
     * with ("... Sentry B.V." then "."): that stop is left out, so the sentence does not end in
     * two.
     */
    private static boolean endsSentence(String value, String literal) {
      return value.endsWith(".")
          && literal.startsWith(".")
          && (literal.length() == 1 || Character.isWhitespace(literal.charAt(1)));
    }
  }
}
