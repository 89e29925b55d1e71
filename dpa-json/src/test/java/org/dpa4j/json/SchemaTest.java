package org.dpa4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dpa4j.json.internal.SchemaGenerator;
import org.dpa4j.testkit.DutchText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The schema in the jar is the generated one, and every golden file is valid under it. */
class SchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  static final Path MODEL_SOURCES = Path.of("../dpa-model/src/main/java");

  /** The schema as it was last generated and reviewed; rewritten with -Ddpa4j.docs.update=true. */
  static final Path CHECKED_IN = Path.of("src/test/resources/schema/dpa-agreement.schema.json");

  @Test
  void shippedSchemaIsTheGeneratedOneAndADraft202012Schema() throws IOException {
    String shipped = DpaJson.schema();
    assertThat(shipped).isEqualTo(SchemaGenerator.generate(MODEL_SOURCES));
    try (InputStream in = DpaJson.class.getResourceAsStream("dpa-agreement.schema.json")) {
      assertThat(in).isNotNull();
    }
    JsonNode schema = MAPPER.readTree(shipped);
    assertThat(schema.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("required"))
        .extracting(JsonNode::asText)
        .contains("schemaVersion", "metadata");
    assertThat(schema.at("/$defs/TimeLimit/pattern").asText()).isNotEmpty();
    assertThat(schema.at("/$defs/SuspectedBreaches/enum"))
        .extracting(JsonNode::asText)
        .containsExactly("included", "excluded", "not_stated");
    assertThat(schema.at("/$defs/Party/additionalProperties").asBoolean(true)).isFalse();
    // Each definition is titled by its model type's name, which type generators name types by.
    assertThat(schema.get("$defs").properties())
        .allSatisfy(e -> assertThat(e.getValue().path("title").asText()).isEqualTo(e.getKey()));
  }

  /**
   * The schema is the same whichever JDK builds it: its currency and country lists are dpa4j's own
   * (org.dpa4j.model.value.IsoCodes), not the JDK's, which differ between 17 and 25. Both CI legs
   * compare the schema they build with the checked-in one, byte for byte (as a tree first, for a
   * readable difference). Rewrite it with {@code ./mvnw -pl dpa-json -am test -Dtest=SchemaTest
   * -Dsurefire.failIfNoSpecifiedTests=false -Ddpa4j.docs.update=true} and review the change.
   */
  @Test
  void schemaIsTheCheckedInOneWhicheverJdkBuildsIt() throws IOException {
    String shipped = DpaJson.schema();
    if (Boolean.getBoolean("dpa4j.docs.update")) {
      Files.createDirectories(CHECKED_IN.getParent());
      Files.writeString(CHECKED_IN, shipped, StandardCharsets.UTF_8);
    }
    String checkedIn = Files.readString(CHECKED_IN, StandardCharsets.UTF_8);
    assertThat(MAPPER.readTree(shipped)).isEqualTo(MAPPER.readTree(checkedIn));
    assertThat(shipped).isEqualTo(checkedIn);
    // The lists are dpa4j's: the guilder, which every JDK still lists, is not a currency here.
    assertThat(MAPPER.readTree(shipped).at("/$defs/Money/pattern").asText())
        .contains("|EUR|")
        .doesNotContain("NLG");
  }

  static Stream<Path> goldenFiles() throws IOException {
    // The seeds, the corpus and the golden files of the current version (not those in v1/).
    try (Stream<Path> seeds = Files.walk(GoldenFileTest.AGREEMENTS);
        Stream<Path> golden = Files.list(GoldenFileTest.GOLDEN)) {
      return Stream.concat(seeds.toList().stream(), golden.toList().stream())
          .filter(p -> p.getFileName().toString().endsWith(".json"))
          .filter(p -> !p.getParent().getFileName().toString().equals("v1"))
          .filter(p -> !p.getFileName().toString().startsWith("lenient-"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void goldenFileIsValidUnderTheSchema(Path file) throws IOException {
    assertThat(InvalidDocumentTest.SCHEMA.validate(MAPPER.readTree(file.toFile()))).isEmpty();
  }

  @Test
  void lenientFileIsRejectedByTheStrictSchemaLikeByTheStrictReader() throws IOException {
    Path lenient = GoldenFileTest.GOLDEN.resolve("lenient-extensions.json");
    assertThat(InvalidDocumentTest.SCHEMA.validate(MAPPER.readTree(lenient.toFile()))).isNotEmpty();
    assertThat(InvalidDocumentTest.problems(Files.readAllBytes(lenient)))
        .extracting(org.dpa4j.model.Problem::getCode)
        .containsOnly("json.unknown_property")
        .hasSize(4);
  }

  @Test
  void schemaIsValidAgainstTheDraft202012MetaSchema() throws IOException {
    JsonSchema meta =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertThat(meta.validate(MAPPER.readTree(DpaJson.schema()))).isEmpty();
    // The meta-schema check can fail: a keyword of the wrong type is reported.
    assertThat(meta.validate(MAPPER.readTree("{\"type\":\"object\",\"required\":\"title\"}")))
        .isNotEmpty();
  }

  @Test
  void idIsStableAndNamesTheSchemaVersion() throws IOException {
    assertThat(MAPPER.readTree(DpaJson.schema()).get("$id").asText())
        .isEqualTo("https://dpa4j.org/schemas/v2/dpa-agreement.schema.json");
  }

  @Test
  void everyPropertyIsDescribedInEnglishAndEveryEnumValueInEnglishAndDutch() throws IOException {
    JsonNode schema = MAPPER.readTree(DpaJson.schema());
    List<String> undescribed = new ArrayList<>();
    int properties = 0;
    for (JsonNode type : iterable(schema.get("$defs"))) {
      for (Map.Entry<String, JsonNode> property : type.path("properties").properties()) {
        properties++;
        if (property.getValue().path("description").asText().isBlank()) {
          undescribed.add(property.getKey());
        }
      }
      for (JsonNode code : iterable(type.path("enum"))) {
        assertThat(type.at("/x-enum-descriptions/" + code.asText()).asText()).isNotBlank();
        assertThat(type.at("/x-enum-descriptions-nl/" + code.asText()).asText()).isNotBlank();
      }
    }
    assertThat(properties).isGreaterThan(400);
    assertThat(undescribed).isEmpty();
    // The first sentence of the accessor's Javadoc, without Javadoc markup.
    assertThat(schema.at("/$defs/Coverage/properties/document/description").asText())
        .isEqualTo(
            "The document the agreement refers to for the subject's terms; present exactly when"
                + " the kind is BY_REFERENCE.");
    assertThat(schema.at("/$defs/CoverageKind/x-enum-descriptions-nl/by_reference").asText())
        .isNotEqualTo(schema.at("/$defs/CoverageKind/x-enum-descriptions/by_reference").asText());
    assertThat(DpaJson.schema()).doesNotContain("{@").doesNotContain("<p>");
  }

  /**
   * Every property, type and enum value has a Dutch description of its own: present, free of
   * English words (the detector the rule catalogue's messages are held to) and not the English
   * text. An enum value's is a sentence from its constant's {@code <p class="nl">} paragraph, like
   * the English, not the short Dutch label the generator falls back to.
   */
  @Test
  void everyPropertyTypeAndEnumValueIsDescribedInDutch() throws IOException {
    JsonNode schema = MAPPER.readTree(DpaJson.schema());
    assertThat(dutchProblems(schema)).isEmpty();
    assertThat(schema.get("$defs").properties())
        .allSatisfy(
            type -> assertThat(type.getValue().has("description")).as(type.getKey()).isTrue());
    // The check can fail: each kind of fault in a small schema is reported.
    JsonNode faulty =
        MAPPER.readTree(
            "{\"$defs\":{\"T\":{\"description\":\"A type.\",\"properties\":{"
                + "\"a\":{\"description\":\"An a.\"},"
                + "\"b\":{\"description\":\"A b.\",\"x-description-nl\":\"De b van de processor.\"},"
                + "\"c\":{\"description\":\"Same.\",\"x-description-nl\":\"Same.\"}},"
                + "\"x-enum-descriptions\":{\"x\":\"An x.\",\"y\":\"A y.\",\"z\":\"A z.\"},"
                + "\"x-enum-descriptions-nl\":{\"y\":\"niet geregeld\",\"z\":\"Een z.\"}}}}");
    assertThat(dutchProblems(faulty))
        .containsExactlyInAnyOrder(
            "/$defs/T: no Dutch",
            "/$defs/T/properties/a: no Dutch",
            "/$defs/T/properties/b: English word processor",
            "/$defs/T/properties/c: Dutch equals English",
            "/$defs/T/x-enum-descriptions/x: no Dutch",
            "/$defs/T/x-enum-descriptions/y: Dutch is a label, not a sentence");
  }

  /** What is wrong with the Dutch descriptions in a schema, one line per fault. */
  private static List<String> dutchProblems(JsonNode schema) {
    List<String> problems = new ArrayList<>();
    texts(schema, "", (pointer, english, dutch) -> dutchProblem(pointer, english, dutch, problems));
    return problems;
  }

  private static void dutchProblem(
      String pointer, String english, String dutch, List<String> problems) {
    if (dutch.isBlank()) {
      problems.add(pointer + ": no Dutch");
    } else if (dutch.equals(english)) {
      problems.add(pointer + ": Dutch equals English");
    } else {
      DutchText.englishWord(dutch)
          .ifPresent(word -> problems.add(pointer + ": English word " + word));
      if (pointer.contains(ENUM_VALUE) && !SENTENCE.matcher(dutch).matches()) {
        problems.add(pointer + ": Dutch is a label, not a sentence");
      }
    }
  }

  private static final String ENUM_VALUE = "/x-enum-descriptions/";

  /**
   * A sentence: a capital letter first, after an opening quote if the sentence starts with the
   * words it describes ("Onmiddellijk" of "direct"), and a full stop last. A label ("niet
   * geregeld") is neither.
   */
  private static final java.util.regex.Pattern SENTENCE =
      java.util.regex.Pattern.compile("\"?\\p{Lu}.*\\.", java.util.regex.Pattern.DOTALL);

  /**
   * Citations of the law in one style per language: every article cited names its regulation
   * (GDPR/AVG, 2021/915, a directive) before the citation ends (at a semicolon, the end of its
   * parentheses or of the sentence), and Dutch writes "art. 28 lid 3 onder e AVG", never the
   * English "art. 28(3)(e)".
   */
  @Test
  void citationsNameTheirRegulationAndDutchUsesDutchStyle() throws IOException {
    assertThat(citationProblems(MAPPER.readTree(DpaJson.schema()))).isEmpty();
    // The check can fail: each kind of fault in a small schema is reported.
    JsonNode faulty =
        MAPPER.readTree(
            "{\"a\":{\"description\":\"Helps (art. 28(3)(e)).\","
                + "\"x-description-nl\":\"Helpt (art. 28(3)(e) AVG).\"},"
                + "\"b\":{\"description\":\"Helps (art. 28(3)(e) GDPR; clause 8 of 2021/915).\","
                + "\"x-description-nl\":\"Helpt (art. 28 lid 3 onder e AVG).\"}}");
    assertThat(citationProblems(faulty))
        .containsExactly(
            "/a: art. 28(3)(e) names no regulation", "/a nl: English style art. 28(3)(e) AVG");
  }

  private static final java.util.regex.Pattern CITATION =
      java.util.regex.Pattern.compile("\\b(?:[Aa]rts?\\.|[Aa]rticles?|[Aa]rtikel(?:en)?) \\d");
  private static final java.util.regex.Pattern REGULATION =
      java.util.regex.Pattern.compile("GDPR|AVG|\\b\\d{4}/\\d+\\b|Directive|Richtlijn");
  private static final java.util.regex.Pattern ENGLISH_STYLE =
      java.util.regex.Pattern.compile("\\d\\(");

  private static List<String> citationProblems(JsonNode schema) {
    List<String> problems = new ArrayList<>();
    texts(
        schema,
        "",
        (pointer, english, dutch) -> {
          for (String citation : citations(english)) {
            if (!REGULATION.matcher(citation).find()) {
              problems.add(pointer + ": " + citation + " names no regulation");
            }
          }
          for (String citation : citations(dutch)) {
            if (!REGULATION.matcher(citation).find()) {
              problems.add(pointer + " nl: " + citation + " names no regulation");
            }
            if (ENGLISH_STYLE.matcher(citation).find()) {
              problems.add(pointer + " nl: English style " + citation);
            }
          }
        });
    return problems;
  }

  /**
   * Each citation in a text: from "art." to a semicolon, its closing parenthesis or a full stop.
   */
  private static List<String> citations(String text) {
    List<String> citations = new ArrayList<>();
    java.util.regex.Matcher start = CITATION.matcher(text);
    while (start.find()) {
      int depth = 0;
      int i = start.start() + 4;
      for (; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '(') {
          depth++;
        } else if (c == ')' && --depth < 0) {
          break;
        } else if (c == ';' && depth == 0) {
          break;
        } else if (c == '.'
            && depth == 0
            && (i + 1 == text.length() || text.charAt(i + 1) == ' ')
            && !text.substring(0, i).endsWith("art")) {
          break;
        }
      }
      citations.add(text.substring(start.start(), i));
    }
    return citations;
  }

  /**
   * Calls back with every English text and its Dutch, by their pointer: descriptions and enum value
   * descriptions, not defaults.
   */
  private static void texts(JsonNode node, String pointer, DescribedText callback) {
    if (node.isObject()) {
      if (node.path("description").isTextual()) {
        callback.accept(
            pointer, node.get("description").asText(), node.path(SchemaGenerator.DUTCH).asText(""));
      }
      for (Map.Entry<String, JsonNode> english : node.path("x-enum-descriptions").properties()) {
        callback.accept(
            pointer + ENUM_VALUE + english.getKey(),
            english.getValue().asText(),
            node.path("x-enum-descriptions-nl").path(english.getKey()).asText(""));
      }
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        if (!member.getKey().startsWith("x-enum-descriptions")
            && !member.getKey().equals("default")) {
          texts(member.getValue(), pointer + "/" + member.getKey(), callback);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        texts(node.get(i), pointer + "/" + i, callback);
      }
    }
  }

  /** An English text and its Dutch at a pointer. */
  @FunctionalInterface
  private interface DescribedText {
    void accept(String pointer, String english, String dutch);
  }

  /**
   * The Javadoc of date(kind), a method that is no accessor, described the language: its comment
   * was joined to the next one, getLanguage's. Party's kind, a registration's scheme and three more
   * read the comment before theirs the same way.
   */
  @Test
  void accessorAfterAnUndocumentedMethodGetsItsOwnComment() throws IOException {
    JsonNode schema = MAPPER.readTree(DpaJson.schema());
    assertThat(schema.at("/$defs/AgreementMetadata/properties/language/description").asText())
        .startsWith("The language the text of the agreement is written in");
    assertThat(schema.at("/$defs/Party/properties/kind/description").asText())
        .startsWith("Whether the text says the party is an organisation");
    assertThat(schema.at("/$defs/Registration/properties/scheme/description").asText())
        .startsWith("The public register the organisation is registered in");
  }

  @Test
  void dutchDescriptionComesFromTheJavadocsDutchParagraph() throws IOException {
    JsonNode schema = MAPPER.readTree(DpaJson.schema());
    assertThat(schema.at("/properties/breachNotification/x-description-nl").asText())
        .startsWith("De afspraken over het melden van inbreuken");
    assertThat(schema.at("/properties/breachNotification/description").asText())
        .startsWith(
            "The terms on the processor notifying the controller of personal data breaches");
  }

  @Test
  void defaultsAreTheModelsAndValueTypesHaveExamplesThatTheirPatternAccepts() throws IOException {
    JsonNode schema = MAPPER.readTree(DpaJson.schema());
    assertThat(schema.at("/$defs/Party/properties/placeholder/default").asBoolean(true)).isFalse();
    assertThat(schema.at("/$defs/BreachNotification/properties/suspectedBreaches/default").asText())
        .isEqualTo("not_stated");
    assertThat(schema.at("/properties/audit/default/coverage/kind").asText())
        .isEqualTo("not_stated");
    assertThat(schema.at("/$defs/Blank/properties/kind/default").isTextual()).isTrue();
    List<String> textTypes = new ArrayList<>();
    schema.get("$defs").properties().stream()
        .filter(e -> e.getValue().has("pattern"))
        .forEach(e -> textTypes.add(e.getKey()));
    assertThat(textTypes)
        .contains("TimeLimit", "Money", "PartialDate", "VatNumber", "Jurisdiction", "ClauseRef");
    for (String type : textTypes) {
      JsonNode def = schema.at("/$defs/" + type);
      assertThat(def.get("examples")).as(type).isNotEmpty();
      java.util.regex.Pattern pattern =
          java.util.regex.Pattern.compile(def.get("pattern").asText());
      for (JsonNode example : def.get("examples")) {
        assertThat(pattern.matcher(example.asText()).find()).as(type + " " + example).isTrue();
      }
    }
  }

  /**
   * ../shared/cases/schema/accepted-by-schema-rejected-by-reader.json: a {@code by_reference}
   * coverage without its document was accepted by the schema and rejected by the reader. Now both
   * reject it, at the same place: the invariant is in the schema as if/then.
   */
  @Test
  void byReferenceCoverageWithoutDocumentIsRejectedByTheSchemaAndTheReader() throws IOException {
    Path file =
        Path.of("src/test/resources/cases/schema/accepted-by-schema-rejected-by-reader.json");
    assertThat(InvalidDocumentTest.problems(Files.readAllBytes(file)))
        .extracting(org.dpa4j.model.Problem::getCode, org.dpa4j.model.Problem::getPointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "model.inconsistent", "/security/coverage/document"));
    // The same document in version 2, the version the schema describes.
    ObjectNode v2 = (ObjectNode) MAPPER.readTree(file.toFile());
    v2.put("schemaVersion", "2");
    assertThat(InvalidDocumentTest.problems(MAPPER.writeValueAsBytes(v2)))
        .extracting(org.dpa4j.model.Problem::getPointer)
        .containsExactly("/security/coverage/document");
    assertThat(InvalidDocumentTest.SCHEMA.validate(v2))
        .extracting(m -> m.getInstanceLocation().toString())
        .containsExactly("$.security.coverage");
    // With its document, both accept it.
    ((ObjectNode) v2.at("/security/coverage")).putObject("document").put("kind", "main_agreement");
    assertThat(InvalidDocumentTest.SCHEMA.validate(v2)).isEmpty();
    assertThat(
            DpaJson.standard()
                .read(MAPPER.writeValueAsBytes(v2))
                .getSecurity()
                .getCoverage()
                .getDocument())
        .isPresent();
  }

  /** The values that issue 12 found accepted by the schema and rejected by the reader. */
  @ParameterizedTest(name = "{0} gets {1}")
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "/metadata | {\"dates\":[{\"kind\":\"document\",\"date\":\"2023-02-30\"}]}",
        "/breachNotification/deadline | {\"limit\":\"P9999999D\"}",
        "/liability/caps/0 | {\"kind\":\"fixed_amount\",\"amount\":\"ABC 100\"}",
        "/audit | {\"maxPerYear\":0}",
        "/metadata | {\"language\":\"english\"}",
        "/processor | {\"role\":\"controller\"}",
        "/breachNotification | {\"deadline\":{}}"
      })
  void valueTheReaderRejectsIsRejectedByTheSchema(String pointer, String members)
      throws IOException {
    ObjectNode document =
        (ObjectNode) MAPPER.readTree(Path.of("src/test/resources/valid/v2/base.json").toFile());
    JsonNode parent = document.at(pointer);
    assertThat(parent.isObject()).as(pointer + " in base.json").isTrue();
    ((ObjectNode) parent).setAll((ObjectNode) MAPPER.readTree(members));
    assertThat(InvalidDocumentTest.SCHEMA.validate(document)).isNotEmpty();
    assertThat(InvalidDocumentTest.problems(MAPPER.writeValueAsBytes(document))).isNotEmpty();
    // Without the change, both accept the document: the change alone is what they reject.
    ObjectNode base =
        (ObjectNode) MAPPER.readTree(Path.of("src/test/resources/valid/v2/base.json").toFile());
    assertThat(InvalidDocumentTest.SCHEMA.validate(base)).isEmpty();
  }

  @Test
  void readmeAndCommentListEveryClassTheSchemaCannotSay() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    String comment = MAPPER.readTree(DpaJson.schema()).get("$comment").asText();
    for (org.dpa4j.json.internal.SchemaGap gap : org.dpa4j.json.internal.SchemaGap.values()) {
      String name = gap.name().toLowerCase(java.util.Locale.ROOT);
      assertThat(readme).contains("| `" + name + "` |");
      assertThat(comment).contains(name + ": " + gap.getDescription()).contains(gap.getExample());
    }
  }

  private static Iterable<JsonNode> iterable(JsonNode node) {
    List<JsonNode> values = new ArrayList<>();
    node.forEach(values::add);
    return values;
  }
}
