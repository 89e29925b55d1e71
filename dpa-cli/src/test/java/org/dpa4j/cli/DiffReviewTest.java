package org.dpa4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cases of the review of {@code dpa diff} (issue 15), each named as the reviewer named it: one
 * edit of a seed, compared with the seed through the command.
 */
class DiffReviewTest {
  private static final Path CALLVOIP = CommandOptionsTest.AGREEMENTS.resolve("callvoip.json");
  private static final Path POSTHOG =
      CommandOptionsTest.AGREEMENTS.resolve("corpus/posthog-dpa.json");

  @TempDir Path dir;

  /** The seed with one edit, written next to the test, and the command's JSON report and exit. */
  private Result diff(Path seed, String name, Consumer<ObjectNode> edit, String... options)
      throws Exception {
    ObjectNode tree = (ObjectNode) CommandOptionsTest.MAPPER.readTree(seed.toFile());
    edit.accept(tree);
    Path edited = dir.resolve(name + ".json");
    Files.write(edited, CommandOptionsTest.MAPPER.writeValueAsBytes(tree));
    List<String> args = new ArrayList<>(List.of("diff", "--format", "json"));
    Collections.addAll(args, options);
    args.add(seed.toString());
    args.add(edited.toString());
    HostileInputTest.Run run =
        CommandOptionsTest.run(new byte[0], false, args.toArray(new String[0]));
    assertThat(run.err()).as(name).isEmpty();
    return new Result(run.exit(), CommandOptionsTest.MAPPER.readTree(run.out()));
  }

  private record Result(int exit, JsonNode report) {
    List<String> findingKinds() {
      List<String> kinds = new ArrayList<>();
      report
          .get("findings")
          .forEach(f -> kinds.add(f.get("kind").asText() + " " + f.get("rule").asText()));
      return kinds;
    }

    JsonNode change(int i) {
      return report.get("changes").get(i);
    }
  }

  private static JsonNode finding(Result r, String rule) {
    for (JsonNode f : r.report().get("findings")) {
      if (f.get("rule").asText().equals(rule)) {
        return f;
      }
    }
    throw new AssertionError("no finding change of " + rule + " in " + r.report());
  }

  private static ArrayNode subProcessors(ObjectNode tree) {
    return (ArrayNode) tree.get("subProcessing").get("subProcessors");
  }

  @Test
  void reorder() throws Exception {
    Result r =
        diff(
            CALLVOIP,
            "reorder",
            t -> {
              ArrayNode list = subProcessors(t);
              List<JsonNode> reversed = new ArrayList<>();
              list.forEach(reversed::add);
              Collections.reverse(reversed);
              list.removeAll().addAll(reversed);
            });
    assertThat(r.report().get("changes")).isEmpty();
    assertThat(r.findingKinds()).isEmpty();
    assertThat(r.exit()).isZero();
  }

  @Test
  void auditnomax() throws Exception {
    // Without the yearly cap the audit finding is about the notice alone (4 weeks) and says so:
    // the same rule and severity, another message.
    Result r =
        diff(CALLVOIP, "auditnomax", t -> ((ObjectNode) t.get("audit")).remove("maxPerYear"));
    assertThat(r.findingKinds()).containsExactly("changed RISK-AUDIT-FREQUENCY-NOTICE");
    JsonNode finding = finding(r, "RISK-AUDIT-FREQUENCY-NOTICE");
    assertThat(finding.get("oldMessage").asText()).contains("limited to 1 per year");
    assertThat(finding.get("newMessage").asText()).contains("announced 4 weeks in advance");
    assertThat(r.change(0).get("classification").asText()).isEqualTo("stricter");
    assertThat(r.exit()).isZero();
  }

  @Test
  void feemonths() throws Exception {
    Result r =
        diff(
            CALLVOIP,
            "feemonths",
            t -> ((ObjectNode) t.get("liability").get("caps").get(0)).put("feeMonths", 12));
    assertThat(r.findingKinds()).containsExactly("changed RISK-82-LIABILITY-CAP-LOW");
    JsonNode finding = r.report().get("findings").get(0);
    assertThat(finding.get("oldMessage").asText()).contains("1 month");
    assertThat(finding.get("newMessage").asText()).contains("EUR 10000.00");
    assertThat(r.exit()).as("stricter only").isZero();
  }

