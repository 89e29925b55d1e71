package org.dpa4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.DateKind;
import org.dpa4j.model.Problem;
import org.dpa4j.model.liability.DamageKind;
import org.dpa4j.model.liability.LiableParty;
import org.dpa4j.model.parties.RegistrationScheme;
import org.dpa4j.model.transfers.TransferMechanism;
import org.dpa4j.model.value.CountryCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Documents of schema version 1 still read, upgraded to version 2 with every fact at its new home.
 * The five seeds in their version 1 form ({@code examples/agreements/v1/}) are the regression
 * fixtures.
 */
class SchemaUpgradeTest {
  private static final Path V1_SEEDS = Path.of("../examples/agreements/v1");
  private static final Path V1_GOLDEN = Path.of("src/test/resources/golden/v1");
  private static final Path UPGRADED_SEEDS =
      Path.of("../dpa-json-core/src/test/resources/org/dpa4j/json/contract/upgraded");
  private static final ObjectMapper TREES = new ObjectMapper();

  /**
   * Where each version 1 property lives in version 2: a regular expression over the version 1
   * pointer and its replacement. Written out here, apart from {@code SchemaUpgrade}, as the
   * expectation the upgrade is held to. Pointers no rule matches keep their place.
   */
  private static final String[][] MOVES = {
    {"^/metadata/date$", "/metadata/dates/0/date"},
    {"^/(processor|controller)/kvkNumber$", "/$1/registrations/0/number"},
    {"^(/scope(?:/controllerRoleProcessing)?/dataSubjectCategories/\\d+)$", "$1/name"},
    {"^(/subProcessing/subProcessors/\\d+)/processingRegion$", "$1/processingLocations/0"},
    {"^/liability/controllerIndemnities/(\\d+)(/.*)$", "/liability/indemnities/$1$2"},
    {"^/transfers/conditions/", "/transfers/mechanisms/"},
    {"^/transfers/countriesNamed/(\\d+)$", "/transfers/destinations/$1/country"}
  };

  private final DpaJson json = DpaJson.standard();

