package org.dpa4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dpa4j.cli.report.Printable;
import org.dpa4j.cli.report.Sarif;
import org.dpa4j.diff.AgreementDiff;
import org.dpa4j.diff.ArgumentChange;
import org.dpa4j.diff.Change;
import org.dpa4j.diff.ChangeKind;
import org.dpa4j.diff.Classification;
import org.dpa4j.diff.FindingChange;
import org.dpa4j.diff.FindingChangeKind;
import org.dpa4j.json.DpaJson;
import org.dpa4j.model.ClauseRef;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.Problem;
import org.dpa4j.validation.Finding;

/** Prints the differences between two versions as text, JSON or SARIF 2.1.0. */
final class DiffReport {
  /** One version as read: its name on the command line, its bytes and the agreement. */
  record Version(String name, byte[] bytes, DataProcessingAgreement agreement) {}

  /** The SARIF rule id of a change, by its classification. */
  private static final String CHANGE_RULE = "DIFF-";

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";

  private final Version older;
  private final Version newer;
  private final AgreementDiff diff;
  private final Locale locale;
  private final boolean colour;

  DiffReport(Version older, Version newer, AgreementDiff diff, Locale locale, boolean colour) {
    this.older = older;
    this.newer = newer;
    this.diff = diff;
    this.locale = locale;
    this.colour = colour;
  }

  // ---- text ------------------------------------------------------------------------------------

  String text() {
    StringBuilder out = new StringBuilder();
    out.append(bold(text("Changes", "Wijzigingen")))
        .append(' ')
        .append(Report.printable(older.name()))
        .append(" -> ")
        .append(Report.printable(newer.name()))
        .append('\n');
    if (diff.getChanges().isEmpty()) {
      out.append("  ").append(text("no changed terms", "geen gewijzigde bepalingen")).append('\n');
    }
    for (Change c : diff.getChanges()) {
      out.append("  ")
          .append(bold(c.getClassification().getLabel(locale).toUpperCase(locale)))
          .append("  ")
          .append(Report.printable(pointers(c)))
          // A removed term stood only in the old version, an added one stands only in the new:
          // the other side's clauses are the enclosing section's, not the term's.
          .append(
              clauses(
                  c.getKind() == ChangeKind.ADDED ? List.of() : c.getOldClauses(),
                  c.getKind() == ChangeKind.REMOVED ? List.of() : c.getNewClauses()))
          .append('\n')
          .append("      ")
          .append(Report.printable(c.getMessage(locale)))
          .append('\n');
    }
    out.append('\n').append(bold(text("Findings", "Bevindingen"))).append('\n');
    if (diff.getFindingChanges().isEmpty()) {
      out.append("  ")
          .append(text("no changed findings", "geen gewijzigde bevindingen"))
          .append('\n');
    }
    for (FindingChange f : diff.getFindingChanges()) {
      Finding finding = f.getFinding();
      out.append("  ")
          .append(bold(f.getKind().getLabel(locale).toUpperCase(locale)))
          .append("  ")
          .append(severities(f))
          .append(' ')
          .append(f.getRuleId())
          .append(clauses(List.of(), finding.getClauses()))
          .append('\n');
      Optional<String> before = oldMessage(f);
      before.ifPresent(m -> out.append("      ").append(Report.printable(m)).append('\n'));
      out.append(before.isPresent() ? "   -> " : "      ")
          .append(Report.printable(finding.getMessage(locale)))
          .append('\n');
      for (ArgumentChange argument : f.getChangedArguments()) {
        out.append("      ").append(Report.printable(argument.getMessage(locale))).append('\n');
      }
    }
    out.append('\n').append(bold(text("Summary", "Samenvatting"))).append('\n');
    List<String> counts = new ArrayList<>();
    for (Classification classification : Classification.values()) {
      counts.add(diff.getChanges(classification).size() + " " + classification.getLabel(locale));
    }
    out.append("  ").append(text("terms", "bepalingen")).append(": ");
    out.append(String.join(", ", counts)).append('\n');
    List<String> findingCounts = new ArrayList<>();
    for (FindingChangeKind kind : FindingChangeKind.values()) {
      long n = diff.getFindingChanges().stream().filter(f -> f.getKind() == kind).count();
      findingCounts.add(n + " " + kind.getLabel(locale));
    }
    out.append("  ").append(text("findings", "bevindingen")).append(": ");
    out.append(String.join(", ", findingCounts)).append('\n');
    return out.toString();
  }

