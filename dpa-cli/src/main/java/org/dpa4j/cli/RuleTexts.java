package org.dpa4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dpa4j.cli.report.Sarif;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.validation.RuleDefinition;
import org.dpa4j.validation.Severity;

/**
 * What the command says about a rule, made from the rule's own definition (the catalogue, or a
 * custom rule): for {@code dpa explain}, {@code dpa rules} and the rules of a SARIF log.
 */
final class RuleTexts {
  private static final LocalizedText REQUIREMENT =
      // The catalogue states requirements in English only.
      LocalizedText.of("requirement", "vereiste (in het Engels)");
  private static final LocalizedText LEGAL_BASIS =
      LocalizedText.of("legal basis", "juridische grondslag");
  private static final LocalizedText SEVERITIES = LocalizedText.of("severities", "ernst");

  private RuleTexts() {}

  /** The message a rule gives at a severity, its blanks ({@code {0}}, ...) shown as "…". */
  static String message(RuleDefinition rule, Severity severity, Locale locale) {
    return rule.getMessage(severity).get(locale).replaceAll("\\{\\d+}", "…");
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
    lines.add(REQUIREMENT.get(locale) + ": " + rule.getRequirement());
    lines.add(LEGAL_BASIS.get(locale) + ": " + rule.getLegalBasis());
    lines.add(SEVERITIES.get(locale) + ": " + severities(rule, locale));
    for (Severity severity : sorted(rule)) {
      lines.add(severity.getLabel(locale) + ": " + message(rule, severity, locale));
    }
    return lines;
  }

  private static List<Severity> sorted(RuleDefinition rule) {
    return rule.getSeverities().stream().sorted().collect(Collectors.toList());
  }

  /** A rule as a SARIF reporting descriptor, its texts in the language asked for. */
  static Sarif.Rule sarif(RuleDefinition rule, Locale locale) {
    return new Sarif.Rule(
        rule.getId(),
        message(rule, rule.getDefaultSeverity(), locale),
        sorted(rule).stream()
            .map(s -> s.getLabel(locale) + ": " + message(rule, s, locale))
            .collect(Collectors.joining("\n")),
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
      ObjectNode messages = node.putObject("messages");
      for (Severity severity : sorted(rule)) {
        severities.add(severity.name());
        messages.put(severity.name(), message(rule, severity, locale));
      }
      node.put("requirement", rule.getRequirement());
      node.put("legalBasis", rule.getLegalBasis());
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