  static Stream<Arguments> seeds() {
    return GoldenFileTest.seedFiles();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void versionOneSeedUpgradesLosingNothing(String file, Supplier<DataProcessingAgreement> seed)
      throws IOException {
    byte[] v1 = Files.readAllBytes(V1_SEEDS.resolve(file));
    JsonNode before = TREES.readTree(v1);
    assertThat(before.get("schemaVersion").asText()).isEqualTo("1");

    DataProcessingAgreement upgraded = json.read(v1);

    JsonNode after = TREES.readTree(json.write(upgraded));
    Map<String, JsonNode> leaves = new TreeMap<>();
    leaves(before, "", leaves);
    leaves.remove("/schemaVersion");
    int checked = 0;
    for (Map.Entry<String, JsonNode> leaf : leaves.entrySet()) {
      String pointer = leaf.getKey();
      JsonNode value = leaf.getValue();
      if (pointer.equals("/liability/dataLossExcluded")
          || pointer.equals("/liability/indirectDamageExcluded")) {
        String kind = pointer.endsWith("dataLossExcluded") ? "data_loss" : "indirect";
        boolean listed = false;
        for (JsonNode k : after.path("liability").path("excludedDamages")) {
          listed |= k.asText().equals(kind);
        }
        assertThat(listed).as(pointer).isEqualTo(value.asBoolean());
      } else {
        assertThat(after.at(moved(pointer))).as(pointer).isEqualTo(value);
      }
      checked++;
    }
    assertThat(checked).isGreaterThan(100);
    assertThat(after.get("schemaVersion").asText()).isEqualTo("2");
    // The same through a user's own ObjectMapper with the module, and the seed's own facts are
    // a superset: version 2 only adds.
    ObjectMapper mapper = new ObjectMapper().registerModule(new DpaJacksonModule());
    assertThat(mapper.readValue(v1, DataProcessingAgreement.class)).isEqualTo(upgraded);
    // The golden file of the upgrade, which every Jackson module's contract reads too.
    assertThat(json.write(upgraded))
        .isEqualTo(Files.readString(UPGRADED_SEEDS.resolve(file), StandardCharsets.UTF_8));
    assertThat(seed.get().getMetadata().getTitle()).isEqualTo(upgraded.getMetadata().getTitle());
  }

  private static String moved(String pointer) {
    for (String[] move : MOVES) {
      String replaced = pointer.replaceAll(move[0], move[1]);
      if (!replaced.equals(pointer)) {
        return replaced;
      }
    }
    return pointer;
  }

  private static void leaves(JsonNode node, String pointer, Map<String, JsonNode> out) {
    if (node.isContainerNode() && node.size() > 0) {
      if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          leaves(node.get(i), pointer + "/" + i, out);
        }
      } else {
        for (Map.Entry<String, JsonNode> property : node.properties()) {
          String name = property.getKey().replace("~", "~0").replace("/", "~1");
          leaves(property.getValue(), pointer + "/" + name, out);
        }
      }
    } else {
      out.put(pointer, node);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versionOneGoldenFiles")
  void versionOneGoldenFileUpgradesToItsVersionTwoForm(String file) throws IOException {
    DpaJson reader = file.startsWith("lenient-") ? json.lenient() : json;
    DataProcessingAgreement upgraded = reader.read(Files.readAllBytes(V1_GOLDEN.resolve(file)));
    byte[] v2 = Files.readAllBytes(GoldenFileTest.GOLDEN.resolve(file));
    assertThat(reader.write(upgraded)).isEqualTo(new String(v2, StandardCharsets.UTF_8));
  }

  static Stream<String> versionOneGoldenFiles() throws IOException {
    try (Stream<Path> files = Files.list(V1_GOLDEN)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @Test
  void everyMovedFactArrivesAtItsNewHome() throws IOException {
    ObjectNode v1 =
        (ObjectNode) TREES.readTree(Files.readAllBytes(V1_GOLDEN.resolve("minimal.json")));
    ((ObjectNode) v1.get("metadata")).put("date", "2019-04");
    ((ObjectNode) v1.get("processor")).put("kvkNumber", "12345678");
    ((ObjectNode) v1.get("scope"))
        .set("dataSubjectCategories", TREES.createArrayNode().add("Klanten"));
    ObjectNode liability = (ObjectNode) v1.get("liability");
    liability.put("dataLossExcluded", true).put("indirectDamageExcluded", false);
    liability.set(
        "controllerIndemnities",
        TREES.createArrayNode().add(TREES.createObjectNode().put("text", "Claims of subjects.")));
    ObjectNode transfers = (ObjectNode) v1.get("transfers");
    transfers.set("conditions", TREES.createArrayNode().add("dpf"));
    transfers.set("countriesNamed", TREES.createArrayNode().add("US").add("IN"));
    ObjectNode sub = TREES.createObjectNode().put("name", "Host").put("processingRegion", "EU");
    ((ObjectNode) v1.get("subProcessing")).set("subProcessors", TREES.createArrayNode().add(sub));

    DataProcessingAgreement dpa = json.read(TREES.writeValueAsBytes(v1));

    assertThat(dpa.getMetadata().date(DateKind.DOCUMENT)).map(Object::toString).contains("2019-04");
    assertThat(dpa.getProcessor().getRegistrations())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.getScheme()).isEqualTo(RegistrationScheme.KVK);
              assertThat(r.getNumber()).isEqualTo("12345678");
            });
    assertThat(dpa.getScope().getDataSubjectCategories())
        .singleElement()
        .satisfies(c -> assertThat(c.getName()).isEqualTo("Klanten"));
    assertThat(dpa.getLiability().getExcludedDamages()).containsExactly(DamageKind.DATA_LOSS);
    assertThat(dpa.getLiability().getIndemnities())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.getIndemnitor()).isEqualTo(LiableParty.CONTROLLER);
              assertThat(i.getText()).isEqualTo("Claims of subjects.");
            });
    assertThat(dpa.getTransfers().getMechanisms()).containsExactly(TransferMechanism.DPF);
    assertThat(dpa.getTransfers().getDestinations())
        .extracting(d -> d.getCountry().getCode())
        .containsExactly("US", "IN");
    assertThat(dpa.getSubProcessing().getSubProcessors().get(0).getProcessingLocations())
        .containsExactly(CountryCode.EU);
    assertThat(TREES.readTree(json.write(dpa)).get("schemaVersion").asText()).isEqualTo("2");
  }

  @Test
  void aMistakeInAVersionOneDocumentIsReportedAtItsVersionTwoHomeWithTheOriginalLine()
      throws IOException {
    ObjectNode v1 =
        (ObjectNode) TREES.readTree(Files.readAllBytes(V1_GOLDEN.resolve("minimal.json")));
    ((ObjectNode) v1.get("processor")).put("kvkNumber", "123");
    String text = TREES.writerWithDefaultPrettyPrinter().writeValueAsString(v1);

    assertThatThrownBy(() -> json.read(text))
        .isInstanceOfSatisfying(
            DpaJsonException.class,
            e -> {
              Problem problem = e.getProblems().get(0);
              assertThat(problem.getPointer()).isEqualTo("/processor/registrations/0/number");
              assertThat(problem.getCode()).isEqualTo("model.syntax");
              // The upgraded pointer does not exist in the text: the processor's line is given.
              assertThat(problem.getLine()).hasValue(lineOf(text, "\"processor\""));
            });
  }

  @Test
  void aVersionTheReaderDoesNotKnowNamesTheOnesItDoes() {
    assertThatThrownBy(() -> json.read("{\"schemaVersion\":\"0\"}"))
        .isInstanceOfSatisfying(
            DpaJsonException.class,
            e ->
                assertThat(e.getProblems().get(0).getMessage(java.util.Locale.ENGLISH))
                    .isEqualTo("unsupported schemaVersion '0'; this reader supports 2, 1"));
  }

  private static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }
}