  private static String pointers(Change c) {
    Optional<String> from = c.getOldPointer();
    Optional<String> to = c.getNewPointer();
    if (from.isPresent() && to.isPresent() && !from.equals(to)) {
      return from.get() + " -> " + to.get();
    }
    return c.getPointer();
  }

  private String severities(FindingChange f) {
    if (f.getKind() == FindingChangeKind.SEVERITY_CHANGED) {
      return severity(f.getOldFinding().orElseThrow())
          + " -> "
          + severity(f.getNewFinding().orElseThrow());
    }
    return severity(f.getFinding());
  }

  /** The severity as {@code validate} prints it: its label in the locale, in capitals. */
  private String severity(Finding finding) {
    return finding.getSeverity().getLabel(locale).toUpperCase(locale);
  }

  /**
   * The old version's message of a finding found in both versions whose outcome changed (it says
   * something else altogether), else empty: a change of arguments is shown argument by argument.
   */
  private Optional<String> oldMessage(FindingChange f) {
    if (f.getOldFinding().isEmpty()
        || f.getNewFinding().isEmpty()
        || !f.getChangedArguments().isEmpty()) {
      return Optional.empty();
    }
    String before = f.getOldFinding().get().getMessage(locale);
    return before.equals(f.getNewFinding().get().getMessage(locale))
        ? Optional.empty()
        : Optional.of(before);
  }

  /** {@code [7.1 -> 7.2]} when the clauses moved, {@code [7.1]} when they did not. */
  private static String clauses(List<ClauseRef> before, List<ClauseRef> after) {
    String from = join(before);
    String to = join(after);
    if (from.isEmpty() && to.isEmpty()) {
      return "";
    }
    if (from.isEmpty() || to.isEmpty() || from.equals(to)) {
      return " [" + Report.printable(to.isEmpty() ? from : to) + "]";
    }
    return " [" + Report.printable(from) + " -> " + Report.printable(to) + "]";
  }

  private static String join(List<ClauseRef> clauses) {
    return clauses.stream().map(ClauseRef::getReference).collect(Collectors.joining(", "));
  }

  private String text(String english, String dutch) {
    return LocalizedText.of(english, dutch).get(locale);
  }

  private String bold(String text) {
    return colour ? BOLD + text + RESET : text;
  }

  // ---- JSON ------------------------------------------------------------------------------------