  /**
   * A removed destination's line showed the transfer section's clauses of the new version after its
   * own ("[10.1, 10.2 -> 1.1.11, 2.2.2, ...]"), as if the term had moved there; an added one the
   * section's old clauses before its own. Each now shows only the clauses of the version it stands
   * in; the JSON report keeps both sides, as documented.
   */
  @Test
  void aRemovedOrAddedTermShowsOnlyTheClausesOfItsOwnVersion() throws Exception {
    ObjectNode tree = (ObjectNode) CommandOptionsTest.MAPPER.readTree(POSTHOG.toFile());
    ArrayNode destinations = (ArrayNode) tree.get("transfers").get("destinations");
    List<String> clauses = new ArrayList<>();
    destinations.get(0).get("clauses").forEach(c -> clauses.add(c.asText()));
    String own = String.join(", ", clauses);
    destinations.remove(0);
    Path edited = dir.resolve("no-destination.json");
    Files.write(edited, CommandOptionsTest.MAPPER.writeValueAsBytes(tree));
    for (boolean removed : new boolean[] {true, false}) {
      Path from = removed ? POSTHOG : edited;
      Path to = removed ? edited : POSTHOG;
      HostileInputTest.Run run =
          CommandOptionsTest.run(new byte[0], false, "diff", from.toString(), to.toString());
      String line =
          run.out()
              .lines()
              .filter(l -> l.contains("/transfers/destinations/0"))
              .findFirst()
              .orElseThrow(() -> new AssertionError(run.out()));
      assertThat(line).as(removed ? "removed" : "added").endsWith("[" + own + "]");
      assertThat(line).doesNotContain("->");
    }
  }

  @Test
  void delopenai() throws Exception {
    Result r = diff(CALLVOIP, "delopenai", t -> subProcessors(t).remove(4));
    assertThat(r.findingKinds())
        .contains("severity_changed GDPR-44-TRANSFER-MECHANISM")
        .noneMatch(k -> k.startsWith("appeared") || k.startsWith("disappeared"));
    JsonNode finding = finding(r, "GDPR-44-TRANSFER-MECHANISM");
    assertThat(finding.get("oldSeverity").asText()).isEqualTo("ERROR");
    assertThat(finding.get("newSeverity").asText()).isEqualTo("WARNING");
    // Third review: the two findings say different things; the report keeps both outcomes.
    assertThat(finding.get("oldOutcome").asText()).isEqualTo("no-valid-mechanism");
    assertThat(finding.get("newOutcome").asText()).isNotEqualTo("no-valid-mechanism").isNotEmpty();
    assertThat(finding.get("oldMessage").asText()).contains("OpenAI");
    assertThat(finding.get("newMessage").asText()).doesNotContain("OpenAI");
    assertThat(r.exit()).as("stricter only").isZero();
  }

  @Test
  void addcnfront() throws Exception {
    Result r =
        diff(
            CALLVOIP,
            "addcnfront",
            t -> subProcessors(t).insert(0, newSubProcessor("Alibaba Cloud", "CN")));
    // The GDPR-44 finding gains an offender: one changed finding, naming it.
    assertThat(r.findingKinds()).containsExactly("changed GDPR-44-TRANSFER-MECHANISM");
    JsonNode transfer = finding(r, "GDPR-44-TRANSFER-MECHANISM");
    assertThat(transfer.get("newMessage").asText()).contains("China (Alibaba Cloud)");
    JsonNode argument = transfer.get("changedArguments").get(0);
    assertThat(argument.get("name").asText()).isEqualTo("destinations");
    assertThat(argument.get("added").toString()).isEqualTo("[\"CN (Alibaba Cloud)\"]");
    assertThat(r.change(0).get("classification").asText()).isEqualTo("looser");
    assertThat(r.exit()).isEqualTo(1);
  }

