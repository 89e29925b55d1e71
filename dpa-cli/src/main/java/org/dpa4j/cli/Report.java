package org.dpa4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dpa4j.cli.report.JUnitXml;
import org.dpa4j.cli.report.Printable;
import org.dpa4j.cli.report.Sarif;
import org.dpa4j.json.DpaJson;
import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.Problem;
import org.dpa4j.validation.Finding;
import org.dpa4j.validation.RuleDefinition;
import org.dpa4j.validation.Severity;
import org.dpa4j.validation.ValidationReport;

/** Prints validation reports as text for people, or as JSON, SARIF or JUnit XML for pipelines. */
final class Report {
  /**
   * A finding with the line and column, in its input's text, of the value its pointer leads to (or
   * of the nearest value above it that the text has); 0 when not known.
   */
  record Located(Finding finding, long line, long column) {
    /**
     * Locates each finding of a report in the text it was read from, with dpa-json's locator, the
     * one that gives problems their line and column.
     */
    static List<Located> in(byte[] text, ValidationReport report) {
      List<Finding> findings = report.getFindings();
      List<Problem> wanted = new ArrayList<>(findings.size());
      for (Finding f : findings) {
        wanted.add(Problem.of(f.getRuleId(), f.getPointer(), List.of(), NO_MESSAGE));
      }
      List<Problem> located = DpaJson.standard().locate(text, wanted);
      List<Located> result = new ArrayList<>(findings.size());
      for (int i = 0; i < findings.size(); i++) {
        Problem p = located.get(i);
        result.add(new Located(findings.get(i), p.getLine().orElse(0), p.getColumn().orElse(0)));
      }
      return result;
    }
  }

  private static final LocalizedText NO_MESSAGE = LocalizedText.of("", "");

  /**
   * One input: validated ({@code agreement} and {@code report} set, {@code problems} empty), or one
   * that could not be read ({@code agreement} and {@code report} null, the reasons in {@code
   * problems}).
   */
  record Entry(
      String source,
      DataProcessingAgreement agreement,
      ValidationReport report,
      List<Located> findings,
      List<Problem> problems) {
    static Entry validated(
        String source,
        DataProcessingAgreement agreement,
        ValidationReport report,
        List<Located> findings) {
      return new Entry(source, agreement, report, findings, List.of());
    }

    static Entry unreadable(String source, List<Problem> problems) {
      return new Entry(source, null, null, List.of(), problems);
    }

    boolean readable() {
      return agreement != null;
    }
  }

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";

  private final List<Entry> entries;
  private final Locale locale;
  private final boolean colour;

  Report(List<Entry> entries, Locale locale, boolean colour) {
    this.entries = entries;
    this.locale = locale;
    this.colour = colour;
  }

  /**
   * Returns text from a document (or a file name) safe to print: see {@link Printable#text}.
   *
   * @param text the text
   * @return the printable text
   */
  static String printable(String text) {
    return Printable.text(text);
  }

  private List<Entry> readable() {
    return entries.stream().filter(Entry::readable).collect(Collectors.toList());
  }

  /**
   * Returns " (line L, column C)" in the report's language, or nothing when the line is not known:
   * the one way the command shows where something is.
   */
  static String position(Locale locale, long line, long column) {
    return line <= 0
        ? ""
        : " ("
            + Main.text(locale, "line", "regel")
            + " "
            + line
            + ", "
            + Main.text(locale, "column", "kolom")
            + " "
            + column
            + ")";
  }

