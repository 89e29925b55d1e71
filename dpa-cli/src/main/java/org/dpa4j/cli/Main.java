package org.dpa4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dpa4j.json.DpaJson;
import org.dpa4j.json.DpaJsonException;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.Problem;
import org.dpa4j.validation.DpaValidator;
import org.dpa4j.validation.Policy;
import org.dpa4j.validation.RuleDefinition;
import org.dpa4j.validation.Severity;

/**
 * The {@code dpa} command.
 *
 * <p>Exit codes: 0 when nothing reaches {@code --fail-on}, 1 when something does, 2 when an input
 * or the policy cannot be read or nothing was found to check, 64 on bad usage, 70 when the command
 * failed by itself (an unexpected error), 74 when it could not write its output. It never prints a
 * stack trace.
 */
public final class Main {
  /** Nothing reached {@code --fail-on}. */
  public static final int OK = 0;

  /** A finding reached {@code --fail-on}, or {@code format --check} found a non-canonical file. */
  public static final int FINDINGS = 1;

  /** An input could not be read. */
  public static final int UNREADABLE = 2;

  /** The command line was wrong. */
  public static final int USAGE = 64;

  /**
   * The command failed by itself, not because of an input: an unexpected error, such as running out
   * of memory. Never 0 or 1, so that a pipeline cannot take a crash for a result.
   */
  public static final int INTERNAL_ERROR = 70;

  /** The command could not write its output: standard output, or a file it was formatting. */
  public static final int OUTPUT_ERROR = 74;

  /** The most bytes read from any input or policy file: the document size limit plus one. */
  static final int READ_LIMIT = DpaJson.standard().getOptions().getMaxDocumentLength() + 1;

  static final List<String> SEEDS =
      List.of("hallo", "voip-express", "ipcall", "callvoip", "digiteam");

  private static final String HELP =
      String.join(
          "\n",
          "Usage: dpa COMMAND [OPTIONS] [PATH...]",
          "",
          "Check GDPR art. 28 data processing agreements written as dpa4j JSON.",
          "",
          "Commands:",
          "  validate   validate agreements and print the findings",
          "  format     rewrite agreements in canonical JSON, or check that they are",
          "  schema     print the JSON Schema of agreements, policies (--policy) or reports (--report)",
          "  explain    explain a rule: requirement, legal basis, severity, thresholds",
          "",
          "Options:",
          "  --help     show help (also: dpa COMMAND --help)",
          "  --version  show the version",
          "",
          "Exit codes: 0 ok, 1 findings at or above --fail-on, 2 unreadable input or nothing to",
          "check, 64 bad usage, 70 internal error, 74 output could not be written.");

  private static final String VALIDATE_HELP =
      String.join(
          "\n",
          "Usage: dpa validate [--format text|json] [--lang en|nl] [--policy FILE]",
          "                    [--fail-on error|warning|never] [PATH...]",
          "",
          "Validates each PATH: a JSON file, or a directory whose *.json files are read.",
          "Without PATH, validates the five seed agreements bundled with dpa.",
          "",
          "  --format   text (default; colour only on a terminal) or json",
          "  --lang     language of the messages: en (default) or nl",
          "  --policy   a policy file (JSON) with thresholds, switched-off and re-graded rules",
          "  --fail-on  exit 1 when a finding reaches this severity (default: error)",
          "",
          "An input that cannot be read is reported on standard error with pointer, line and",
          "column; the others are still validated, and the exit code is 2.");

  private static final String FORMAT_HELP =
      String.join(
          "\n",
          "Usage: dpa format [--check] PATH...",
          "",
          "Rewrites each agreement in canonical JSON (sorted properties, two-space indent, LF,",
          "final newline). With --check nothing is written: exit 1 lists the files that are",
          "not canonical.");

  private static final String SCHEMA_HELP =
      String.join(
          "\n",
          "Usage: dpa schema [--policy | --report]",
          "",
          "Prints the JSON Schema (draft 2020-12) of the agreement format; with --policy that of",
          "policy files (--policy FILE of validate), with --report that of the report of",
          "validate --format json.");

  private static final String EXPLAIN_HELP =
      String.join(
          "\n",
          "Usage: dpa explain RULE-ID [--lang en|nl] [--policy FILE]",
          "",
          "Prints what the rule requires, its legal basis, severities, message and thresholds.");

  /**
   * Held strongly: the logging framework keeps loggers weakly, and a collected logger forgets its
   * level. A command prints findings, not the start-up banner of Hibernate Validator.
   */
  private static final java.util.logging.Logger HIBERNATE_VALIDATOR_LOG =
      java.util.logging.Logger.getLogger("org.hibernate.validator");

  private final PrintStream out;
  private final PrintStream err;
  private final boolean colour;