  @Test
  void revcn() throws Exception {
    Result r =
        diff(CALLVOIP, "revcn", t -> ((ObjectNode) subProcessors(t).get(4)).put("country", "CN"));
    JsonNode change = r.change(0);
    // Fourth review: the US has a partial adequacy decision (the Data Privacy Framework), China
    // none, so the move is looser; the transfer finding gains an offender as well.
    assertThat(change.get("classification").asText()).isEqualTo("looser");
    assertThat(change.get("thirdCountries").toString()).isEqualTo("[\"CN\",\"US\"]");
    assertThat(change.get("message").asText()).contains("United States", "China");
    assertThat(finding(r, "GDPR-44-TRANSFER-MECHANISM").get("kind").asText()).isEqualTo("changed");
    assertThat(r.exit()).isEqualTo(1);
  }

  /** Third review: Kwebbl had no country and is now in the US, which is looser and fails. */
  @Test
  void kwebblUs() throws Exception {
    Result r =
        diff(
            CALLVOIP, "kwebblus", t -> ((ObjectNode) subProcessors(t).get(0)).put("country", "US"));
    assertThat(r.change(0).get("kind").asText()).isEqualTo("added");
    assertThat(r.change(0).get("newPointer").asText())
        .isEqualTo("/subProcessing/subProcessors/0/country");
    assertThat(r.change(0).get("classification").asText()).isEqualTo("looser");
    assertThat(r.exit()).isEqualTo(1);
  }