  String text() {
    StringBuilder out = new StringBuilder();
    List<Entry> readable = readable();
    for (Entry entry : readable) {
      DataProcessingAgreement a = entry.agreement();
      out.append(style(BOLD, printable(a.getMetadata().getTitle()))).append('\n');
      out.append("  ")
          .append(Main.text(locale, "source", "bron"))
          .append(": ")
          .append(printable(entry.source()))
          .append(" · ")
          .append(Main.text(locale, "processor", "verwerker"))
          .append(": ")
          .append(printable(a.getProcessor().displayName()))
          .append(" · ")
          .append(Main.text(locale, "version", "versie"))
          .append(": ")
          .append(printable(a.getMetadata().getVersion().orElse("-")))
          .append('\n');
      for (Severity severity : Severity.values()) {
        List<Located> findings =
            entry.findings().stream()
                .filter(l -> l.finding().getSeverity() == severity)
                .collect(Collectors.toList());
        if (findings.isEmpty()) {
          continue;
        }
        out.append("  ")
            .append(style(colourOf(severity), label(severity) + " (" + findings.size() + ")"))
            .append('\n');
        for (Located located : findings) {
          Finding f = located.finding();
          out.append("    ").append(f.getRuleId());
          if (!f.getClauses().isEmpty()) {
            out.append(" [")
                .append(
                    f.getClauses().stream()
                        .map(c -> printable(c.getReference()))
                        .collect(Collectors.joining(", ")))
                .append(']');
          }
          out.append(position(locale, located.line(), located.column()));
          out.append('\n').append("      ").append(printable(f.getMessage(locale))).append('\n');
        }
      }
      int omitted = entry.report().getOmittedCount();
      if (omitted > 0) {
        out.append("  ")
            .append(
                Main.text(
                    locale,
                    "... and " + omitted + " more findings, not reported",
                    "... en nog " + omitted + " bevindingen, niet gemeld"))
            .append('\n');
      }
      out.append('\n');
    }
    out.append(style(BOLD, Main.text(locale, "Summary", "Samenvatting"))).append('\n');
    int width =
        Math.max(12, readable.stream().mapToInt(e -> e.source().length()).max().orElse(0) + 2);
    String header =
        String.format(
            Locale.ROOT,
            "  %-" + width + "s %7s %13s %12s%n",
            Main.text(locale, "source", "bron"),
            label(Severity.ERROR),
            label(Severity.WARNING),
            label(Severity.INFO));
    out.append(header);
    int[] totals = new int[3];
    for (Entry entry : readable) {
      ValidationReport r = entry.report();
      out.append(
          String.format(
              Locale.ROOT,
              "  %-" + width + "s %7d %13d %12d%n",
              printable(entry.source()),
              r.count(Severity.ERROR),
              r.count(Severity.WARNING),
              r.count(Severity.INFO)));
      totals[0] += r.count(Severity.ERROR);
      totals[1] += r.count(Severity.WARNING);
      totals[2] += r.count(Severity.INFO);
    }
    out.append(
        String.format(
            Locale.ROOT,
            "  %-" + width + "s %7d %13d %12d%n",
            Main.text(locale, "total", "totaal"),
            totals[0],
            totals[1],
            totals[2]));
    return out.toString();
  }

