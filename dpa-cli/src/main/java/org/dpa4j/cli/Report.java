package org.dpa4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.validation.Finding;
import org.dpa4j.validation.Severity;
import org.dpa4j.validation.ValidationReport;

/** Prints validation reports as text for people or as JSON for pipelines. */
final class Report {
  /** One validated agreement. */
  record Entry(String source, DataProcessingAgreement agreement, ValidationReport report) {}

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
   * Returns text from a document (or a file name) safe to print on a terminal: control characters
   * (C0, DEL, C1: escape sequences, carriage returns, line feeds that would forge lines), bidi
   * controls (which reorder what follows) and line separators are shown as {@code \\uXXXX}, as in
   * JSON; everything else, other scripts included, is kept.
   *
   * @param text the text
   * @return the printable text
   */
  static String printable(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int units = Character.charCount(c);
      if (unsafe(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        for (int k = 0; k < units; k++) {
          out.append(String.format(Locale.ROOT, "\\u%04x", (int) text.charAt(i + k)));
        }
      } else if (out != null) {
        out.append(text, i, i + units);
      }
      i += units;
    }
    return out == null ? text : out.toString();
  }

  /**
   * Controls, and every invisible formatting character (Unicode category Cf: bidi controls,
   * zero-width spaces and joiners, the byte order mark, tag characters), and the line and paragraph
   * separators, and halves of a surrogate pair standing alone: they can repaint a terminal, reverse
   * or hide text, or forge a line.
   */
  private static boolean unsafe(int c) {
    return Character.isISOControl(c)
        || Character.getType(c) == Character.FORMAT
        || Character.getType(c) == Character.SURROGATE
        || c == '\u2028'
        || c == '\u2029';
  }

  String text() {
    StringBuilder out = new StringBuilder();
    for (Entry entry : entries) {
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
        List<Finding> findings = entry.report().getFindings(severity);
        if (findings.isEmpty()) {
          continue;
        }
        out.append("  ")
            .append(style(colourOf(severity), label(severity) + " (" + findings.size() + ")"))
            .append('\n');
        for (Finding f : findings) {
          out.append("    ").append(f.getRuleId());
          if (!f.getClauses().isEmpty()) {
            out.append(" [")
                .append(
                    f.getClauses().stream()
                        .map(c -> printable(c.getReference()))
                        .collect(Collectors.joining(", ")))
                .append(']');
          }
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
        Math.max(12, entries.stream().mapToInt(e -> e.source().length()).max().orElse(0) + 2);
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
    for (Entry entry : entries) {
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

  String json() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode root = nodes.objectNode();
    ArrayNode reports = root.putArray("reports");
    for (Entry entry : entries) {
      ObjectNode report = reports.addObject();
      report.put("source", entry.source());
      report.put("title", entry.agreement().getMetadata().getTitle());
      ObjectNode summary = report.putObject("summary");
      summary.put("error", entry.report().count(Severity.ERROR));
      summary.put("warning", entry.report().count(Severity.WARNING));
      summary.put("info", entry.report().count(Severity.INFO));
      if (entry.report().getOmittedCount() > 0) {
        summary.put("omitted", entry.report().getOmittedCount());
      }
      ArrayNode findings = report.putArray("findings");
      for (Finding f : entry.report().getFindings()) {
        ObjectNode finding = findings.addObject();
        finding.put("rule", f.getRuleId());
        finding.put("severity", f.getSeverity().name());
        finding.put("legalBasis", f.getLegalBasis());
        finding.put("pointer", f.getPointer());
        ArrayNode clauses = finding.putArray("clauses");
        f.getClauses().forEach(c -> clauses.add(c.getReference()));
        finding.put("message", f.getMessage(locale));
      }
    }
    return root.toString() + "\n";
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
