package org.dpa4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dpa4j.diff.ChangeKind;
import org.dpa4j.diff.FindingChangeKind;
import org.dpa4j.json.DpaJson;
import org.dpa4j.testkit.AgreementGenerator;
import org.dpa4j.testkit.DutchText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dpa diff --lang nl} is Dutch all the way, in text, JSON and SARIF: over hand-made pairs
 * and generated ones that together give every kind of change and of finding change, no English word
 * and no model name ({@code SubProcessor}, {@code transferTerms}) is printed for people. Pointers,
 * rule ids, file names and the documents' own text are not words of the report and are left out of
 * the check; JSON keys and codes are the report's format, not text for people.
 */
class DiffDutchTest {
  private static final Path CALLVOIP = CommandOptionsTest.AGREEMENTS.resolve("callvoip.json");
  private static final Path IPCALL = CommandOptionsTest.AGREEMENTS.resolve("ipcall.json");
  private static final Path POSTHOG =
      CommandOptionsTest.AGREEMENTS.resolve("corpus/posthog-dpa.json");
  private static final Path IPCALL_NEXT = Path.of("../examples/diff/ipcall-next.json");

  /** JSON Pointers, rule ids and file names: identifiers, not words. */
  private static final Pattern IDENTIFIERS =
      Pattern.compile("(?<![\\p{L}\\p{N}])/[^\\s\\],)]*|\\b[A-Z0-9.]+(?:-[A-Za-z0-9.]+)+\\b");

  /** A code or an ISO 8601 form of the JSON format. */
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*|P(?:T)?[0-9]+B?[A-Z]");

  /** An ISO 8601 duration, which people read as "72 uur". */
  private static final Pattern DURATION = Pattern.compile("\\bPT?[0-9]+B?[A-Z]\\b");

  /** A model name: a word with a capital inside it ({@code SubProcessor}, {@code flowDown}). */
  private static final Pattern MODEL_NAME =
      Pattern.compile("\\b\\p{L}*\\p{Ll}{2,}\\p{Lu}\\p{Ll}+\\p{L}*\\b");

  @TempDir Path dir;

  private final Set<String> changeKinds = new TreeSet<>();
  private final Set<String> findingKinds = new TreeSet<>();
  private int checked;

  @Test
  void everyKindOfChangeAndFindingChangeIsDutchInTextJsonAndSarif() throws Exception {
    check(IPCALL, IPCALL_NEXT);
    check(IPCALL_NEXT, IPCALL);
    // A sub-processor dropped: the transfer finding drops from ERROR to WARNING.
    check(CALLVOIP, edited(CALLVOIP, "delopenai", t -> subProcessors(t).remove(4)));
    check(
        CALLVOIP,
        edited(
            CALLVOIP,
            "mixed",
            t -> {
              t.remove("audit");
              ((ObjectNode) subProcessors(t).get(3)).put("country", "US");
              ((ObjectNode) t.get("breachNotification")).remove("deadline");
              ((ObjectNode) t.get("liability").get("caps").get(0)).put("feeMonths", 12);
              ((ObjectNode) t.get("processor"))
                  .putArray("contacts")
                  .addObject()
                  .put("kind", "privacy")
                  .put("name", "Jan Jansen");
            }));
    // The third review's texts: a condition by its duty, a removed cap by its terms, a country
    // stated, a replaced e-mail address, hosting outside the EEA.
    check(
        CALLVOIP,
        edited(
            CALLVOIP,
            "thirdreview",
            t -> {
              ((ObjectNode) t.get("audit"))
                  .putArray("conditions")
                  .addObject()
                  .put("kind", "required_by_law_only")
                  .put("duty", "/auditRight");
              ((ArrayNode) t.get("liability").get("caps")).remove(1);
              ((ObjectNode) subProcessors(t).get(0)).put("country", "US");
              ((ArrayNode) t.get("processor").get("contacts").get(0).get("emails"))
                  .set(0, "info@callvoip.nl");
              ((ObjectNode) t.get("transfers")).putArray("hostingLocations").add("US");
            }));
    // A template's blank filled in: one change from the open term to the value.
    check(
        POSTHOG,
        edited(
            POSTHOG,
            "fillname",
            t -> {
              ((ArrayNode) t.get("blanks")).remove(0);
              ((ObjectNode) t.get("controller"))
                  .put("legalName", "Stichting Voorbeeldschool")
                  .put("placeholder", false);
            }));
    for (long seed = 1; seed <= 12; seed++) {
      AgreementGenerator generator = new AgreementGenerator(20261130L + seed);
      Path a = dir.resolve("generated-" + seed + "-a.json");
      Path b = dir.resolve("generated-" + seed + "-b.json");
      DpaJson.standard().write(a, generator.next());
      DpaJson.standard().write(b, generator.next());
      check(a, b);
    }
    List<String> allChangeKinds = new ArrayList<>();
    for (ChangeKind kind : ChangeKind.values()) {
      allChangeKinds.add(kind.getCode());
    }
    List<String> allFindingKinds = new ArrayList<>();
    for (FindingChangeKind kind : FindingChangeKind.values()) {
      allFindingKinds.add(kind.getCode());
    }
    assertThat(changeKinds).containsExactlyInAnyOrderElementsOf(allChangeKinds);
    assertThat(findingKinds).containsExactlyInAnyOrderElementsOf(allFindingKinds);
    assertThat(checked).isGreaterThan(200);
  }