  Main(PrintStream out, PrintStream err, boolean colour) {
    this.out = out;
    this.err = err;
    this.colour = colour;
  }

  /**
   * Runs the command and exits with its code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    // A command prints findings, not the start-up banner of Hibernate Validator.
    java.util.logging.Logger.getLogger("org.hibernate.validator")
        .setLevel(java.util.logging.Level.WARNING);
    boolean terminal = System.console() != null && System.getenv("NO_COLOR") == null;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(new Main(out, err, terminal).run(args));
  }

  int run(String[] argv) {
    int code = runCommand(argv);
    if (out.checkError()) {
      // PrintStream swallows write errors: a full disk must not look like a clean run.
      err.println("dpa: " + "cannot write standard output");
      return OUTPUT_ERROR;
    }
    return code;
  }

  private int runCommand(String[] argv) {
    try {
      return command(argv);
    } catch (Usage e) {
      err.println("dpa: " + e.getMessage());
      err.println("Try 'dpa --help'.");
      return USAGE;
    } catch (RuntimeException | Error e) {
      // Never a stack trace, never 0 or 1: a failure of the command itself has its own code.
      err.println(
          "dpa: internal error ("
              + e.getClass().getName()
              + "); the inputs may be fine. Please report it.");
      return INTERNAL_ERROR;
    }
  }

  private int command(String[] argv) {
    List<String> args = Arrays.asList(argv);
    if (args.isEmpty()) {
      throw new Usage("a command is needed");
    }
    String command = args.get(0);
    List<String> rest = args.subList(1, args.size());
    switch (command) {
      case "--help":
      case "-h":
      case "help":
        out.println(HELP);
        return OK;
      case "--version":
        out.println("dpa " + version());
        return OK;
      case "validate":
        return help(rest, VALIDATE_HELP) ? OK : validate(rest);
      case "format":
        return help(rest, FORMAT_HELP) ? OK : format(rest);
      case "schema":
        if (help(rest, SCHEMA_HELP)) {
          return OK;
        }
        if (rest.isEmpty()) {
          out.print(DpaJson.schema());
        } else if (rest.equals(List.of("--policy"))) {
          out.print(CliSchemas.policy(ruleIds()));
        } else if (rest.equals(List.of("--report"))) {
          out.print(CliSchemas.report());
        } else {
          throw new Usage("schema takes --policy, --report or nothing");
        }
        return OK;
      case "explain":
        return help(rest, EXPLAIN_HELP) ? OK : explain(rest);
      default:
        throw new Usage("unknown command " + command);
    }
  }

  /** Prints a command's help when asked for, and tells whether it was. */
  private boolean help(List<String> rest, String text) {
    boolean asked = rest.contains("--help") || rest.contains("-h");
    if (asked) {
      out.println(text);
    }
    return asked;
  }

  // ---- validate --------------------------------------------------------------------------------

  private int validate(List<String> argv) {
    Args args = Args.parse(argv, Set.of("--format", "--lang", "--policy", "--fail-on"), Set.of());
    String format = args.option("--format", "text", Set.of("text", "json"));
    Locale locale = locale(args);
    String failOn = args.option("--fail-on", "error", Set.of("error", "warning", "never"));
    Policy policy;
    try {
      policy = policy(args);
    } catch (DpaJsonException e) {
      unreadable(args.options.get("--policy"), e.getProblems(), locale);
      return UNREADABLE;
    } catch (IOException | InvalidPathException e) {
      cannotRead(args.options.get("--policy"), locale);
      return UNREADABLE;
    }
    DpaValidator validator = DpaValidator.builder().policy(policy).locale(locale).build();
    List<Input> inputs = inputs(args.operands);
    if (inputs.isEmpty()) {
      return nothingToCheck(args.operands, locale);
    }
    List<Report.Entry> entries = new ArrayList<>();
    boolean unreadable = false;
    for (Input input : inputs) {
      try {
        DataProcessingAgreement agreement = DpaJson.standard().read(input.bytes());
        entries.add(new Report.Entry(input.name, agreement, validator.validate(agreement)));
      } catch (DpaJsonException e) {
        unreadable(input.name, e.getProblems(), locale);
        unreadable = true;
      } catch (IOException e) {
        cannotRead(input.name, locale);
        unreadable = true;
      }
    }
    Report report = new Report(entries, locale, colour);
    out.print("json".equals(format) ? report.json() : report.text());
    if (unreadable) {
      return UNREADABLE;
    }
    if ("never".equals(failOn)) {
      return OK;
    }
    Severity threshold = "warning".equals(failOn) ? Severity.WARNING : Severity.ERROR;
    boolean reached =
        entries.stream().map(Report.Entry::report).anyMatch(r -> r.hasFindingsAtOrAbove(threshold));
    return reached ? FINDINGS : OK;
  }

