package org.dpa4j.json.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dpa4j.model.Blank;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.ExtensionValue;
import org.dpa4j.model.Problem;
import org.dpa4j.model.value.Deadline;
import org.dpa4j.model.value.DeadlineQualifier;
import org.dpa4j.model.value.TimeLimit;
import org.dpa4j.testkit.SeedAgreements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every dpa4j Jackson module does in a user's own mapper, whichever Jackson runs it: the same
 * JSON form as {@code DpaJson}, the same strictness, the same problems. dpa-json's {@code
 * JacksonModuleTest} (Jackson 2) and dpa-json-jackson3's {@code Jackson3ModuleTest} run these
 * cases, each with a mapper that has its module and nothing else set.
 */
public abstract class JacksonModuleContract {
  /** The seeds in canonical form, as committed (the golden files of the format). */
  private static final Path AGREEMENTS = Path.of("../examples/agreements");

  /** The seeds in the form of schema version 1: the regression fixtures of the upgrade. */
  private static final Path V1_AGREEMENTS = AGREEMENTS.resolve("v1");

  /** For the modules' tests. */
  protected JacksonModuleContract() {}

  /**
   * Writes a value with the module's mapper.
   *
   * @param value the value
   * @return the JSON text
   * @throws Exception what the mapper throws
   */
  protected abstract String write(Object value) throws Exception;

  /**
   * Reads a value with the module's mapper.
   *
   * @param json the JSON text
   * @param type the type to read
   * @param <T> the type
   * @return the value
   * @throws Exception what the mapper throws
   */
  protected abstract <T> T read(String json, Class<T> type) throws Exception;

  /**
   * Reads a value with a mapper that has the module's lenient form ({@code lenient()}).
   *
   * @param json the JSON text
   * @param type the type to read
   * @param <T> the type
   * @return the value
   * @throws Exception what the mapper throws
   */
  protected abstract <T> T readLenient(String json, Class<T> type) throws Exception;

  /**
   * Reads a value from UTF-8 bytes with the module's mapper.
   *
   * @param json the JSON bytes
   * @param type the type to read
   * @param <T> the type
   * @return the value
   * @throws Exception what the mapper throws
   */
  protected abstract <T> T readBytes(byte[] json, Class<T> type) throws Exception;

  /**
   * Reads a value with a mapper of the user's own settings: the module, and the parser's {@code
   * STRICT_DUPLICATE_DETECTION} on.
   *
   * @param json the JSON text
   * @param type the type to read
   * @param <T> the type
   * @return the value
   * @throws Exception what the mapper throws
   */
  protected abstract <T> T readDetectingDuplicates(String json, Class<T> type) throws Exception;

  /**
   * Parses JSON into the mapper's own tree, to compare documents as trees.
   *
   * @param json the JSON text
   * @return the tree; equal trees are equal JSON
   * @throws Exception what the mapper throws
   */
  protected abstract Object tree(String json) throws Exception;

  /**
   * Returns the problems of what the module threw, after checking it is the module's Jackson
   * exception type.
   *
   * @param thrown what was thrown
   * @return its problems
   */
  protected abstract List<Problem> problems(Throwable thrown);

  /**
   * Returns the property names of the Jackson path of what the module threw.
   *
   * @param thrown the module's exception
   * @return the names, outermost first
   */
  protected abstract List<String> jacksonPath(Throwable thrown);

  private List<Problem> problemsReading(String json, Class<?> type) {
    return problems(catchThrowable(() -> read(json, type)));
  }

  private List<Problem> problemsReadingLeniently(String json, Class<?> type) {
    return problems(catchThrowable(() -> readLenient(json, type)));
  }

  private static String v1Seed(String name) throws java.io.IOException {
    return new String(
        Files.readAllBytes(V1_AGREEMENTS.resolve(name + ".json")), StandardCharsets.UTF_8);
  }