  /** A usage error of any command that takes --lang nl is told in Dutch. */
  @Test
  void usageErrorsAreDutch() {
    for (String[] args :
        List.of(
            new String[] {"diff", "--lang", "nl", "--format", "xml", "a.json", "b.json"},
            new String[] {"diff", "--lang=nl", "a.json"},
            new String[] {"validate", "--lang", "nl", "--fail-on", "always"},
            new String[] {"rules", "--lang", "nl", "--format", "xml"},
            new String[] {"explain", "--lang", "nl", "NO-SUCH-RULE"},
            new String[] {"explain", "--lang", "nl", "--colour", "x"})) {
      HostileInputTest.Run run = CommandOptionsTest.run(new byte[0], false, args);
      assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(Main.USAGE);
      String words = IDENTIFIERS.matcher(run.err()).replaceAll("");
      // Option names and their values are the command's syntax, not words of the message.
      words = words.replaceAll("--[a-z-]+|moet een van [^\n]*zijn, niet \\S+", "");
      assertThat(DutchText.englishWord(words)).as(run.err()).isEmpty();
      assertThat(run.err()).as(String.join(" ", args)).contains("Probeer 'dpa --help'.");
    }
  }

  /** Compares two files in all three formats, in Dutch, and checks every text for people. */
  private void check(Path older, Path newer) throws Exception {
    List<String> ignored = documentTexts(older, newer);
    String text = run("text", older, newer);
    for (String line : text.split("\n")) {
      assertDutch(line, ignored, "text");
    }
    JsonNode json = CommandOptionsTest.MAPPER.readTree(run("json", older, newer));
    for (JsonNode change : json.get("changes")) {
      changeKinds.add(change.get("kind").asText());
      assertDutch(change.get("message").asText(), ignored, "json change");
    }
    for (JsonNode finding : json.get("findings")) {
      findingKinds.add(finding.get("kind").asText());
      for (String key : List.of("message", "oldMessage", "newMessage")) {
        if (finding.has(key)) {
          assertDutch(finding.get(key).asText(), ignored, "json finding " + key);
        }
      }
      for (JsonNode argument : finding.get("changedArguments")) {
        assertDutch(argument.get("label").asText(), ignored, "json argument label");
        assertDutch(argument.get("message").asText(), ignored, "json argument");
      }
    }
    JsonNode sarif = CommandOptionsTest.MAPPER.readTree(run("sarif", older, newer));
    JsonNode run = sarif.get("runs").get(0);
    for (JsonNode rule : run.get("tool").get("driver").get("rules")) {
      assertDutch(rule.get("shortDescription").get("text").asText(), ignored, "sarif rule");
    }
    for (JsonNode result : run.get("results")) {
      assertDutch(result.get("message").get("text").asText(), ignored, "sarif result");
    }
  }

  private String run(String format, Path older, Path newer) {
    HostileInputTest.Run run =
        CommandOptionsTest.run(
            new byte[0],
            false,
            "diff",
            "--lang",
            "nl",
            "--fail-on",
            "never",
            "--format",
            format,
            older.toString(),
            newer.toString());
    assertThat(run.err()).as(older + " " + newer).isEmpty();
    assertThat(run.exit()).isZero();
    return run.out();
  }

  private static final Pattern BOOLEAN = Pattern.compile("\\b(?:true|false)\\b");

  private void assertDutch(String shown, List<String> ignored, String where) {
    String words = shown;
    for (String text : ignored) {
      words = words.replace(text, "");
    }
    words = IDENTIFIERS.matcher(words).replaceAll("");
    assertThat(DutchText.englishWord(words)).as(where + ": " + shown).isEmpty();
    // Values are rendered in Dutch: "ja"/"nee", never the JSON literals.
    assertThat(BOOLEAN.matcher(words).find()).as(where + ": " + shown).isFalse();
    assertThat(DURATION.matcher(words).find()).as(where + ": " + shown).isFalse();
    Matcher name = MODEL_NAME.matcher(words);
    assertThat(name.find() ? name.group() : null).as(where + ": " + shown).isNull();
    checked++;
  }

  /**
   * The text values of both documents (names, quotes, descriptions), longest first: the agreement's
   * own words, which the report quotes as they are. Not codes (lower_snake_case) and not ISO forms
   * ({@code PT72H}): printed for people, those would be the report's fault.
   */
  private static List<String> documentTexts(Path... files) throws Exception {
    Set<String> texts = new TreeSet<>();
    for (Path file : files) {
      collect(CommandOptionsTest.MAPPER.readTree(file.toFile()), texts);
    }
    texts.removeIf(t -> t.length() < 3 || CODE.matcher(t).matches());
    List<String> sorted = new ArrayList<>(texts);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    return sorted;
  }

  private static void collect(JsonNode node, Set<String> texts) {
    if (node.isTextual()) {
      texts.add(node.asText());
    }
    node.forEach(child -> collect(child, texts));
  }

  private Path edited(Path seed, String name, Consumer<ObjectNode> edit) throws Exception {
    ObjectNode tree = (ObjectNode) CommandOptionsTest.MAPPER.readTree(seed.toFile());
    edit.accept(tree);
    Path file = dir.resolve(name + ".json");
    Files.write(file, CommandOptionsTest.MAPPER.writeValueAsBytes(tree));
    return file;
  }

  private static ArrayNode subProcessors(ObjectNode tree) {
    return (ArrayNode) tree.get("subProcessing").get("subProcessors");
  }
}