  private Policy policy(Args args) throws IOException {
    String file = args.options.get("--policy");
    if (file == null) {
      return Policy.defaults();
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      bytes = in.readNBytes(READ_LIMIT);
    }
    return new PolicyReader(ruleIds()).read(bytes);
  }

  /** The ids of the rules a policy may name: those of the validator's catalogue. */
  static Set<String> ruleIds() {
    return DpaValidator.create().getRules().stream()
        .map(RuleDefinition::getId)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private void cannotRead(String name, Locale locale) {
    err.println(
        Report.printable(name) + ": " + text(locale, "cannot be read", "kan niet worden gelezen"));
  }

  private int nothingToCheck(List<String> operands, Locale locale) {
    err.println(
        "dpa: "
            + text(locale, "nothing to check in ", "niets te controleren in ")
            + String.join(", ", operands)
            + text(locale, " (no *.json files)", " (geen *.json-bestanden)"));
    return UNREADABLE;
  }

  private void unreadable(String name, List<Problem> problems, Locale locale) {
    for (Problem p : problems) {
      String where =
          (p.getPointer().isEmpty() ? "/" : p.getPointer())
              + (p.getLine().isPresent()
                  ? " ("
                      + text(locale, "line", "regel")
                      + " "
                      + p.getLine().getAsLong()
                      + ", "
                      + text(locale, "column", "kolom")
                      + " "
                      + p.getColumn().getAsLong()
                      + ")"
                  : "");
      err.println(
          Report.printable(name + ": " + p.getCode() + " " + where + ": " + p.getMessage(locale)));
    }
  }

  // ---- inputs ----------------------------------------------------------------------------------

  /**
   * One agreement to read: a file, or a seed bundled in the jar. An entry of a directory that is
   * not a regular file (a FIFO, a dangling link, a directory named {@code *.json}) is not opened,
   * but reported.
   */
  private static final class Input {
    final String name;
    final Path path;
    final boolean regular;

    Input(String name, Path path, boolean regular) {
      this.name = name;
      this.path = path;
      this.regular = regular;
    }

    /** Reads at most the document size limit plus one byte, so the reader can tell it is over. */
    byte[] bytes() throws IOException {
      if (!regular) {
        throw new IOException("not a regular file");
      }
      if (path != null) {
        try (InputStream in = Files.newInputStream(path)) {
          return in.readNBytes(READ_LIMIT);
        }
      }
      String seed = name.substring("seed:".length());
      try (InputStream in = Main.class.getResourceAsStream("seeds/" + seed + ".json")) {
        if (in == null) {
          throw new IOException("the jar lacks seed " + seed);
        }
        return in.readNBytes(READ_LIMIT);
      }
    }
  }

  private static List<Input> inputs(List<String> operands) {
    List<Input> inputs = new ArrayList<>();
    if (operands.isEmpty()) {
      for (String seed : SEEDS) {
        inputs.add(new Input("seed:" + seed, null, true));
      }
      return inputs;
    }
    for (String operand : operands) {
      Path path;
      try {
        path = Path.of(operand);
      } catch (InvalidPathException e) {
        // Such as a non-ASCII name under LANG=C: reported as an input that cannot be read.
        inputs.add(new Input(operand, null, false));
        continue;
      }
      if (Files.isDirectory(path)) {
        try (Stream<Path> files = Files.list(path)) {
          files
              .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
              .sorted()
              .forEach(p -> inputs.add(new Input(p.toString(), p, Files.isRegularFile(p))));
        } catch (IOException | UncheckedIOException e) {
          inputs.add(new Input(operand, path, false));
        }
      } else {
        // Named explicitly: read as given, also a FIFO or a process substitution.
        inputs.add(new Input(operand, path, true));
      }
    }
    return inputs;
  }

  // ---- format
  // ------------------------------------------------------------------------------------

  private int format(List<String> argv) {
    Args args = Args.parse(argv, Set.of(), Set.of("--check"));
    if (args.operands.isEmpty()) {
      throw new Usage("format needs at least one PATH");
    }
    boolean check = args.flag("--check");
    List<Input> inputs = inputs(args.operands);
    if (inputs.isEmpty()) {
      return nothingToCheck(args.operands, Locale.ENGLISH);
    }
    int code = OK;
    for (Input input : inputs) {
      String canonical;
      byte[] bytes;
      try {
        bytes = input.bytes();
        canonical = DpaJson.standard().write(DpaJson.standard().read(bytes));
      } catch (DpaJsonException e) {
        unreadable(input.name, e.getProblems(), Locale.ENGLISH);
        code = Math.max(code, UNREADABLE);
        continue;
      } catch (IOException e) {
        cannotRead(input.name, Locale.ENGLISH);
        code = Math.max(code, UNREADABLE);
        continue;
      }
      boolean same = canonical.equals(new String(bytes, StandardCharsets.UTF_8));
      if (check && !same) {
        out.println(input.name + ": not canonical");
        code = Math.max(code, FINDINGS);
      } else if (!check && !same) {
        try {
          replace(input.path, canonical);
          out.println(Report.printable(input.name) + ": formatted");
        } catch (IOException e) {
          err.println(Report.printable(input.name) + ": cannot be written");
          code = Math.max(code, OUTPUT_ERROR);
        }
      }
    }
    return code;
  }

  /**
   * Writes a file's new content next to it and moves it over the file in one step, so that a failed
   * write (a full disk, a file size limit) leaves the original as it was.
   */
  private static void replace(java.nio.file.Path path, String content) throws IOException {
    java.nio.file.Path absolute = path.toAbsolutePath();
    java.nio.file.Path temporary =
        Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
    try {
      Files.writeString(temporary, content, StandardCharsets.UTF_8);
      try {
        Files.move(
            temporary,
            absolute,
            java.nio.file.StandardCopyOption.REPLACE_EXISTING,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  // ---- explain
  // -----------------------------------------------------------------------------------

  private int explain(List<String> argv) {
    Args args = Args.parse(argv, Set.of("--lang", "--policy"), Set.of());
    if (args.operands.size() != 1) {
      throw new Usage("explain needs exactly one RULE-ID");
    }
    Locale locale = locale(args);
    Policy policy;
    try {
      policy = policy(args);
    } catch (DpaJsonException e) {
      unreadable(args.options.get("--policy"), e.getProblems(), locale);
      return UNREADABLE;
    } catch (IOException | InvalidPathException e) {
      cannotRead(args.options.get("--policy"), locale);
      return UNREADABLE;
    }
    String id = args.operands.get(0);
    RuleDefinition rule =
        DpaValidator.create().getRules().stream()
            .filter(r -> r.getId().equals(id))
            .findFirst()
            .orElseThrow(() -> new Usage("unknown rule " + id + "; see docs/rules.md"));
    out.println(rule.getId());
    out.println("  " + text(locale, "requirement", "vereiste") + ": " + rule.getRequirement());
    out.println(
        "  " + text(locale, "legal basis", "juridische grondslag") + ": " + rule.getLegalBasis());
    out.println(
        "  "
            + text(locale, "severities", "ernst")
            + ": "
            + rule.getSeverities().stream()
                .map(s -> s.getLabel(locale))
                .collect(Collectors.joining(", ")));
    for (Severity severity : rule.getSeverities()) {
      out.println(
          "  "
              + severity.getLabel(locale)
              + ": "
              + rule.getMessage(severity).get(locale).replace("{0}", "n").replace("{1}", "…"));
    }
    List<String> thresholds = thresholds(id, policy);
    if (!thresholds.isEmpty()) {
      out.println(
          "  " + text(locale, "thresholds", "drempels") + ": " + String.join(", ", thresholds));
    }
    if (policy.getDisabledRules().contains(id)) {
      out.println(
          "  " + text(locale, "switched off by the policy", "uitgeschakeld door het beleid"));
    }
    return OK;
  }

  private static List<String> thresholds(String id, Policy p) {
    switch (id) {
      case "GDPR-33.2-BREACH-TIMELINESS":
        return List.of(
            "breachWarnAtOrAboveHours=" + p.getBreachWarnAtOrAboveHours(),
            "breachInfoAboveHours=" + p.getBreachInfoAboveHours());
      case "RISK-DELETION-DEADLINE":
        return List.of("deletionMaxDays=" + p.getDeletionMaxDays());
      case "RISK-82-LIABILITY-CAP-LOW":
        return List.of(
            "liabilityMinCap=" + p.getLiabilityMinCap(),
            "liabilityMinCapFeeMonths=" + p.getLiabilityMinCapFeeMonths());
      case "RISK-AUDIT-FREQUENCY-NOTICE":
        return List.of("auditMaxNoticeDays=" + p.getAuditMaxNoticeDays());
      case "GDPR-44-TRANSFER-MECHANISM":
      case "GDPR-28.3.a-TRANSFER-INSTRUCTIONS":
        return List.of(
            "allowedTransferAreas=EEA"
                + p.getAllowedTransferAreas().stream()
                    .map(c -> "," + c)
                    .collect(Collectors.joining()));
      default:
        return List.of();
    }
  }

  // ---- helpers
  // -----------------------------------------------------------------------------------

  private static Locale locale(Args args) {
    return "nl".equals(args.option("--lang", "en", Set.of("en", "nl")))
        ? LocalizedText.DUTCH
        : Locale.ENGLISH;
  }

  static String text(Locale locale, String english, String dutch) {
    return LocalizedText.of(english, dutch).get(locale);
  }

  static String version() {
    Properties properties = new Properties();
    try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return properties.getProperty("version", "unknown");
  }
}