  static Stream<String> seeds() {
    return SeedAgreements.names().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void writesEachSeedAsItsCanonicalFileAndReadsItBack(String name) throws Exception {
    DataProcessingAgreement seed = SeedAgreements.all().get(name).get();
    String canonical =
        new String(Files.readAllBytes(AGREEMENTS.resolve(name + ".json")), StandardCharsets.UTF_8);
    assertThat(tree(write(seed))).isEqualTo(tree(canonical));
    assertThat(read(canonical, DataProcessingAgreement.class)).isEqualTo(seed);
  }

  @Test
  void writesAndReadsValueTypesAndParts() throws Exception {
    DataProcessingAgreement callvoip = SeedAgreements.callvoip();
    assertThat(write(TimeLimit.ofWeeks(12))).isEqualTo("\"P12W\"");
    assertThat(read("\"without_undue_delay\"", DeadlineQualifier.class))
        .isEqualTo(DeadlineQualifier.WITHOUT_UNDUE_DELAY);
    assertThat(write(callvoip.getBreachNotification().getDeadline().get()))
        .isEqualTo(
            "{\"limit\":\"PT72H\",\"qualifier\":\"without_undue_delay\",\"trigger\":\"discovery\"}");
  }

  @Test
  void rejectsABadDocumentWithAJacksonExceptionCarryingEveryProblem() {
    assertThat(
            problemsReading(
                "{\"schemaVersion\":\"2\",\"colour\":7}", DataProcessingAgreement.class))
        .extracting(Problem::getPointer)
        .contains("/colour", "/metadata", "/processor", "/controller");
    assertThat(problemsReading("\"P48\"", TimeLimit.class))
        .extracting(Problem::getCode)
        .containsExactly("json.invalid_value");
  }

  @Test
  void coercesNoScalarIntoAnother() {
    // 7 is not "7": neither for a value type nor for a string property of a model object.
    assertThat(problemsReading("7", TimeLimit.class))
        .extracting(Problem::getCode)
        .containsExactly("json.wrong_type");
    assertThat(problemsReading("{\"limit\":48,\"trigger\":\"discovery\"}", Deadline.class))
        .extracting(Problem::getCode, Problem::getPointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("json.wrong_type", "/limit"));
    assertThat(
            problemsReading(
                "{\"schemaVersion\":2,\"metadata\":{\"title\":\"t\"}}",
                DataProcessingAgreement.class))
        .extracting(Problem::getCode, Problem::getPointer)
        .contains(org.assertj.core.groups.Tuple.tuple("json.wrong_type", "/schemaVersion"));
  }

  @Test
  void rejectsNullInsideAModelObject() {
    assertThat(problemsReading("{\"limit\":null,\"trigger\":\"discovery\"}", Deadline.class))
        .extracting(Problem::getCode, Problem::getPointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("json.null_value", "/limit"));
  }

  @Test
  void findsADuplicateKeyThatTheMapperAccepts() {
    // A plain mapper accepts duplicate keys; the binder must not let the second one win.
    assertThat(
            problemsReading(
                "{\"limit\":\"PT72H\",\"limit\":\"PT24H\",\"trigger\":\"discovery\"}",
                Deadline.class))
        .extracting(Problem::getCode, Problem::getPointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("json.duplicate_key", "/limit"));
  }

  @Test
  void reportsAtMostTheProblemLimitAndSaysSo() {
    StringBuilder json = new StringBuilder("{\"schemaVersion\":\"2\"");
    for (int i = 0; i < 150; i++) {
      json.append(",\"x").append(i).append("\":").append(i);
    }
    List<Problem> problems =
        problemsReading(json.append('}').toString(), DataProcessingAgreement.class);
    assertThat(problems).hasSize(101);
    assertThat(problems.get(100).getCode()).isEqualTo("json.too_many_problems");
  }

  /** A user's own type holding a model value. */
  public static final class Holder {
    /** The deadline, bound by the module. */
    public Deadline deadline;

    /** For the mapper. */
    public Holder() {}
  }

  @Test
  void aProblemInsideAUsersOwnTypeHasJacksonsPath() {
    Throwable thrown =
        catchThrowable(() -> read("{\"deadline\":{\"limit\":\"PT7\"}}", Holder.class));
    assertThat(jacksonPath(thrown)).containsExactly("deadline");
    assertThat(problems(thrown)).extracting(Problem::getPointer).contains("/limit");
  }

  @Test
  void readsAModelValueInsideTheUsersOwnDocument() throws Exception {
    // The binder consumes exactly the value it binds, so the caller's parser goes on after it.
    Deadline[] deadlines =
        read(
            "[{\"limit\":\"PT72H\",\"trigger\":\"discovery\"},"
                + "{\"limit\":\"PT24H\",\"trigger\":\"discovery\"}]",
            Deadline[].class);
    assertThat(deadlines)
        .extracting(d -> d.getLimit().get().toString())
        .containsExactly("PT72H", "PT24H");
  }

  @Test
  void refusesToWriteAnAgreementWhoseBlankNamesNoTerm() {
    DataProcessingAgreement wrong =
        SeedAgreements.callvoip()
            .withBlanks(Blank.builder().pointer("/noSuchTerm").placeholder("[X]").build());
    assertThat(problems(catchThrowable(() -> write(wrong))))
        .extracting(Problem::getPointer)
        .containsExactly("/blanks/0/pointer");
  }

  @Test
  void writesExtensionNumbersAsWrittenAndSortedAmongTheProperties() throws Exception {
    DataProcessingAgreement extended =
        SeedAgreements.callvoip()
            .withExtensions(
                java.util.Map.of(
                    "zz", ExtensionValue.ofJson("[-0.0,-0,1e2,1E+2,1.50]"),
                    "aa", ExtensionValue.ofJson("{\"y\":true,\"z\":null}")));
    String json = write(extended);
    assertThat(json).contains("\"zz\":[-0.0,-0,1e2,1E+2,1.50]");
    assertThat(json.indexOf("\"aa\"")).isLessThan(json.indexOf("\"amendment\""));
    assertThat(json.indexOf("\"zz\"")).isGreaterThan(json.indexOf("\"transfers\""));
  }

  @Test
  void refusesToWriteAnExtensionThatIsNotOneJsonValue() {
    DataProcessingAgreement broken =
        SeedAgreements.callvoip()
            .withExtensions(java.util.Map.of("x", ExtensionValue.ofJson("1 2")));
    assertThat(problems(catchThrowable(() -> write(broken))))
        .extracting(Problem::getCode, Problem::getPointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("json.invalid_value", "/x"));
  }

  /**
   * Returns a seed's version 1 form upgraded, as committed: the golden file of the upgrade, which
   * dpa-json's {@code SchemaUpgradeTest} holds {@code DpaJson} to as well.
   */
  private static String upgradedSeed(String name) throws java.io.IOException {
    try (java.io.InputStream in =
        JacksonModuleContract.class.getResourceAsStream("upgraded/" + name + ".json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void readsEachSeedInItsVersion1FormAsItsVersion2Golden(String name) throws Exception {
    String v1 = v1Seed(name);
    assertThat(v1).contains("\"schemaVersion\": \"1\"");
    String golden = upgradedSeed(name);
    assertThat(golden).startsWith("{\n  \"schemaVersion\": \"2\",");
    DataProcessingAgreement expected = read(golden, DataProcessingAgreement.class);
    DataProcessingAgreement upgraded = read(v1, DataProcessingAgreement.class);
    assertThat(upgraded).isEqualTo(expected);
    assertThat(tree(write(upgraded))).isEqualTo(tree(golden));
    assertThat(readLenient(v1, DataProcessingAgreement.class)).isEqualTo(expected);
  }

  @Test
  void upgradesAVersion1DocumentWhoseVersionComesLast() throws Exception {
    // Properties before the version have gone through the binder already: they are kept for the
    // upgrade, not lost.
    String v1 = v1Seed("hallo").replace("\"schemaVersion\": \"1\",", "");
    String versionLast = v1.substring(0, v1.lastIndexOf('}')) + ",\"schemaVersion\": \"1\"}";
    assertThat(read(versionLast, DataProcessingAgreement.class))
        .isEqualTo(read(upgradedSeed("hallo"), DataProcessingAgreement.class));
  }

  @Test
  void problemsOfAVersion1DocumentPointAtTheVersion2Form() {
    assertThat(
            problemsReading(
                "[{\"schemaVersion\":\"1\",\"colour\":7,"
                    + "\"processor\":{\"kvkNumber\":\"1\",\"name\":\"P\"}}]",
                DataProcessingAgreement[].class))
        .extracting(Problem::getPointer)
        .contains("/colour", "/metadata", "/processor/registrations/0/number", "/controller");
  }

  @Test
  void problemsOfAVersion1DocumentArePlacedInTheDocumentAsWritten() {
    // A version 2 pointer that the version 1 text does not have is placed at its nearest ancestor
    // there, as DpaJson places it.
    String v1 =
        "{\"schemaVersion\": \"1\",\n \"colour\": 7,\n"
            + " \"processor\": {\"kvkNumber\": \"1\", \"name\": \"P\"}}";
    assertThat(problemsReading(v1, DataProcessingAgreement.class))
        .extracting(JacksonModuleContract::located)
        .contains(
            problem("json.unknown_property", "/colour", v1, "7"),
            problem("model.syntax", "/processor/registrations/0/number", v1, "{\"kvk"),
            problem("json.missing_property", "/metadata", v1, "{"));
  }

  @Test
  void aDuplicateKeyOfAVersion1DocumentIsAProblem() {
    assertThat(
            problemsReading(
                "{\"schemaVersion\":\"1\",\"metadata\":{\"date\":\"2020\",\"date\":\"2021\"}}",
                DataProcessingAgreement.class))
        .extracting(Problem::getCode, Problem::getPointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("json.duplicate_key", "/metadata/date"));
  }

  /** A deadline with one unknown property, {@code x-e}, whose value is given as JSON text. */
  private static String deadlineWith(String extension) {
    return "{\"limit\":\"PT72H\",\"trigger\":\"discovery\",\n\"x-e\":" + extension + "}";
  }

  @Test
  void lenientKeepsUnknownPropertiesAsExtensionsAndWritesThemBack() throws Exception {
    String extension = "{\"numbers\":[-0.0,-0,1e2,1E+2,1.50],\"s\":\"\\u001f\\\"\",\"n\":null}";
    String document = deadlineWith(extension.replace(",", ", "));
    assertThat(problemsReading(document, Deadline.class))
        .extracting(Problem::getCode, Problem::getPointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("json.unknown_property", "/x-e"));
    Deadline deadline = readLenient(document, Deadline.class);
    assertThat(deadline.getExtensions())
        .containsExactly(java.util.Map.entry("x-e", ExtensionValue.ofJson(extension)));
    assertThat(write(deadline)).contains("\"numbers\":[-0.0,-0,1e2,1E+2,1.50]");
    assertThat(tree(write(deadline)))
        .isEqualTo(
            tree(
                "{\"limit\":\"PT72H\",\"qualifier\":\"none\",\"trigger\":\"discovery\",\"x-e\":"
                    + extension
                    + "}"));
    assertThat(readLenient(write(deadline), Deadline.class)).isEqualTo(deadline);
    // In an agreement of either version, at the root and further down.
    String v1 =
        v1Seed("callvoip")
            .replace("\"schemaVersion\": \"1\",", "\"schemaVersion\": \"1\", \"x-root\": [1.0],")
            .replace("\"qualifier\": ", "\"x-deep\": {\"a\": 1e2}, \"qualifier\": ");
    DataProcessingAgreement agreement = readLenient(v1, DataProcessingAgreement.class);
    assertThat(agreement.getExtensions())
        .containsExactly(java.util.Map.entry("x-root", ExtensionValue.ofJson("[1.0]")));
    assertThat(agreement.getBreachNotification().getDeadline().get().getExtensions())
        .containsExactly(java.util.Map.entry("x-deep", ExtensionValue.ofJson("{\"a\":1e2}")));
    assertThat(readLenient(write(agreement), DataProcessingAgreement.class)).isEqualTo(agreement);
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> duplicatesInExtensions() {
    return Stream.of(
        org.junit.jupiter.params.provider.Arguments.of(
            "depth 1", "{\"a\":1,\n\"a\":2}", "/x-e/a", 3, 1),
        org.junit.jupiter.params.provider.Arguments.of(
            "depth 3", "{\"b\":{\"c\":{\"d\":1,\n  \"d\":{}}}}", "/x-e/b/c/d", 3, 3),
        org.junit.jupiter.params.provider.Arguments.of(
            "in an array", "[0,{\"k\":[],\n \"k\":[]}]", "/x-e/1/k", 3, 2));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("duplicatesInExtensions")
  void aDuplicateKeyAtAnyDepthOfAnExtensionValueIsRefused(
      String where, String extension, String pointer, int line, int column) {
    List<Problem> problems = problemsReadingLeniently(deadlineWith(extension), Deadline.class);
    assertThat(problems)
        .extracting(Problem::getCode, Problem::getPointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("json.duplicate_key", pointer));
    assertThat(problems.get(0).getLine()).hasValue((long) line);
    assertThat(problems.get(0).getColumn()).hasValue((long) column);
    // The value is read to its end, so the binder goes on with the next property.
    String twoExtensions =
        deadlineWith(extension).replaceFirst("}$", ",\"x-f\":{\"z\":1,\"z\":2}}");
    assertThat(problemsReadingLeniently(twoExtensions, Deadline.class))
        .extracting(Problem::getPointer)
        .containsExactly(pointer, "/x-f/z");
  }

  /** The line and column (from 1) of the first occurrence of a text in a document. */
  private static long[] at(String document, String text) {
    int offset = document.indexOf(text);
    assertThat(offset).as(text).isNotNegative();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (document.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new long[] {line, offset - lineStart + 1};
  }

  private static org.assertj.core.groups.Tuple problem(
      String code, String pointer, String document, String text) {
    long[] at = at(document, text);
    return org.assertj.core.groups.Tuple.tuple(code, pointer, at[0], at[1]);
  }

  private static org.assertj.core.groups.Tuple located(Problem problem) {
    return org.assertj.core.groups.Tuple.tuple(
        problem.getCode(),
        problem.getPointer(),
        problem.getLine().orElse(-1),
        problem.getColumn().orElse(-1));
  }

  @Test
  void everyProblemOfAValueHasTheLineAndColumnWhereDpaJsonPlacesIt() {
    // At the value for a wrong one, at the repeated name for a duplicate, at the object's start
    // for what is missing from it: where DpaJson places each (its own test compares the two).
    String deadline =
        "[{\"limit\": \"PT72H\",\n  \"trigger\": 7,\n  \"x-e\": {\"a\": 1},\n"
            + "  \"qualifier\": null,\n \"limit\": \"PT1H\"},\n {\"limit\": \"PT7\"}]";
    assertThat(problemsReading(deadline, Deadline[].class))
        .extracting(JacksonModuleContract::located)
        .containsExactly(
            problem("json.wrong_type", "/trigger", deadline, "7,"),
            problem("json.unknown_property", "/x-e", deadline, "{\"a\""),
            problem("json.null_value", "/qualifier", deadline, "null"),
            problem("json.duplicate_key", "/limit", deadline, "\"limit\": \"PT1H"));
    String second = "{\"limit\": \"PT7\",\n \"trigger\": \"discovery\"}";
    assertThat(problemsReading("[" + second + "]", Deadline[].class))
        .extracting(JacksonModuleContract::located)
        .containsExactly(problem("json.invalid_value", "/limit", "[" + second, "\"PT7\""));
    String agreement = "\n {\"schemaVersion\": \"3\"}";
    assertThat(problemsReading(agreement, DataProcessingAgreement.class))
        .extracting(JacksonModuleContract::located)
        .contains(
            problem("json.schema_version", "/schemaVersion", agreement, "\"3\""),
            problem("json.missing_property", "/metadata", agreement, "{"));
    String leaf = "\n  \"P48\"";
    assertThat(problemsReading(leaf, TimeLimit.class))
        .extracting(JacksonModuleContract::located)
        .containsExactly(problem("json.invalid_value", "", leaf, "\"P48\""));
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> refusedByTheParser() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    return Stream.of(
        org.junit.jupiter.params.provider.Arguments.of(
            "malformed", "{\"limit\":\"PT72H\",\n \"trigger\": tru}", "json.syntax", "/trigger"),
        org.junit.jupiter.params.provider.Arguments.of(
            "truncated", "{\"limit\":\"PT72H\",\n \"trigger\": ", "json.syntax", "/trigger"),
        org.junit.jupiter.params.provider.Arguments.of(
            "nested beyond the mapper's limit",
            "{\"limit\":\"PT72H\",\n \"x\": " + deep + "}",
            "json.limit_exceeded",
            null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedByTheParser")
  void whatTheParserRefusesInsideAValueIsATypedProblem(
      String what, String json, String code, String pointer) {
    for (List<Problem> problems :
        List.of(
            problemsReading(json, Deadline.class),
            problemsReadingLeniently(json, Deadline.class))) {
      Problem last = problems.get(problems.size() - 1);
      assertThat(last.getCode()).isEqualTo(code);
      if (pointer != null) {
        assertThat(last.getPointer()).isEqualTo(pointer);
      } else {
        assertThat(last.getPointer()).startsWith("/x");
      }
      assertThat(last.getLine()).hasValue(2L);
      assertThat(last.getColumn().getAsLong()).isPositive();
    }
  }

  @Test
  void invalidUtf8InsideAValueIsAnEncodingProblem() {
    byte[] json =
        "{\"limit\":\"PT72H\",\"trigger\":\"disc\u0000\"}".getBytes(StandardCharsets.UTF_8);
    json[json.length - 3] = (byte) 0xFF;
    assertThat(problems(catchThrowable(() -> readBytes(json, Deadline.class))))
        .extracting(Problem::getCode, Problem::getPointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("json.invalid_encoding", "/trigger"));
  }

  @Test
  void aDuplicateKeyTheUsersParserDetectsIsADuplicateKeyProblem() {
    String json = "{\"limit\":\"PT72H\",\n \"limit\":\"PT1H\",\"trigger\":\"discovery\"}";
    List<Problem> problems =
        problems(catchThrowable(() -> readDetectingDuplicates(json, Deadline.class)));
    assertThat(problems)
        .extracting(Problem::getCode, Problem::getPointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("json.duplicate_key", "/limit"));
    assertThat(problems.get(0).getLine()).hasValue(2L);
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> beyondTheFormatsLimits() {
    return Stream.of(
        org.junit.jupiter.params.provider.Arguments.of(
            "nesting 65 deep", "[".repeat(64) + "]".repeat(64), "/x-e/0/0", "the nesting depth"),
        org.junit.jupiter.params.provider.Arguments.of(
            "a long string",
            "{\"s\":\"" + "a".repeat(256 * 1024 + 1) + "\"}",
            "/x-e/s",
            "the length of a string"),
        org.junit.jupiter.params.provider.Arguments.of(
            "a long name",
            "{\"" + "n".repeat(201) + "\":1}",
            "/x-e",
            "the length of a property name"),
        org.junit.jupiter.params.provider.Arguments.of(
            "a long number", "[" + "1".repeat(21) + "]", "/x-e/0", "the length of a number"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("beyondTheFormatsLimits")
  void anExtensionBeyondTheFormatsLimitsIsRefusedOnRead(
      String what, String extension, String pointer, String limit) {
    // DpaJson's limits, so that what a module reads, DpaJson and the modules can write.
    List<Problem> problems = problemsReadingLeniently(deadlineWith(extension), Deadline.class);
    assertThat(problems)
        .extracting(Problem::getCode, p -> p.getPointer().startsWith(pointer))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("json.limit_exceeded", true));
    assertThat(problems.get(0).getArguments().get(0)).isEqualTo(limit);
    assertThat(problems.get(0).getLine()).hasValue(2L);
    // The value is read to its end, so the binder goes on with the next property.
    String twoExtensions =
        deadlineWith(extension).replaceFirst("}$", ",\"x-f\":{\"z\":1,\"z\":2}}");
    assertThat(problemsReadingLeniently(twoExtensions, Deadline.class))
        .extracting(Problem::getCode)
        .containsExactly("json.limit_exceeded", "json.duplicate_key");
  }

  @Test
  void anExtensionAsDeepAsTheLimitIsReadAndWrittenBack() throws Exception {
    // The deadline is level 1, the extension's arrays levels 2 to 64.
    String extension = "[".repeat(63) + "]".repeat(63);
    Deadline deadline = readLenient(deadlineWith(extension), Deadline.class);
    assertThat(readLenient(write(deadline), Deadline.class)).isEqualTo(deadline);
  }

  @Test
  void anExtensionTooDeepToWriteIsRefusedNamingTheLimit() {
    Deadline deep =
        org.dpa4j.model.value.ImmutableDeadline.copyOf(
                SeedAgreements.callvoip().getBreachNotification().getDeadline().get())
            .withExtensions(
                java.util.Map.of(
                    "x-deep", ExtensionValue.ofJson("[".repeat(100) + "]".repeat(100))));
    List<Problem> problems = problems(catchThrowable(() -> write(deep)));
    assertThat(problems)
        .extracting(Problem::getCode, p -> p.getPointer().startsWith("/x-deep"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("json.limit_exceeded", true));
    assertThat(problems.get(0).getMessage())
        .startsWith("the nesting depth exceeds the limit of 64");
  }

  @Test
  void anUnpairedSurrogateInAStringIsAnEncodingProblem() {
    // What Jackson 2 decodes F4 90 80 80 (beyond U+10FFFF) into, and what an escape can say.
    byte[] beyond = "{\"limit\":\"PT72H\",\"trigger\":\"XXXX\"}".getBytes(StandardCharsets.UTF_8);
    int x = new String(beyond, StandardCharsets.UTF_8).indexOf("XXXX");
    beyond[x] = (byte) 0xF4;
    beyond[x + 1] = (byte) 0x90;
    beyond[x + 2] = (byte) 0x80;
    beyond[x + 3] = (byte) 0x80;
    assertThat(problems(catchThrowable(() -> readBytes(beyond, Deadline.class))))
        .extracting(Problem::getCode, Problem::getPointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("json.invalid_encoding", "/trigger"));
    assertThat(problemsReading("{\"limit\":\"PT72H\",\"trigger\":\"a\\ud800\"}", Deadline.class))
        .extracting(Problem::getCode, Problem::getPointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("json.invalid_encoding", "/trigger"));
    assertThat(problemsReading("\"PT\\udc00\"", TimeLimit.class))
        .extracting(Problem::getCode, Problem::getPointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("json.invalid_encoding", ""));
    assertThat(problemsReadingLeniently(deadlineWith("{\"a\":[\"\\udfff\"]}"), Deadline.class))
        .extracting(Problem::getCode, Problem::getPointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("json.invalid_encoding", "/x-e/a/0"));
  }
}
