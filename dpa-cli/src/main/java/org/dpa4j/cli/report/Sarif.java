package org.dpa4j.cli.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dpa4j.validation.Severity;

/**
 * Writes one run of a tool as a SARIF 2.1.0 log (OASIS Static Analysis Results Interchange Format,
 * <a href="https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html">SARIF 2.1.0</a>), the
 * format GitHub code scanning uploads.
 *
 * <p>What the log holds: {@code tool.driver} with the tool's name, version, information URI and its
 * rules; one result per finding with its rule, level, message and physical location (file, line and
 * column); and the tool's own notifications, such as an input it could not read, in the run's
 * invocation. Columns count Unicode code points from 1 ({@code columnKind} {@code
 * unicodeCodePoints}), as dpa4j's problems do. Severities become SARIF levels: {@link
 * Severity#ERROR} {@code error}, {@link Severity#WARNING} {@code warning}, {@link Severity#INFO}
 * {@code note}. Texts are written as given: they are in the language the caller chose.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Sarif {
  /** The SARIF version written, {@code 2.1.0}. */
  public static final String VERSION = "2.1.0";

  /** The URI of the SARIF 2.1.0 JSON Schema (errata 01), written as the log's {@code $schema}. */
  public static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  /**
   * A rule the tool checks: its stable id and texts for people.
   *
   * @param id the stable id results refer to, such as {@code GDPR-33.2-BREACH-TIMELINESS}
   * @param shortDescription one sentence on what the rule finds
   * @param fullDescription what the rule finds in full
   * @param help what to do about a result of the rule, as plain text
   * @param defaultSeverity the severity of the rule's results unless configured otherwise
   */
  public record Rule(
      String id,
      String shortDescription,
      String fullDescription,
      String help,
      Severity defaultSeverity) {
    /** Checks that nothing is null. */
    public Rule {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(shortDescription, "shortDescription");
      Objects.requireNonNull(fullDescription, "fullDescription");
      Objects.requireNonNull(help, "help");
      Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    }
  }

  /**
   * A place in a file.
   *
   * @param uri the file as a URI reference, such as made by {@link #uriOf(String)}
   * @param line the line, from 1; 0 when not known (then the column is not written either)
   * @param column the column in Unicode code points, from 1; 0 when not known
   */
  public record Location(String uri, long line, long column) {
    /** Checks that the URI is there and the line and column are not negative. */
    public Location {
      Objects.requireNonNull(uri, "uri");
      if (line < 0 || column < 0) {
        throw new IllegalArgumentException("line and column are 0 (unknown) or more");
      }
    }
  }

  /**
   * One result: a finding of a rule at a place; or, in the run's notifications, something the tool
   * reports about its own run rather than about the inputs' content, such as an input it could not
   * read.
   *
   * @param id the id of the rule (a rule of that id need not be among the run's rules); for a
   *     notification a stable code, such as {@code json.syntax}, written as its descriptor's id
   * @param severity the severity, written as the SARIF level; a notification of {@link
   *     Severity#ERROR} makes the run's execution unsuccessful
   * @param message the message for people
   * @param location where it is
   */
  public record Result(String id, Severity severity, String message, Location location) {
    /** Checks that nothing is null. */
    public Result {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(location, "location");
    }
  }

  private final String toolName;
  private final String toolVersion;
  private final String informationUri;

  /**
   * Creates a writer for a tool.
   *
   * @param toolName the tool's name, such as {@code dpa}
   * @param toolVersion the tool's version
   * @param informationUri an absolute URI where people read about the tool
   */
  public Sarif(String toolName, String toolVersion, String informationUri) {
    this.toolName = Objects.requireNonNull(toolName, "toolName");
    this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
    this.informationUri = Objects.requireNonNull(informationUri, "informationUri");
  }

  /**
   * Returns a file name as a URI reference for {@link Location#uri()}: a relative path stays
   * relative (with {@code /} between segments), an absolute path becomes a {@code file:} URI, and
   * every character a URI may not hold is percent-encoded (UTF-8). A name with a scheme, such as
   * {@code seed:hallo}, is kept.
   *
   * @param name a file name as the user gave it, or another name of an input
   * @return the URI reference
   */
  public static String uriOf(String name) {
    String path = name.replace(java.io.File.separatorChar, '/');
    try {
      return path.startsWith("/")
          ? new URI("file", "", path, null, null).toASCIIString()
          : new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      // Only for a name with a malformed scheme part: its characters are kept, encoded.
      return java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /**
   * Returns the SARIF level of a severity.
   *
   * @param severity the severity
   * @return {@code error}, {@code warning} or {@code note}
   */
  public static String level(Severity severity) {
    switch (severity) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "note";
    }
  }

  /**
   * Writes a log of one run.
   *
   * @param rules the rules the tool ran, in the order to list them
   * @param results the results, in report order
   * @param notifications the tool's notifications about its own run (such as unreadable inputs)
   * @return the log as pretty JSON, ending with a newline
   */
  public String write(List<Rule> rules, List<Result> results, List<Result> notifications) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode log = nodes.objectNode();
    log.put("$schema", SCHEMA);
    log.put("version", VERSION);
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", toolName);
    driver.put("version", toolVersion);
    driver.put("informationUri", informationUri);
    ArrayNode ruleNodes = driver.putArray("rules");
    Map<String, Integer> index = new HashMap<>();
    for (Rule rule : rules) {
      index.putIfAbsent(rule.id(), index.size());
      ObjectNode node = ruleNodes.addObject();
      node.put("id", rule.id());
      node.putObject("shortDescription").put("text", rule.shortDescription());
      node.putObject("fullDescription").put("text", rule.fullDescription());
      node.putObject("help").put("text", rule.help());
      node.putObject("defaultConfiguration").put("level", level(rule.defaultSeverity()));
    }
    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put(
        "executionSuccessful",
        notifications.stream().noneMatch(n -> n.severity() == Severity.ERROR));
    if (!notifications.isEmpty()) {
      ArrayNode notes = invocation.putArray("toolExecutionNotifications");
      for (Result notification : notifications) {
        ObjectNode note = notes.addObject();
        note.putObject("descriptor").put("id", notification.id());
        note.put("level", level(notification.severity()));
        note.putObject("message").put("text", notification.message());
        location(note.putArray("locations"), notification.location());
      }
    }
    run.put("columnKind", "unicodeCodePoints");
    ArrayNode resultNodes = run.putArray("results");
    for (Result result : results) {
      ObjectNode node = resultNodes.addObject();
      node.put("ruleId", result.id());
      Integer at = index.get(result.id());
      if (at != null) {
        node.put("ruleIndex", at);
      }
      node.put("level", level(result.severity()));
      node.putObject("message").put("text", result.message());
      location(node.putArray("locations"), result.location());
    }
    return Printable.json(log, true);
  }

  private static void location(ArrayNode locations, Location location) {
    ObjectNode physical = locations.addObject().putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", location.uri());
    if (location.line() > 0) {
      ObjectNode region = physical.putObject("region");
      region.put("startLine", location.line());
      if (location.column() > 0) {
        region.put("startColumn", location.column());
      }
    }
  }
}