  /** Third review: hosting in the EU and EEA replaced by the US; every part of it is looser. */
  @Test
  void hostUs() throws Exception {
    Result r =
        diff(
            CALLVOIP,
            "hostus",
            t -> {
              ArrayNode hosting = ((ObjectNode) t.get("transfers")).putArray("hostingLocations");
              hosting.add("US");
            });
    assertThat(r.report().get("changes"))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.get("classification").asText()).isEqualTo("looser"));
    assertThat(r.exit()).isEqualTo(1);
  }

  /** Third review: a usage error of --lang nl is Dutch, and lists the choices in a fixed order. */
  @Test
  void dutchUsageErrors() {
    HostileInputTest.Run run =
        CommandOptionsTest.run(
            new byte[0], false, "diff", "--lang", "nl", "--fail-on", "worse", "a.json", "b.json");
    assertThat(run.exit()).isEqualTo(Main.USAGE);
    assertThat(run.err())
        .isEqualTo(
            "dpa: --fail-on moet een van looser, any, never zijn, niet worse\n"
                + "Probeer 'dpa --help'.\n");
    HostileInputTest.Run one = CommandOptionsTest.run(new byte[0], false, "diff", "--lang=nl", "a");
    assertThat(one.err()).startsWith("dpa: diff heeft precies twee bestanden nodig");
    HostileInputTest.Run english =
        CommandOptionsTest.run(new byte[0], false, "rules", "--format", "xml");
    assertThat(english.err())
        .startsWith("dpa: --format must be one of text, json, not xml\nTry 'dpa --help'.");
  }

  @Test
  void mistralus() throws Exception {
    Result r =
        diff(
            CALLVOIP,
            "mistralus",
            t -> ((ObjectNode) subProcessors(t).get(3)).put("country", "US"));
    assertThat(r.change(0).get("classification").asText()).isEqualTo("looser");
    assertThat(r.change(0).get("thirdCountries").toString()).isEqualTo("[\"US\"]");
    assertThat(r.findingKinds())
        .contains("changed GDPR-44-TRANSFER-MECHANISM")
        .noneMatch(k -> k.startsWith("appeared") || k.startsWith("disappeared"));
    assertThat(r.exit()).isEqualTo(1);
  }

  @Test
  void phNomech() throws Exception {
    Result r =
        diff(
            POSTHOG,
            "ph-nomech",
            t -> {
              ObjectNode transfers = (ObjectNode) t.get("transfers");
              transfers.putArray("mechanisms");
              ((ObjectNode) transfers.get("destinations").get(0)).putArray("mechanisms");
            });
    r.report()
        .get("changes")
        .forEach(
            c -> assertThat(c.get("classification").asText()).as(c.toString()).isEqualTo("looser"));
    assertThat(r.report().get("changes")).hasSize(3);
    assertThat(r.exit()).isEqualTo(1);
  }

  @Test
  void phSpscc() throws Exception {
    Result r =
        diff(
            POSTHOG,
            "ph-spscc",
            t ->
                ((ObjectNode) subProcessors(t).get(0))
                    .putArray("transferMechanisms")
                    .add("standard_contractual_clauses"));
    assertThat(r.change(0).get("classification").asText()).isEqualTo("stricter");
    assertThat(r.exit()).isZero();
  }

  @Test
  void phSelfass() throws Exception {
    Result r =
        diff(
            POSTHOG,
            "ph-selfass",
            t ->
                ((ObjectNode) t.get("transfers"))
                    .putArray("mechanisms")
                    .add("processor_self_assessment"));
    List<String> seen = new ArrayList<>();
    r.report()
        .get("changes")
        .forEach(c -> seen.add(c.get("kind").asText() + " " + c.get("classification").asText()));
    // Adding the processor's own assessment is no safeguard: unknown; removing SCCs is looser.
    assertThat(seen).contains("added unknown", "removed looser").doesNotContain("added stricter");
    assertThat(r.exit()).isEqualTo(1);
  }

  @Test
  void notransfers() throws Exception {
    Result r = diff(CALLVOIP, "notransfers", t -> t.remove("transfers"));
    assertThat(r.report().get("changes")).hasSize(1);
    JsonNode change = r.change(0);
    assertThat(change.get("kind").asText()).isEqualTo("removed");
    assertThat(change.get("oldPointer").asText()).isEqualTo("/transfers");
    assertThat(change.has("newPointer")).isFalse();
    assertThat(change.get("classification").asText()).isEqualTo("looser");
    assertThat(change.get("oldValue").asText()).startsWith("TransferTerms {");
  }

  @Test
  void noauditsec() throws Exception {
    Result r = diff(CALLVOIP, "noauditsec", t -> t.remove("audit"));
    assertThat(r.report().get("changes")).hasSize(1);
    assertThat(r.change(0).get("oldPointer").asText()).isEqualTo("/audit");
    assertThat(r.change(0).get("classification").asText()).isEqualTo("looser");
    assertThat(r.exit()).isEqualTo(1);
  }

  @Test
  void nodeadline() throws Exception {
    Result r =
        diff(
            CALLVOIP,
            "nodeadline",
            t -> ((ObjectNode) t.get("breachNotification")).remove("deadline"));
    assertThat(r.change(0).get("message").asText())
        .startsWith("removed: time limit {")
        .contains("within: 72 hours");
    assertThat(r.findingKinds()).containsExactly("severity_changed GDPR-33.2-BREACH-TIMELINESS");
    JsonNode timeliness = finding(r, "GDPR-33.2-BREACH-TIMELINESS");
    assertThat(timeliness.get("oldOutcome").asText())
        .isNotEqualTo(timeliness.get("newOutcome").asText());
  }

  @Test
  void summaryKeysAreCamelCase() throws Exception {
    Result r =
        diff(
            CALLVOIP,
            "h48",
            t -> ((ObjectNode) t.get("breachNotification").get("deadline")).put("limit", "PT48H"));
    List<String> keys = new ArrayList<>();
    r.report().get("summary").fieldNames().forEachRemaining(keys::add);
    assertThat(keys)
        .containsExactly(
            "stricter",
            "looser",
            "neutral",
            "unknown",
            "appeared",
            "disappeared",
            "severityChanged",
            "changed");
  }

  private static ObjectNode newSubProcessor(String name, String country) {
    ObjectNode s = CommandOptionsTest.MAPPER.createObjectNode();
    s.put("affiliate", false);
    s.putArray("clauses").add("Bijlage 3");
    s.put("contractStatus", "confirmed");
    s.put("country", country);
    s.putArray("dataCategories").add("Naam");
    s.put("duration", "not_stated");
    s.put("locationChosenByController", false);
    s.put("name", name);
    s.put("optional", false);
    s.put("purpose", "hosting");
    return s;
  }
}
