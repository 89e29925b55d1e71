package org.dpa4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dpa4j.cli.report.Sarif;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.validation.Outcome;
import org.dpa4j.validation.RuleDefinition;
import org.dpa4j.validation.Severity;

/**
 * What the command says about a rule, made from the rule's own definition (the catalogue, or a
 * custom rule): for {@code dpa explain}, {@code dpa rules} and the rules of a SARIF log.
 */
final class RuleTexts {
  private static final LocalizedText REQUIREMENT = LocalizedText.of("requirement", "vereiste");
  private static final LocalizedText LEGAL_BASIS =
      LocalizedText.of("legal basis", "juridische grondslag");
  private static final LocalizedText SEVERITIES = LocalizedText.of("severities", "ernst");

  private RuleTexts() {}

  /** A message's blanks ({@code {0}}, {@code {deadline}}, ...) shown as "…". */
  private static final Pattern BLANK = Pattern.compile("\\{[A-Za-z0-9_]+}");

  /** The message a rule gives at a severity, its blanks shown as "…". */
  static String message(RuleDefinition rule, Severity severity, Locale locale) {
    return BLANK.matcher(rule.getMessage(severity).get(locale)).replaceAll("…");
  }

  /** An outcome's text, its blanks shown as "…". */
  static String message(Outcome outcome, Locale locale) {
    return BLANK.matcher(outcome.getText().get(locale)).replaceAll("…");
  }

  /**
   * What a rule can say: one line per outcome ("warning (absent): ..."), or, for a custom rule that
   * declares no outcomes, one per severity.
   */
  private static List<String> outcomes(RuleDefinition rule, Locale locale) {
    List<String> lines = new ArrayList<>();
    if (rule.getOutcomes().isEmpty()) {
      for (Severity severity : sorted(rule)) {
        lines.add(severity.getLabel(locale) + ": " + message(rule, severity, locale));
      }
    }
    for (Outcome outcome : rule.getOutcomes()) {
      lines.add(
          outcome.getSeverity().getLabel(locale)
              + " ("
              + outcome.getKey()
              + "): "
              + message(outcome, locale));
    }
    return lines;
  }

  /** The severities a rule can report, most serious first, as labels. */
  private static String severities(RuleDefinition rule, Locale locale) {
    return rule.getSeverities().stream()
        .sorted()
        .map(s -> s.getLabel(locale))
        .collect(Collectors.joining(", "));
  }

  /**
   * The lines that describe a rule: requirement, legal basis, severities, the message at each
   * severity.
   */
  static List<String> describe(RuleDefinition rule, Locale locale) {
    List<String> lines = new ArrayList<>();
    lines.add(REQUIREMENT.get(locale) + ": " + rule.getRequirement(locale));
    lines.add(LEGAL_BASIS.get(locale) + ": " + rule.getLegalBasis(locale));
    lines.add(SEVERITIES.get(locale) + ": " + severities(rule, locale));
    lines.addAll(outcomes(rule, locale));
    return lines;
  }

  private static List<Severity> sorted(RuleDefinition rule) {
    return rule.getSeverities().stream().sorted().collect(Collectors.toList());
  }

  /** A rule as a SARIF reporting descriptor, its texts in the language asked for. */
  static Sarif.Rule sarif(RuleDefinition rule, Locale locale) {
    return new Sarif.Rule(
        rule.getId(),
        rule.getRequirement(locale),
        String.join("\n", outcomes(rule, locale)),
        String.join("\n", describe(rule, locale)),
        rule.getDefaultSeverity());
  }

  /** Rules as JSON for {@code dpa rules --format json}. */
  static String json(List<RuleDefinition> rules, Locale locale) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ArrayNode list = root.putArray("rules");
    for (RuleDefinition rule : rules) {
      ObjectNode node = list.addObject();
      node.put("id", rule.getId());
      node.put("severity", rule.getDefaultSeverity().name());
      ArrayNode severities = node.putArray("severities");
      for (Severity severity : sorted(rule)) {
        severities.add(severity.name());
      }
      ArrayNode outcomes = node.putArray("outcomes");
      for (Outcome outcome : rule.getOutcomes()) {
        outcomes
            .addObject()
            .put("key", outcome.getKey())
            .put("severity", outcome.getSeverity().name())
            .put("message", message(outcome, locale));
      }
      if (rule.getOutcomes().isEmpty()) {
        // A custom rule without outcomes: its message per severity, as outcomes keyed by it.
        for (Severity severity : sorted(rule)) {
          outcomes
              .addObject()
              .put("key", severity.name().toLowerCase(Locale.ROOT))
              .put("severity", severity.name())
              .put("message", message(rule, severity, locale));
        }
      }
      node.put("requirement", rule.getRequirement(locale));
      node.put("legalBasis", rule.getLegalBasis(locale));
    }
    return root.toString() + "\n";
  }

  /** Rules as text for {@code dpa rules}: each rule's id, then its description, indented. */
  static String text(List<RuleDefinition> rules, Locale locale) {
    StringBuilder out = new StringBuilder();
    for (RuleDefinition rule : rules) {
      out.append(Report.printable(rule.getId())).append('\n');
      for (String line : describe(rule, locale)) {
        out.append("  ").append(Report.printable(line)).append('\n');
      }
    }
    return out.toString();
  }
}