  /**
   * The JSON report: every input in order, a validated one with its title, summary and findings
   * (each with pointer, line and column), one that could not be read with its problems.
   */
  String json() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode root = nodes.objectNode();
    ArrayNode reports = root.putArray("reports");
    for (Entry entry : entries) {
      ObjectNode report = reports.addObject();
      report.put("source", entry.source());
      if (!entry.readable()) {
        ArrayNode problems = report.putArray("problems");
        for (Problem p : entry.problems()) {
          ObjectNode problem = problems.addObject();
          problem.put("code", p.getCode());
          problem.put("pointer", p.getPointer());
          p.getLine().ifPresent(line -> problem.put("line", line));
          p.getColumn().ifPresent(column -> problem.put("column", column));
          problem.put("message", p.getMessage(locale));
        }
        continue;
      }
      report.put("title", entry.agreement().getMetadata().getTitle());
      ObjectNode summary = report.putObject("summary");
      summary.put("error", entry.report().count(Severity.ERROR));
      summary.put("warning", entry.report().count(Severity.WARNING));
      summary.put("info", entry.report().count(Severity.INFO));
      if (entry.report().getOmittedCount() > 0) {
        summary.put("omitted", entry.report().getOmittedCount());
      }
      ArrayNode findings = report.putArray("findings");
      for (Located located : entry.findings()) {
        Finding f = located.finding();
        ObjectNode finding = findings.addObject();
        finding.put("rule", f.getRuleId());
        finding.put("severity", f.getSeverity().name());
        finding.put("legalBasis", f.getLegalBasis());
        finding.put("pointer", f.getPointer());
        finding.put("line", located.line());
        finding.put("column", located.column());
        ArrayNode clauses = finding.putArray("clauses");
        f.getClauses().forEach(c -> clauses.add(c.getReference()));
        finding.put("message", f.getMessage(locale));
        finding.set("arguments", arguments(f.getArguments()));
      }
    }
    return Printable.json(root, false);
  }

  /**
   * A finding's arguments as a JSON object, by name: the values its message was made from, so a
   * program can compare findings without reading their texts.
   */
  static ObjectNode arguments(Map<String, Object> arguments) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    arguments.forEach((name, value) -> node.set(name, jsonValue(value)));
    return node;
  }

  /**
   * A model value as JSON, as the agreement's JSON form writes it: a code for a coded enum, a
   * number or boolean as such, a list as an array, any other value (a time limit, an amount, a
   * country, a name) as its text form.
   */
  static JsonNode jsonValue(Object value) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (value instanceof Collection) {
      ArrayNode array = nodes.arrayNode();
      ((Collection<?>) value).forEach(v -> array.add(jsonValue(v)));
      return array;
    }
    if (value instanceof CodedEnum) {
      return nodes.textNode(((CodedEnum) value).getCode());
    }
    if (value instanceof Boolean) {
      return nodes.booleanNode((Boolean) value);
    }
    if (value instanceof Integer || value instanceof Long) {
      return nodes.numberNode(((Number) value).longValue());
    }
    return nodes.textNode(String.valueOf(value));
  }

  /**
   * The SARIF 2.1.0 log: the rules that ran, a result per finding at its file, line and column, and
   * each input that could not be read as an error notification of the run.
   *
   * @param rules the rules the validator ran
   */
  String sarif(List<RuleDefinition> rules) {
    List<Sarif.Rule> descriptors =
        rules.stream().map(r -> RuleTexts.sarif(r, locale)).collect(Collectors.toList());
    List<Sarif.Result> results = new ArrayList<>();
    List<Sarif.Result> notifications = new ArrayList<>();
    for (Entry entry : entries) {
      String uri = Sarif.uriOf(entry.source());
      for (Located located : entry.findings()) {
        Finding f = located.finding();
        results.add(
            new Sarif.Result(
                f.getRuleId(),
                f.getSeverity(),
                f.getMessage(locale),
                new Sarif.Location(uri, located.line(), located.column())));
      }
      for (Problem p : entry.problems()) {
        notifications.add(
            new Sarif.Result(
                p.getCode(),
                Severity.ERROR,
                p.getMessage(locale),
                new Sarif.Location(uri, p.getLine().orElse(0), p.getColumn().orElse(0))));
      }
    }
    return new Sarif("dpa", Main.version(), Main.INFORMATION_URI)
        .write(descriptors, results, notifications);
  }

  /**
   * The JUnit XML report: a test suite per input; in it a test case per rule the validator ran (and
   * per other rule id with a finding, such as {@code STRUCTURE}), failed when the rule's finding
   * reaches the threshold, passed otherwise with a finding below it as output; a case per rule the
   * policy switched off, skipped. An input that could not be read is a suite with one case, {@code
   * read}, in error.
   *
   * @param rules the rules the validator ran, in report order
   * @param disabled the ids of the rules the policy switched off
   * @param threshold the severity from which a finding fails its case; empty: none does
   */
  String junit(List<RuleDefinition> rules, List<String> disabled, Optional<Severity> threshold) {
    List<JUnitXml.TestSuite> suites = new ArrayList<>();
    for (Entry entry : entries) {
      String source = entry.source();
      List<JUnitXml.TestCase> cases = new ArrayList<>();
      if (!entry.readable()) {
        String detail =
            entry.problems().stream()
                .map(p -> p.getCode() + " " + where(p) + ": " + p.getMessage(locale))
                .collect(Collectors.joining("\n"));
        Problem first = entry.problems().get(0);
        cases.add(
            new JUnitXml.TestCase(
                source,
                "read",
                JUnitXml.Outcome.ERROR,
                Optional.of(
                    new JUnitXml.Failure(first.getCode(), first.getMessage(locale), detail)),
                ""));
        suites.add(new JUnitXml.TestSuite(source, cases));
        continue;
      }
      List<String> ids = new ArrayList<>();
      rules.forEach(r -> ids.add(r.getId()));
      for (Located located : entry.findings()) {
        if (!ids.contains(located.finding().getRuleId())) {
          ids.add(located.finding().getRuleId());
        }
      }
      for (String id : ids) {
        List<Located> found =
            entry.findings().stream()
                .filter(l -> l.finding().getRuleId().equals(id))
                .collect(Collectors.toList());
        List<Located> failing =
            found.stream()
                .filter(
                    l ->
                        threshold.isPresent()
                            && l.finding().getSeverity().compareTo(threshold.get()) <= 0)
                .collect(Collectors.toList());
        String lines =
            found.stream()
                .map(
                    l ->
                        l.finding().getSeverity().name()
                            + " "
                            + l.finding().getPointer()
                            + position(locale, l.line(), l.column())
                            + ": "
                            + l.finding().getMessage(locale))
                .collect(Collectors.joining("\n"));
        cases.add(
            failing.isEmpty()
                ? new JUnitXml.TestCase(
                    source, id, JUnitXml.Outcome.PASSED, Optional.empty(), lines)
                : new JUnitXml.TestCase(
                    source,
                    id,
                    JUnitXml.Outcome.FAILED,
                    Optional.of(
                        new JUnitXml.Failure(
                            failing.get(0).finding().getSeverity().name(),
                            failing.get(0).finding().getMessage(locale),
                            lines)),
                    ""));
      }
      for (String id : disabled) {
        cases.add(
            new JUnitXml.TestCase(source, id, JUnitXml.Outcome.SKIPPED, Optional.empty(), ""));
      }
      suites.add(new JUnitXml.TestSuite(source, cases));
    }
    return JUnitXml.write(suites);
  }

  /** Where a problem is: its pointer, and line and column when known. */
  String where(Problem p) {
    return (p.getPointer().isEmpty() ? "/" : p.getPointer())
        + position(locale, p.getLine().orElse(0), p.getColumn().orElse(0));
  }

  private String label(Severity severity) {
    return severity.getLabel(locale).toUpperCase(locale);
  }

  private static String colourOf(Severity severity) {
    switch (severity) {
      case ERROR:
        return "\u001b[31;1m";
      case WARNING:
        return "\u001b[33;1m";
      default:
        return "\u001b[36m";
    }
  }

  private String style(String code, String text) {
    return colour ? code + text + RESET : text;
  }
}