  String json() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode root = nodes.objectNode();
    root.put("old", older.name());
    root.put("new", newer.name());
    ObjectNode summary = root.putObject("summary");
    for (Classification classification : Classification.values()) {
      summary.put(camelCase(classification.getCode()), diff.getChanges(classification).size());
    }
    for (FindingChangeKind kind : FindingChangeKind.values()) {
      summary.put(
          camelCase(kind.getCode()),
          diff.getFindingChanges().stream().filter(f -> f.getKind() == kind).count());
    }
    ArrayNode changes = root.putArray("changes");
    for (Change c : diff.getChanges()) {
      ObjectNode change = changes.addObject();
      change.put("kind", c.getKind().getCode());
      change.put("classification", c.getClassification().getCode());
      change.put("attribute", c.getAttribute());
      c.getOldPointer().ifPresent(p -> change.put("oldPointer", p));
      c.getNewPointer().ifPresent(p -> change.put("newPointer", p));
      c.getOldValueText().ifPresent(v -> change.put("oldValue", v));
      c.getNewValueText().ifPresent(v -> change.put("newValue", v));
      clauses(change.putArray("oldClauses"), c.getOldClauses());
      clauses(change.putArray("newClauses"), c.getNewClauses());
      if (!c.getThirdCountries().isEmpty()) {
        ArrayNode countries = change.putArray("thirdCountries");
        c.getThirdCountries().forEach(country -> countries.add(country.getCode()));
      }
      change.put("message", c.getMessage(locale));
    }
    ArrayNode findings = root.putArray("findings");
    for (FindingChange f : diff.getFindingChanges()) {
      ObjectNode finding = findings.addObject();
      finding.put("kind", f.getKind().getCode());
      finding.put("rule", f.getRuleId());
      f.getOldFinding().ifPresent(o -> finding.put("oldSeverity", o.getSeverity().name()));
      f.getNewFinding().ifPresent(n -> finding.put("newSeverity", n.getSeverity().name()));
      f.getOldFinding().ifPresent(o -> finding.put("oldPointer", o.getPointer()));
      f.getNewFinding().ifPresent(n -> finding.put("newPointer", n.getPointer()));
      clauses(finding.putArray("clauses"), f.getFinding().getClauses());
      finding.put("message", f.getFinding().getMessage(locale));
      f.getOldFinding().ifPresent(o -> finding.put("oldMessage", o.getMessage(locale)));
      f.getNewFinding().ifPresent(n -> finding.put("newMessage", n.getMessage(locale)));
      // Both outcomes: a pair may say something else in each version ("no mechanism" and
      // "destinations not named").
      f.getOldFinding()
          .flatMap(Finding::getOutcome)
          .ifPresent(o -> finding.put("oldOutcome", o.getKey()));
      f.getNewFinding()
          .flatMap(Finding::getOutcome)
          .ifPresent(o -> finding.put("newOutcome", o.getKey()));
      f.getOldFinding()
          .ifPresent(o -> finding.set("oldArguments", Report.arguments(o.getArguments())));
      f.getNewFinding()
          .ifPresent(n -> finding.set("newArguments", Report.arguments(n.getArguments())));
      ArrayNode changed = finding.putArray("changedArguments");
      for (ArgumentChange argument : f.getChangedArguments()) {
        ObjectNode a = changed.addObject();
        a.put("name", argument.getName());
        a.put("label", argument.getLabel().get(locale));
        argument.getOldValue().ifPresent(v -> a.set("oldValue", Report.jsonValue(v)));
        argument.getNewValue().ifPresent(v -> a.set("newValue", Report.jsonValue(v)));
        if (!argument.getAddedElements().isEmpty()) {
          a.set("added", Report.jsonValue(argument.getAddedElements()));
        }
        if (!argument.getRemovedElements().isEmpty()) {
          a.set("removed", Report.jsonValue(argument.getRemovedElements()));
        }
        a.put("message", argument.getMessage(locale));
      }
    }
    return Printable.json(root, false);
  }

  /**
   * A code as a JSON key in the report's convention, camelCase: {@code severity_changed} becomes
   * {@code severityChanged}.
   */
  static String camelCase(String code) {
    StringBuilder out = new StringBuilder(code.length());
    boolean upper = false;
    for (char c : code.toCharArray()) {
      if (c == '_' || c == ' ' || c == '-') {
        upper = out.length() > 0;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  private static void clauses(ArrayNode array, List<ClauseRef> clauses) {
    clauses.forEach(c -> array.add(c.getReference()));
  }

  // ---- SARIF -----------------------------------------------------------------------------------

  /**
   * SARIF 2.1.0: one result per changed term (rule {@code DIFF-LOOSER}, {@code DIFF-STRICTER}, ...)
   * and per finding that appeared or changed severity (the validator's rule id), located in the new
   * version's file, or in the old one's for what was removed or disappeared.
   */
  String sarif(String toolVersion) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode root = nodes.objectNode();
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "dpa");
    driver.put("version", toolVersion);
    driver.put("informationUri", "https://github.com/dpa4j/dpa4j");
    ArrayNode rules = driver.putArray("rules");
    Map<String, String> ruleTexts = new LinkedHashMap<>();
    List<Located> located = new ArrayList<>();
    for (Change c : diff.getChanges()) {
      String id = CHANGE_RULE + c.getClassification().name();
      ruleTexts.putIfAbsent(
          id,
          text("A term changed: ", "Een bepaling is gewijzigd: ")
              + c.getClassification().getLabel(locale));
      boolean inNew = c.getNewPointer().isPresent();
      located.add(
          new Located(
              id,
              c.getClassification() == Classification.LOOSER ? "warning" : "note",
              c.getMessage(locale),
              inNew ? newer : older,
              c.getPointer()));
    }
    for (FindingChange f : diff.getFindingChanges()) {
      Finding finding = f.getFinding();
      ruleTexts.putIfAbsent(f.getRuleId(), f.getRuleId());
      boolean inNew = f.getNewFinding().isPresent();
      String level =
          f.getKind() == FindingChangeKind.DISAPPEARED
              ? "note"
              : Sarif.level(finding.getSeverity());
      located.add(
          new Located(
              f.getRuleId(),
              level,
              f.getKind().getLabel(locale)
                  + ": "
                  + oldMessage(f).map(m -> m + " -> ").orElse("")
                  + finding.getMessage(locale)
                  + (f.getChangedArguments().isEmpty()
                      ? ""
                      : " (" + f.getMessage().get(locale) + ")"),
              inNew ? newer : older,
              finding.getPointer()));
    }
    ruleTexts.forEach(
        (id, description) -> {
          ObjectNode rule = rules.addObject();
          rule.put("id", id);
          rule.putObject("shortDescription").put("text", description);
        });
    Map<Version, Map<String, Problem>> locations = locate(located);
    ArrayNode results = run.putArray("results");
    for (Located l : located) {
      ObjectNode result = results.addObject();
      result.put("ruleId", l.ruleId());
      result.put("level", l.level());
      result.putObject("message").put("text", l.message());
      ObjectNode location = result.putArray("locations").addObject();
      ObjectNode physical = location.putObject("physicalLocation");
      physical.putObject("artifactLocation").put("uri", Sarif.uriOf(l.version().name()));
      Problem at = locations.get(l.version()).get(l.pointer());
      if (at != null && at.getLine().isPresent()) {
        ObjectNode region = physical.putObject("region");
        region.put("startLine", at.getLine().getAsLong());
        region.put("startColumn", at.getColumn().getAsLong());
      }
      location
          .putArray("logicalLocations")
          .addObject()
          .put("fullyQualifiedName", l.pointer())
          .put("kind", "member");
    }
    return Printable.json(root, false);
  }

  /** A SARIF result before it is located. */
  private record Located(
      String ruleId, String level, String message, Version version, String pointer) {}

  /** Finds line and column of every pointer, per file, with the reader's own locator. */
  private Map<Version, Map<String, Problem>> locate(List<Located> located) {
    Map<Version, Map<String, Problem>> byVersion = new LinkedHashMap<>();
    for (Version version : List.of(older, newer)) {
      List<Problem> wanted =
          located.stream()
              .filter(l -> l.version() == version)
              .map(Located::pointer)
              .distinct()
              .map(p -> Problem.of("diff.location", p, List.of(), LocalizedText.of("", "")))
              .collect(Collectors.toList());
      Map<String, Problem> found = new LinkedHashMap<>();
      if (!wanted.isEmpty()) {
        DpaJson.standard()
            .locate(version.bytes(), wanted)
            .forEach(p -> found.put(p.getPointer(), p));
      }
      byVersion.put(version, found);
    }
    return byVersion;
  }
}
