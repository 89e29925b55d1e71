package org.dpa4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dpa4j.diff.AgreementDiff;
import org.dpa4j.diff.DpaDiff;
import org.dpa4j.json.DpaJson;
import org.dpa4j.json.DpaJsonException;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.Problem;
import org.dpa4j.validation.DpaValidator;
import org.dpa4j.validation.Policy;
import org.dpa4j.validation.RuleDefinition;
import org.dpa4j.validation.Severity;
import org.dpa4j.validation.ValidationReport;

/**
 * The {@code dpa} command.
 *
 * <p>Exit codes: 0 when nothing reaches {@code --fail-on}, 1 when something does (a finding, or for
 * {@code diff} a change), 2 when an input or the policy cannot be read or nothing was found to
 * check, 64 on bad usage, 70 when the command failed by itself (an unexpected error), 74 when it
 * could not write its output. It never prints a stack trace.
 */
public final class Main {
  /** Nothing reached {@code --fail-on}. */
  public static final int OK = 0;

  /** A finding reached {@code --fail-on}, or {@code format --check} found a non-canonical file. */
  public static final int FINDINGS = 1;

  /** An input or the policy could not be read, or a run found nothing to check. */
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

  /** Where people read about the command: the project's home page, from the build. */
  static final String INFORMATION_URI = property("url", "https://github.com/dpa4j/dpa4j");

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
          "  diff       compare two versions of an agreement: changed terms and findings",
          "  format     rewrite agreements in canonical JSON, or check that they are",
          "  schema     print the JSON Schema of agreements, policies (--policy) or reports (--report)",
          "  explain    explain a rule: requirement, legal basis, severity, thresholds",
          "  rules      list every rule with its severities, requirement and legal basis",
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
          "Usage: dpa validate [--format text|json|sarif|junit] [--lang en|nl] [--policy FILE]",
          "                    [--fail-on error|warning|never] [--recursive]",
          "                    [--color auto|always|never] [PATH...]",
          "",
          "Validates each PATH: a JSON file, - for standard input, or a directory whose *.json",
          "files are read. Without PATH, validates the five seed agreements bundled with dpa.",
          "",
          "  --format     text (default), json, sarif (SARIF 2.1.0, for code scanning) or junit",
          "               (JUnit XML, for test reports)",
          "  --lang       language of the messages: en (default) or nl",
          "  --policy     a policy file (JSON) with thresholds, switched-off and re-graded rules",
          "  --fail-on    exit 1 when a finding reaches this severity (default: error)",
          "  --recursive  search directories in their subdirectories too",
          "  --color      colour in text output: auto (default: only on a terminal and without",
          "               NO_COLOR), always or never",
          "",
          "An input that cannot be read is reported on standard error with pointer, line and",
          "column; the others are still validated, and the exit code is 2.");

  private static final String DIFF_HELP =
      String.join(
          "\n",
          "Usage: dpa diff OLD NEW [--format text|json|sarif] [--lang en|nl]",
          "                [--fail-on looser|any|never] [--color auto|always|never]",
          "",
          "Compares two versions of an agreement term by term: each change with its pointer and",
          "clauses in both versions, stricter, looser, neutral or unknown for the processor; and",
          "the findings that appear, disappear or change severity. OLD may be any baseline, such",
          "as your own model agreement. Either may be - (standard input).",
          "",
          "  --format   text (default), json, or sarif (SARIF 2.1.0, for code scanning)",
          "  --lang     language of the messages: en (default) or nl",
          "  --fail-on  exit 1 when something looser changed (default: a looser term, or a",
          "             finding that appeared or got more severe), on any change, or never",
          "  --color    colour in text output: auto (default: only on a terminal and without",
          "             NO_COLOR), always or never");

  private static final String FORMAT_HELP =
      String.join(
          "\n",
          "Usage: dpa format [--check] [--recursive] PATH...",
          "",
          "Rewrites each agreement in canonical JSON (sorted properties, two-space indent, LF,",
          "final newline); - reads standard input and prints its canonical form. With --check",
          "nothing is written: exit 1 lists the files that are not canonical. --recursive",
          "searches directories in their subdirectories too.");

  private static final String SCHEMA_HELP =
      String.join(
          "\n",
          "Usage: dpa schema [--policy | --report]",
          "",
          "Prints the JSON Schema (draft 2020-12) of the agreement format; with --policy that of",
          "policy files (--policy FILE of validate), with --report that of the report of",
          "validate --format json.");

  private static final String RULES_HELP =
      String.join(
          "\n",
          "Usage: dpa rules [--lang en|nl] [--format text|json]",
          "",
          "Lists every rule dpa checks: id, severities, requirement, legal basis and messages.");

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

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final boolean terminal;

  /**
   * Creates the command with its streams.
   *
   * @param in standard input, read for the operand {@code -}
   * @param out standard output
   * @param err standard error
   * @param terminal whether {@code --color=auto} shows colour: standard output is a terminal and
   *     {@code NO_COLOR} is not set
   */
  Main(InputStream in, PrintStream out, PrintStream err, boolean terminal) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  Main(PrintStream out, PrintStream err, boolean terminal) {
    this(InputStream.nullInputStream(), out, err, terminal);
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
    boolean terminal = autoColour(System.console() != null, System.getenv("NO_COLOR"));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(new Main(System.in, out, err, terminal).run(args));
  }

  /**
   * Whether {@code --color=auto} shows colour: only on a terminal, and not when {@code NO_COLOR} is
   * set to anything but the empty string (no-color.org). {@code --color=always} overrides it.
   */
  static boolean autoColour(boolean terminal, String noColor) {
    return terminal && (noColor == null || noColor.isEmpty());
  }

  int run(String[] argv) {
    int code = runCommand(argv);
    if (out.checkError()) {
      // PrintStream swallows write errors: a full disk must not look like a clean run.
      err.println(
          "dpa: "
              + text(
                  Args.requestedLocale(Arrays.asList(argv)),
                  "cannot write standard output",
                  "kan niet naar standaarduitvoer schrijven"));
      return OUTPUT_ERROR;
    }
    return code;
  }

  private int runCommand(String[] argv) {
    try {
      return command(argv);
    } catch (Usage e) {
      Locale locale = Args.requestedLocale(Arrays.asList(argv));
      err.println("dpa: " + e.getMessage(locale));
      err.println(text(locale, "Try 'dpa --help'.", "Probeer 'dpa --help'."));
      return USAGE;
    } catch (RuntimeException | Error e) {
      // Never a stack trace, never 0 or 1: a failure of the command itself has its own code.
      Locale locale = Args.requestedLocale(Arrays.asList(argv));
      err.println(
          "dpa: "
              + text(locale, "internal error (", "interne fout (")
              + e.getClass().getName()
              + text(
                  locale,
                  "); the inputs may be fine. Please report it.",
                  "); de invoer kan in orde zijn. Meld het alstublieft."));
      return INTERNAL_ERROR;
    }
  }

  private int command(String[] argv) {
    List<String> args = Arrays.asList(argv);
    if (args.isEmpty()) {
      throw new Usage("a command is needed", "een opdracht is nodig");
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
      case "diff":
        return help(rest, DIFF_HELP) ? OK : diff(rest);
      case "format":
        return help(rest, FORMAT_HELP) ? OK : format(rest);
      case "schema":
        if (help(rest, SCHEMA_HELP)) {
          return OK;
        }
        if (rest.isEmpty()) {
          out.print(DpaJson.schema());
        } else if (rest.equals(List.of("--policy"))) {
          out.print(CliSchemas.policy(DpaValidator.create().getRules()));
        } else if (rest.equals(List.of("--report"))) {
          out.print(CliSchemas.report());
        } else {
          throw new Usage(
              "schema takes --policy, --report or nothing",
              "schema neemt --policy, --report of niets");
        }
        return OK;
      case "explain":
        return help(rest, EXPLAIN_HELP) ? OK : explain(rest);
      case "rules":
        return help(rest, RULES_HELP) ? OK : rules(rest);
      default:
        throw new Usage("unknown command " + command, "onbekende opdracht " + command);
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
    Args args =
        Args.parse(
            argv,
            Set.of("--format", "--lang", "--policy", "--fail-on", "--color"),
            Set.of("--recursive"));
    String format = args.option("--format", "text", List.of("text", "json", "sarif", "junit"));
    Locale locale = locale(args);
    String failOn = args.option("--fail-on", "error", List.of("error", "warning", "never"));
    String color = args.option("--color", "auto", List.of("auto", "always", "never"));
    boolean colour = "always".equals(color) || ("auto".equals(color) && terminal);
    Optional<Severity> threshold =
        "never".equals(failOn)
            ? Optional.empty()
            : Optional.of("warning".equals(failOn) ? Severity.WARNING : Severity.ERROR);
    Optional<Policy> policy = policy(args, locale);
    if (policy.isEmpty()) {
      return UNREADABLE;
    }
    DpaValidator validator = DpaValidator.builder().policy(policy.get()).locale(locale).build();
    List<Inputs.Input> inputs = Inputs.of(args.operands, args.flag("--recursive"), in);
    if (inputs.isEmpty()) {
      return nothingToCheck(args.operands, locale);
    }
    List<Report.Entry> entries = new ArrayList<>();
    for (Inputs.Input input : inputs) {
      try {
        byte[] bytes = input.bytes();
        DataProcessingAgreement agreement = DpaJson.standard().read(bytes);
        ValidationReport report = validator.validate(agreement);
        entries.add(
            Report.Entry.validated(
                input.name, agreement, report, Report.Located.in(bytes, report)));
      } catch (DpaJsonException e) {
        entries.add(unreadable(input.name, e.getProblems(), locale));
      } catch (IOException e) {
        entries.add(unreadable(input.name, List.of(CANNOT_READ), locale));
      }
    }
    Report report = new Report(entries, locale, colour);
    switch (format) {
      case "json":
        out.print(report.json());
        break;
      case "sarif":
        out.print(report.sarif(validator.getRules()));
        break;
      case "junit":
        out.print(
            report.junit(
                validator.getRules(),
                List.copyOf(new TreeSet<>(policy.get().getDisabledRules())),
                threshold));
        break;
      default:
        out.print(report.text());
    }
    if (entries.stream().anyMatch(e -> !e.readable())) {
      return UNREADABLE;
    }
    boolean reached =
        threshold.isPresent()
            && entries.stream()
                .map(Report.Entry::report)
                .anyMatch(r -> r.hasFindingsAtOrAbove(threshold.get()));
    return reached ? FINDINGS : OK;
  }

  /**
   * Reads {@code --policy}, or gives the default policy; empty when the file cannot be read, after
   * saying why on standard error.
   */
  private Optional<Policy> policy(Args args, Locale locale) {
    String file = args.options.get("--policy");
    if (file == null) {
      return Optional.of(Policy.defaults());
    }
    byte[] bytes;
    try (InputStream stream = Files.newInputStream(Path.of(file))) {
      bytes = stream.readNBytes(READ_LIMIT);
    } catch (IOException | InvalidPathException e) {
      unreadable(file, List.of(CANNOT_READ), locale);
      return Optional.empty();
    }
    try {
      return Optional.of(new PolicyReader(ruleIds()).read(bytes));
    } catch (DpaJsonException e) {
      unreadable(file, e.getProblems(), locale);
      return Optional.empty();
    }
  }

  /** The ids of the rules a policy may name: those of the validator's catalogue. */
  static Set<String> ruleIds() {
    return DpaValidator.create().getRules().stream()
        .map(RuleDefinition::getId)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The problem of an input that cannot be opened or read at all (not found, not a file). */
  static final Problem CANNOT_READ =
      Problem.of(
          "io.unreadable",
          "",
          List.of(),
          LocalizedText.of("cannot be read", "kan niet worden gelezen"));

  private int nothingToCheck(List<String> operands, Locale locale) {
    err.println(
        "dpa: "
            + text(locale, "nothing to check in ", "niets te controleren in ")
            + Report.printable(String.join(", ", operands))
            + text(locale, " (no *.json files)", " (geen *.json-bestanden)"));
    return UNREADABLE;
  }

  /**
   * Says on standard error why an input cannot be read, one line per problem, and returns it as an
   * entry of the report.
   */
  private Report.Entry unreadable(String name, List<Problem> problems, Locale locale) {
    Report report = new Report(List.of(), locale, false);
    for (Problem p : problems) {
      err.println(
          Report.printable(
              p == CANNOT_READ
                  ? name + ": " + p.getCode() + ": " + p.getMessage(locale)
                  : name
                      + ": "
                      + p.getCode()
                      + " "
                      + report.where(p)
                      + ": "
                      + p.getMessage(locale)));
    }
    return Report.Entry.unreadable(name, problems);
  }

  // ---- diff ------------------------------------------------------------------------------------

  private static boolean isDirectory(String operand) {
    try {
      return Files.isDirectory(Path.of(operand));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  private int diff(List<String> argv) {
    Args args = Args.parse(argv, Set.of("--format", "--lang", "--fail-on", "--color"), Set.of());
    if (args.operands.size() != 2) {
      throw new Usage(
          "diff needs exactly two files, OLD and NEW",
          "diff heeft precies twee bestanden nodig, OLD en NEW");
    }
    String format = args.option("--format", "text", List.of("text", "json", "sarif"));
    Locale locale = locale(args);
    String failOn = args.option("--fail-on", "looser", List.of("looser", "any", "never"));
    String color = args.option("--color", "auto", List.of("auto", "always", "never"));
    boolean colour = "always".equals(color) || ("auto".equals(color) && terminal);
    List<DiffReport.Version> versions = new ArrayList<>();
    if (args.operands.stream().filter("-"::equals).count() > 1) {
      throw new Usage(
          "- (standard input) can be read only once",
          "- (standaardinvoer) kan maar één keer worden gelezen");
    }
    for (String operand : args.operands) {
      if (!operand.equals("-") && isDirectory(operand)) {
        // A version is one file: a directory is no agreement.
        unreadable(operand, List.of(CANNOT_READ), locale);
        continue;
      }
      Inputs.Input input = Inputs.of(List.of(operand), false, in).get(0);
      try {
        byte[] bytes = input.bytes();
        versions.add(new DiffReport.Version(operand, bytes, DpaJson.standard().read(bytes)));
      } catch (DpaJsonException e) {
        unreadable(input.name, e.getProblems(), locale);
      } catch (IOException e) {
        unreadable(input.name, List.of(CANNOT_READ), locale);
      }
    }
    if (versions.size() != 2) {
      return UNREADABLE;
    }
    DpaValidator validator = DpaValidator.builder().locale(locale).build();
    AgreementDiff diff =
        DpaDiff.withValidator(validator)
            .compare(versions.get(0).agreement(), versions.get(1).agreement());
    DiffReport report = new DiffReport(versions.get(0), versions.get(1), diff, locale, colour);
    switch (format) {
      case "json":
        out.print(report.json());
        break;
      case "sarif":
        out.print(report.sarif(version()));
        break;
      default:
        out.print(report.text());
    }
    switch (failOn) {
      case "never":
        return OK;
      case "any":
        return diff.isEmpty() ? OK : FINDINGS;
      default:
        return diff.isLooser() ? FINDINGS : OK;
    }
  }

  // ---- format
  // ------------------------------------------------------------------------------------

  private int format(List<String> argv) {
    Args args = Args.parse(argv, Set.of(), Set.of("--check", "--recursive"));
    if (args.operands.isEmpty()) {
      throw new Usage("format needs at least one PATH", "format heeft ten minste één PATH nodig");
    }
    boolean check = args.flag("--check");
    List<Inputs.Input> inputs = Inputs.of(args.operands, args.flag("--recursive"), in);
    if (inputs.isEmpty()) {
      return nothingToCheck(args.operands, Locale.ENGLISH);
    }
    int code = OK;
    for (Inputs.Input input : inputs) {
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
        unreadable(input.name, List.of(CANNOT_READ), Locale.ENGLISH);
        code = Math.max(code, UNREADABLE);
        continue;
      }
      boolean same = canonical.equals(new String(bytes, StandardCharsets.UTF_8));
      if (check && !same) {
        out.println(Report.printable(input.name) + ": not canonical");
        code = Math.max(code, FINDINGS);
      } else if (!check && input.path().isEmpty()) {
        // Standard input: the canonical form goes to standard output, as a filter.
        out.print(canonical);
      } else if (!check && !same) {
        try {
          replace(input.path().get(), canonical);
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
   * write (a full disk, a file size limit) leaves the original as it was. A symbolic link is
   * followed (the file it names is formatted, the link stays a link), and the file keeps its
   * permissions.
   */
  static void replace(java.nio.file.Path path, String content) throws IOException {
    java.nio.file.Path absolute = path.toRealPath();
    java.nio.file.Path temporary =
        Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
    try {
      Files.writeString(temporary, content, StandardCharsets.UTF_8);
      try {
        Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(absolute));
      } catch (UnsupportedOperationException e) {
        // Not a POSIX file system: the temporary file's defaults stand.
      }
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
      throw new Usage(
          "explain needs exactly one RULE-ID", "explain heeft precies één RULE-ID nodig");
    }
    Locale locale = locale(args);
    Optional<Policy> read = policy(args, locale);
    if (read.isEmpty()) {
      return UNREADABLE;
    }
    Policy policy = read.get();
    String id = args.operands.get(0);
    RuleDefinition rule =
        DpaValidator.create().getRules().stream()
            .filter(r -> r.getId().equals(id))
            .findFirst()
            .orElseThrow(
                () ->
                    new Usage(
                        "unknown rule " + id + "; see docs/rules.md",
                        "onbekende regel " + id + "; zie docs/rules.md"));
    out.println(rule.getId());
    for (String line : RuleTexts.describe(rule, locale)) {
      out.println("  " + Report.printable(line));
    }
    if (!rule.getThresholds().isEmpty()) {
      out.println(
          "  "
              + text(locale, "thresholds", "drempels")
              + ": "
              + rule.getThresholds().stream()
                  .map(t -> t.getName() + "=" + t.getValue(policy))
                  .collect(Collectors.joining(", ")));
    }
    if (policy.getDisabledRules().contains(id)) {
      out.println(
          "  " + text(locale, "switched off by the policy", "uitgeschakeld door het beleid"));
    }
    return OK;
  }

  // ---- rules
  // -------------------------------------------------------------------------------------

  private int rules(List<String> argv) {
    Args args = Args.parse(argv, Set.of("--lang", "--format"), Set.of());
    if (!args.operands.isEmpty()) {
      throw new Usage("rules takes no PATH", "rules neemt geen PATH");
    }
    Locale locale = locale(args);
    String format = args.option("--format", "text", List.of("text", "json"));
    List<RuleDefinition> rules = DpaValidator.create().getRules();
    out.print(
        "json".equals(format) ? RuleTexts.json(rules, locale) : RuleTexts.text(rules, locale));
    return OK;
  }

  // ---- helpers
  // -----------------------------------------------------------------------------------

  private static Locale locale(Args args) {
    return "nl".equals(args.option("--lang", "en", List.of("en", "nl")))
        ? LocalizedText.DUTCH
        : Locale.ENGLISH;
  }

  static String text(Locale locale, String english, String dutch) {
    return LocalizedText.of(english, dutch).get(locale);
  }

  static String version() {
    return property("version", "unknown");
  }

  /** A fact the build wrote into {@code version.properties}, or {@code fallback}. */
  private static String property(String name, String fallback) {
    Properties properties = new Properties();
    try (InputStream stream = Main.class.getResourceAsStream("version.properties")) {
      if (stream != null) {
        properties.load(stream);
      }
    } catch (IOException e) {
      return fallback;
    }
    return properties.getProperty(name, fallback);
  }
}
