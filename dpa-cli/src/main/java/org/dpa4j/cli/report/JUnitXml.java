package org.dpa4j.cli.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes test suites as a JUnit XML report, the format CI servers (Jenkins, GitLab, GitHub actions
 * that publish test results, Azure Pipelines) read as test results: {@code <testsuites>} with a
 * {@code <testsuite>} per suite and a {@code <testcase>} per case, each passed, failed ({@code
 * <failure>}), in error ({@code <error>}) or skipped ({@code <skipped>}), with its output in {@code
 * <system-out>}.
 *
 * <p>The output is well-formed XML 1.0 in UTF-8 whatever the texts hold: markup characters are
 * escaped, and a character XML 1.0 cannot carry or that would repaint or reorder what a terminal or
 * a CI server shows (those {@link Printable#unsafe} other than tab, line feed and carriage return:
 * controls, bidi and other invisible formatting characters, line separators, halves of a surrogate
 * pair standing alone; and U+FFFE, U+FFFF) is written as the text {@code \\uXXXX}. Line ends in
 * attributes are written as character references, so that they survive a parser's normalisation.
 */
public final class JUnitXml {
  private JUnitXml() {}

  /**
   * Why a case failed or could not run.
   *
   * @param type a short, stable kind, such as a rule id or a problem code
   * @param message one line for people
   * @param detail the whole story, several lines if need be
   */
  public record Failure(String type, String message, String detail) {
    /** Checks that nothing is null. */
    public Failure {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(detail, "detail");
    }
  }

  /** How a case ended. */
  public enum Outcome {
    /** It passed. */
    PASSED,
    /** What it checked was found wanting: {@code <failure>}. */
    FAILED,
    /** It could not be checked at all: {@code <error>}. */
    ERROR,
    /** It was not run: {@code <skipped>}. */
    SKIPPED
  }

  /**
   * One test case.
   *
   * @param className the group the case belongs to, such as the input it checked
   * @param name the case's name
   * @param outcome how it ended
   * @param failure why it failed or could not run: present exactly when the outcome is {@link
   *     Outcome#FAILED} or {@link Outcome#ERROR}
   * @param output what the case reported besides its outcome, written as {@code <system-out>} when
   *     not empty
   */
  public record TestCase(
      String className, String name, Outcome outcome, Optional<Failure> failure, String output) {
    /** Checks that nothing is null and that a failure is there exactly when it must be. */
    public TestCase {
      Objects.requireNonNull(className, "className");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(failure, "failure");
      Objects.requireNonNull(output, "output");
      boolean needsFailure = outcome == Outcome.FAILED || outcome == Outcome.ERROR;
      if (failure.isPresent() != needsFailure) {
        throw new IllegalArgumentException(
            "a failed or erroneous case has a failure, no other case has one");
      }
    }
  }

  /**
   * One test suite.
   *
   * @param name the suite's name, such as the input it checked
   * @param cases its cases, in order
   */
  public record TestSuite(String name, List<TestCase> cases) {
    /** Checks that nothing is null and copies the cases. */
    public TestSuite {
      Objects.requireNonNull(name, "name");
      cases = List.copyOf(cases);
    }

    private long count(Outcome outcome) {
      return cases.stream().filter(c -> c.outcome() == outcome).count();
    }
  }

  /**
   * Writes suites as one report.
   *
   * @param suites the suites, in order
   * @return the XML document, ending with a newline
   */
  public static String write(List<TestSuite> suites) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    long tests = suites.stream().mapToLong(s -> s.cases().size()).sum();
    long failures = suites.stream().mapToLong(s -> s.count(Outcome.FAILED)).sum();
    long errors = suites.stream().mapToLong(s -> s.count(Outcome.ERROR)).sum();
    long skipped = suites.stream().mapToLong(s -> s.count(Outcome.SKIPPED)).sum();
    xml.append(
        String.format(
            Locale.ROOT,
            "<testsuites tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"%d\">\n",
            tests,
            failures,
            errors,
            skipped));
    for (TestSuite suite : suites) {
      xml.append("  <testsuite name=\"")
          .append(escape(suite.name(), true))
          .append(
              String.format(
                  Locale.ROOT,
                  "\" tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"%d\">\n",
                  suite.cases().size(),
                  suite.count(Outcome.FAILED),
                  suite.count(Outcome.ERROR),
                  suite.count(Outcome.SKIPPED)));
      for (TestCase c : suite.cases()) {
        xml.append("    <testcase classname=\"")
            .append(escape(c.className(), true))
            .append("\" name=\"")
            .append(escape(c.name(), true))
            .append('"');
        if (c.outcome() == Outcome.PASSED && c.output().isEmpty()) {
          xml.append("/>\n");
          continue;
        }
        xml.append(">\n");
        if (c.outcome() == Outcome.SKIPPED) {
          xml.append("      <skipped/>\n");
        }
        if (c.failure().isPresent()) {
          Failure f = c.failure().get();
          String element = c.outcome() == Outcome.FAILED ? "failure" : "error";
          xml.append("      <")
              .append(element)
              .append(" type=\"")
              .append(escape(f.type(), true))
              .append("\" message=\"")
              .append(escape(f.message(), true))
              .append("\">")
              .append(escape(f.detail(), false))
              .append("</")
              .append(element)
              .append(">\n");
        }
        if (!c.output().isEmpty()) {
          xml.append("      <system-out>")
              .append(escape(c.output(), false))
              .append("</system-out>\n");
        }
        xml.append("    </testcase>\n");
      }
      xml.append("  </testsuite>\n");
    }
    return xml.append("</testsuites>\n").toString();
  }

  /**
   * Escapes text for XML 1.0 content or a double-quoted attribute value.
   *
   * @param text the text
   * @param attribute whether it goes into an attribute, where tab and line ends become references
   * @return the escaped text
   */
  static String escape(String text, boolean attribute) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int units = Character.charCount(c);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append(attribute ? "&quot;" : "\"");
          break;
        case '\r':
          out.append("&#13;");
          break;
        case '\t':
        case '\n':
          if (attribute) {
            out.append("&#").append(c).append(';');
          } else {
            out.append((char) c);
          }
          break;
        default:
          if (Printable.unsafe(c) || c == 0xFFFE || c == 0xFFFF) {
            for (int k = 0; k < units; k++) {
              out.append(String.format(Locale.ROOT, "\\u%04x", (int) text.charAt(i + k)));
            }
          } else {
            out.appendCodePoint(c);
          }
      }
      i += units;
    }
    return out.toString();
  }
}
