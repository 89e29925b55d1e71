package org.dpa4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dpa4j.json.DpaJsonException;
import org.dpa4j.json.DpaJsonOptions;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.Problem;
import org.dpa4j.model.value.Money;
import org.dpa4j.testkit.CpuBudget;
import org.dpa4j.validation.DpaValidator;
import org.dpa4j.validation.Policy;
import org.dpa4j.validation.RuleDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, "Hostile input, round 1", for the command: one test per kind of fault, named after what
 * broke. The example inputs are in {@code cases/reliability/}.
 */
class HostileInputTest {
  static final Path CASES = Path.of("src/test/resources/cases/reliability");
  static final Set<String> RULE_IDS =
      DpaValidator.create().getRules().stream()
          .map(RuleDefinition::getId)
          .collect(Collectors.toCollection(TreeSet::new));

  static List<Problem> policyProblems(byte[] bytes) {
    try {
      new PolicyReader(RULE_IDS).read(bytes);
    } catch (DpaJsonException e) {
      return e.getProblems();
    }
    throw new AssertionError("the policy was accepted");
  }

  /**
   * A negative minimum cap, an INFO threshold above the WARNING one and a minimum in another
   * currency (which silently switched the EUR check off) were accepted.
   */
  @Test
  void inconsistentPolicyIsRejectedWithPointers() throws IOException {
    List<Problem> problems =
        policyProblems(Files.readAllBytes(CASES.resolve("inconsistent-policy.json")));
    assertThat(problems)
        .extracting(Problem::getCode, Problem::getPointer, p -> p.getLine().getAsLong())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "json.invalid_value", "/thresholds/liabilityMinCap", 6L),
            org.assertj.core.groups.Tuple.tuple(
                "json.invalid_value", "/thresholds/breachInfoAboveHours", 5L));
    assertThat(
            policyProblems(
                "{\"policyVersion\":\"1\",\"thresholds\":{\"liabilityMinCap\":\"EUR -1\"}}"
                    .getBytes(StandardCharsets.UTF_8)))
        .extracting(Problem::getPointer, p -> p.getMessage())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "/thresholds/liabilityMinCap", "the minimum cap must not be negative"));
    // A WARNING threshold below the default INFO one is reported where it was written.
    assertThat(
            policyProblems(
                "{\"policyVersion\":\"1\",\"thresholds\":{\"breachWarnAtOrAboveHours\":10}}"
                    .getBytes(StandardCharsets.UTF_8)))
        .extracting(Problem::getPointer)
        .containsExactly("/thresholds/breachWarnAtOrAboveHours");
    // Equal thresholds switch the INFO off on purpose, and stay allowed.
    new PolicyReader(RULE_IDS)
        .read(
            "{\"policyVersion\":\"1\",\"thresholds\":{\"breachWarnAtOrAboveHours\":48,\"breachInfoAboveHours\":48}}"
                .getBytes(StandardCharsets.UTF_8));
    // Issue 11 item 6: a minimum per currency, as a list; two in one currency are a mistake.
    Policy twoCurrencies =
        new PolicyReader(RULE_IDS)
            .read(
                "{\"policyVersion\":\"1\",\"thresholds\":{\"liabilityMinCap\":[\"EUR 200000\",\"USD 220000\"]}}"
                    .getBytes(StandardCharsets.UTF_8));
    assertThat(twoCurrencies.getLiabilityMinCaps())
        .containsExactly(Money.parse("EUR 200000"), Money.parse("USD 220000"));
    assertThat(
            policyProblems(
                "{\"policyVersion\":\"1\",\"thresholds\":{\"liabilityMinCap\":[\"USD 1\",\"USD 2\"]}}"
                    .getBytes(StandardCharsets.UTF_8)))
        .extracting(Problem::getPointer, p -> p.getMessage())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "/thresholds/liabilityMinCap/1", "a second minimum cap in the same currency"));
    // The library's Policy holds the same rules.
    assertThatThrownBy(() -> Policy.builder().liabilityMinCap(Money.parse("USD 1")).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Policy.builder().liabilityMinCap(Money.parse("EUR -1")).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Policy.builder().breachInfoAboveHours(100).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * The policy reader found each bad entry's pointer by searching its array (quadratic in bad
   * entries) and reported them all, uncapped: a 4 MiB policy of a million unknown rule ids would
   * take hours. It is now capped and quick.
   */
  @Test
  void policyProblemsAreCappedAndFoundInLinearTime() {
    StringBuilder policy = new StringBuilder("{\"policyVersion\":\"1\",\"disabledRules\":[\"x\"");
    while (policy.length() < DpaJsonOptions.DEFAULT_MAX_DOCUMENT_LENGTH - 8) {
      policy.append(",\"x\"");
    }
    byte[] bytes = policy.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    List<Problem> problems = CpuBudget.within(Duration.ofSeconds(5), () -> policyProblems(bytes));
    assertThat(problems).hasSize(PolicyReader.MAX_PROBLEMS + 1);
    assertThat(problems.get(PolicyReader.MAX_PROBLEMS).getCode())
        .isEqualTo("json.too_many_problems");
    assertThat(problems.get(99).getPointer()).isEqualTo("/disabledRules/99");
    assertThat(problems.get(99).getColumn()).hasValue(39 + 4 * 99);
  }

  /** A policy 60 levels deep with its one problem at the end goes through the same Locator. */
  @Test
  void oneProblemAtTheEndOfADeepPolicyIsLocatedInLinearTime() {
    String name = "n".repeat(190);
    StringBuilder policy = new StringBuilder("{\"policyVersion\":\"1\",\"x\":");
    policy.append(("{\"" + name + "\":").repeat(60)).append("[0");
    String tail = "]" + "}".repeat(60) + ",\"y\":1}";
    while (policy.length() + tail.length() < DpaJsonOptions.DEFAULT_MAX_DOCUMENT_LENGTH - 2) {
      policy.append(",0");
    }
    byte[] bytes = policy.append(tail).toString().getBytes(StandardCharsets.UTF_8);
    List<Problem> problems = CpuBudget.within(Duration.ofSeconds(5), () -> policyProblems(bytes));
    assertThat(problems).extracting(Problem::getPointer).containsExactly("/x", "/y");
    assertThat(problems.get(1).getColumn()).hasValue(bytes.length - 1);
  }

  /**
   * {@code dpa format} wrote in place: a write that failed half-way (a full disk, a file size
   * limit) left a cut-off document where a readable one had been. It writes a file next to it and
   * moves that over the original in one step, and leaves nothing behind.
   */
  @Test
  void formatReplacesAFileInOneStepAndLeavesNoTemporaryFile(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path file = dir.resolve("hallo.json");
    java.nio.file.Files.copy(Path.of("../examples/agreements/v1/hallo.json"), file);

    Run run = run("format", file.toString());

    assertThat(run.exit()).isZero();
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("hallo.json");
    }
    assertThat(run("format", "--check", file.toString()).exit()).isZero();
  }

  /**
   * Zero-width, byte order mark and tag characters were printed raw: every format character is
   * escaped.
   */
  @Test
  void textReportEscapesEveryInvisibleFormattingCharacter() {
    assertThat(Report.printable("a\u200bb\ufeffc\udb40\udc01d\ud800e"))
        .isEqualTo("a\\u200bb\\ufeffc\\udb40\\udc01d\\ud800e");
    assertThat(Report.printable("Verwerkersovereenkomst \u00e9\ud83d\ude00"))
        .isEqualTo("Verwerkersovereenkomst \u00e9\ud83d\ude00");
  }

  /** {@code "policyVersion": 1} said "unsupported policyVersion '1'; this reader supports 1". */
  @Test
  void aPolicyVersionOfTheWrongTypeIsAWrongType() {
    List<Problem> problems =
        policyProblems("{\"policyVersion\":1}".getBytes(StandardCharsets.UTF_8));
    assertThat(problems)
        .extracting(p -> p.getCode() + " " + p.getPointer() + " " + p.getMessage(Locale.ENGLISH))
        .contains("json.wrong_type /policyVersion expected a string but found an integer");
  }

  /**
   * Round 2: {@code "policyVersion": null} said "found an object", and a severity override of
   * {@code null} said "'' is not a known code". The policy reader names JSON types from the
   * agreement reader's one list, and {@code null} anywhere is {@code json.null_value}, as in an
   * agreement.
   */
  @Test
  void aPolicyNamesWrongTypesAsTheAgreementReaderDoes() {
    String rule = Main.ruleIds().iterator().next();
    List<Problem> problems =
        policyProblems(
            ("{\"policyVersion\":null,\"thresholds\":{\"deletionMaxDays\":1.5},"
                    + "\"disabledRules\":[true],\"severityOverrides\":{\""
                    + rule
                    + "\":null}}")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(problems)
        .extracting(p -> p.getCode() + " " + p.getPointer() + " " + p.getMessage(Locale.ENGLISH))
        .contains(
            "json.null_value /policyVersion null is not allowed here; expected a string",
            "json.wrong_type /disabledRules/0 expected a string but found true or false",
            "json.null_value /severityOverrides/"
                + rule
                + " null is not allowed here; expected a string")
        .anySatisfy(
            m ->
                assertThat(m)
                    .startsWith("json.wrong_type /thresholds/deletionMaxDays")
                    .endsWith("found a number"))
        .noneMatch(m -> m.contains("found an object") || m.contains("''"));
    assertThat(problems)
        .extracting(p -> p.getMessage(LocalizedText.DUTCH))
        .noneMatch(m -> m.contains("number") || m.contains("boolean"));
  }

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int exit =
        new Main(
                new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8),
                false)
            .run(args);
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static void assertNoStackTrace(Run run) {
    assertThat(run.err()).doesNotContain("Exception", "\tat ", "Error:");
  }

  /**
   * The command read inputs and {@code --policy} whole: {@code dpa validate /dev/zero} ended in an
   * OutOfMemoryError with a stack trace and exit 1. It reads the limit plus one byte now, and the
   * reader reports the limit.
   */
  @Test
  void inputsAndPolicyAreReadNoFurtherThanTheLimit(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.json");
    byte[] spaces = new byte[Main.READ_LIMIT + 1024];
    java.util.Arrays.fill(spaces, (byte) ' ');
    Files.write(big, spaces);
    Run input = run("validate", big.toString());
    assertThat(input.exit()).isEqualTo(Main.UNREADABLE);
    assertThat(input.err()).contains("big.json: json.limit_exceeded");
    assertNoStackTrace(input);
    Run policy = run("validate", "--policy", big.toString());
    assertThat(policy.exit()).isEqualTo(Main.UNREADABLE);
    assertThat(policy.err()).contains("big.json: json.limit_exceeded");
    Run explain = run("explain", "--policy", big.toString(), "META-VERSION-DATE");
    assertThat(explain.exit()).isEqualTo(Main.UNREADABLE);
    Path zero = Path.of("/dev/zero");
    if (Files.isReadable(zero)) {
      Run endless =
          assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run("validate", zero.toString()));
      assertThat(endless.exit()).isEqualTo(Main.UNREADABLE);
      assertThat(endless.err()).contains("/dev/zero: json.limit_exceeded");
      assertThat(run("validate", "--policy", zero.toString()).err())
          .contains("/dev/zero: json.limit_exceeded");
    }
    Run missing = run("validate", "--policy", dir.resolve("missing.json").toString());
    assertThat(missing.exit()).isEqualTo(Main.UNREADABLE);
    assertThat(missing.err()).contains("missing.json: io.unreadable: cannot be read");
  }

  /** Write errors on standard output were ignored: exit 0 to a full disk. */
  @Test
  void writeErrorOnStandardOutputHasItsOwnExitCode() {
    java.io.OutputStream full =
        new java.io.OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }
        };
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int exit =
        new Main(
                new java.io.PrintStream(full, true, StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8),
                false)
            .run(new String[] {"validate", "--fail-on", "never"});
    assertThat(exit).isEqualTo(Main.OUTPUT_ERROR);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot write standard output");
  }

  /** A crash of the command itself exits neither 0 nor 1, and prints no stack trace. */
  @Test
  void crashHasItsOwnExitCodeAndNoStackTrace() {
    java.io.OutputStream broken =
        new java.io.OutputStream() {
          @Override
          public void write(int b) {
            throw new IllegalStateException("simulated crash");
          }
        };
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int exit =
        new Main(
                new java.io.PrintStream(broken, true, StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8),
                false)
            .run(new String[] {"schema"});
    assertThat(exit).isEqualTo(Main.INTERNAL_ERROR);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("internal error (java.lang.IllegalStateException)")
        .doesNotContain("\tat ");
  }

  /** A directory without agreements was a run that checked nothing, and exited 0. */
  @Test
  void runThatCheckedNothingDoesNotExitZero(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "no agreement");
    Run validate = run("validate", "--fail-on", "never", dir.toString());
    assertThat(validate.exit()).isEqualTo(Main.UNREADABLE);
    assertThat(validate.err()).contains("nothing to check");
    assertThat(run("format", "--check", dir.toString()).exit()).isEqualTo(Main.UNREADABLE);
  }

  /**
   * Directory scans skipped {@code *.JSON} and, silently, links and FIFOs. Every entry named {@code
   * .json} in any case is read when it is a regular file (also through a link) and reported
   * otherwise, without opening it (a FIFO would block).
   */
  @Test
  void directoryScanDoesNotSilentlySkipEntries(@TempDir Path dir) throws Exception {
    Path agreements = Path.of("../examples/agreements");
    Files.copy(agreements.resolve("hallo.json"), dir.resolve("UPPER.JSON"));
    Path store = Files.createDirectory(dir.resolve("store"));
    Files.copy(agreements.resolve("digiteam.json"), store.resolve("digiteam.txt"));
    Files.createSymbolicLink(dir.resolve("linked.json"), store.resolve("digiteam.txt"));
    Files.createSymbolicLink(dir.resolve("dangling.json"), dir.resolve("nowhere"));
    Files.createDirectory(dir.resolve("folder.json"));
    boolean fifo =
        new ProcessBuilder("mkfifo", dir.resolve("pipe.json").toString()).start().waitFor() == 0;
    Run run =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30), () -> run("validate", "--fail-on", "never", dir.toString()));
    assertThat(run.exit()).isEqualTo(Main.UNREADABLE);
    assertThat(run.out()).contains("UPPER.JSON", "linked.json");
    assertThat(run.err())
        .contains(
            "dangling.json: io.unreadable: cannot be read",
            "folder.json: io.unreadable: cannot be read");
    if (fifo) {
      assertThat(run.err()).contains("pipe.json: io.unreadable: cannot be read");
    }
    assertNoStackTrace(run);
  }

  /**
   * The text report printed titles and names raw: escape sequences repainted the terminal, a
   * version forged an "ERROR (0)" line, a bidi override reversed what followed. Control and bidi
   * characters from documents are shown escaped; the JSON report escapes them as JSON does.
   */
  @Test
  void textReportNeutralisesControlAndBidiCharacters() {
    String file = CASES.resolve("control-characters-in-titles.json").toString();
    Run text = run("validate", "--fail-on", "never", file);
    assertThat(text.exit()).isEqualTo(Main.OK);
    String out = text.out();
    assertThat(out.chars().filter(c -> c < 0x20 && c != '\n')).isEmpty();
    assertThat(out.chars().filter(c -> c >= 0x7f && c <= 0x9f)).isEmpty();
    assertThat(out).doesNotContain("\u202e", "\u001b");
    assertThat(out.lines()).noneMatch(line -> line.startsWith("  ERROR (0)"));
    assertThat(out)
        .contains("Harmless\\u001b[2J\\u001b[H\\u001b]0;pwned\\u0007")
        .contains("1.0\\u000a  ERROR (0)\\u000d\\u202eevil")
        .contains("Evil\\u0000B.V.\\u009b31m");
    Run json = run("validate", "--format", "json", "--fail-on", "never", file);
    assertThat(json.out().chars().filter(c -> c < 0x20 && c != '\n')).isEmpty();
    // Problems quote documents too, on standard error.
    Run bad = run("validate", CASES.resolve("inconsistent-policy.json").toString());
    assertThat(bad.err().chars().filter(c -> c < 0x20 && c != '\n')).isEmpty();
    assertThat(Report.printable("plain ascii, ünïcödé, 中文")).isEqualTo("plain ascii, ünïcödé, 中文");
  }

  /**
   * Round 2: the JSON, SARIF and JUnit reports carried bidi and C1 characters raw (a sub-processor
   * named {@code Evil\\u202eroC\\u0085Corp} in a finding's message and arguments), which a viewer
   * or a CI server's test page then showed reordered. Every format shows them as the text report
   * does.
   */
  @Test
  void everyReportFormatShowsBidiAndC1CharactersEscaped() {
    String file = CASES.resolve("bidi-in-findings.json").toString();
    for (String format : List.of("text", "json", "sarif", "junit")) {
      String report = run("validate", "--format", format, "--fail-on", "never", file).out();
      assertThat(report.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r'))
          .as(format)
          .isEmpty();
      assertThat(report.chars().filter(c -> c >= 0x7f && c <= 0x9f)).as(format).isEmpty();
      assertThat(report.codePoints().filter(c -> Character.getType(c) == Character.FORMAT))
          .as(format)
          .isEmpty();
      // JSON writes the shown backslash as two.
      String shown = format.equals("json") || format.equals("sarif") ? "\\\\" : "\\";
      assertThat(report).as(format).contains("Evil" + shown + "u202eroC" + shown + "u0085Corp");
    }
  }
}
