package org.dpa4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.dpa4j.json.contract.JacksonModuleContract;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.Problem;
import org.dpa4j.testkit.SeedAgreements;
import org.junit.jupiter.api.Test;

/**
 * The Jackson 2 module plugs the same JSON form into a user's own mapper: the cases every module
 * runs ({@link JacksonModuleContract}), and what is Jackson 2's own.
 */
class JacksonModuleTest extends JacksonModuleContract {
  private final ObjectMapper mapper = new ObjectMapper().registerModule(new DpaJacksonModule());
  private final ObjectMapper lenientMapper =
      new ObjectMapper().registerModule(DpaJacksonModule.lenient());

  @Override
  protected String write(Object value) throws Exception {
    return mapper.writeValueAsString(value);
  }

  @Override
  protected <T> T read(String json, Class<T> type) throws Exception {
    return mapper.readValue(json, type);
  }

  @Override
  protected <T> T readLenient(String json, Class<T> type) throws Exception {
    return lenientMapper.readValue(json, type);
  }

  @Override
  protected <T> T readBytes(byte[] json, Class<T> type) throws Exception {
    return mapper.readValue(json, type);
  }

  @Override
  protected <T> T readDetectingDuplicates(String json, Class<T> type) throws Exception {
    return new ObjectMapper(
            com.fasterxml.jackson.core.JsonFactory.builder()
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build())
        .registerModule(new DpaJacksonModule())
        .readValue(json, type);
  }

  @Override
  protected Object tree(String json) throws Exception {
    return mapper.readTree(json);
  }

  @Override
  protected List<Problem> problems(Throwable thrown) {
    assertThat(thrown).isInstanceOf(JsonMappingException.class);
    assertThat(thrown).isInstanceOf(DpaJsonMappingException.class);
    DpaJsonMappingException e = (DpaJsonMappingException) thrown;
    assertThat(e.getCause()).isInstanceOf(DpaJsonException.class);
    assertThat(((DpaJsonException) e.getCause()).getProblems()).isEqualTo(e.getProblems());
    return e.getProblems();
  }

  @Override
  protected List<String> jacksonPath(Throwable thrown) {
    return ((JsonMappingException) thrown)
        .getPath().stream().map(JsonMappingException.Reference::getFieldName).toList();
  }

  @Test
  void moduleIsFoundThroughServiceLoaderWithARealVersion() {
    List<Module> modules = ObjectMapper.findModules();
    assertThat(modules).hasAtLeastOneElementOfType(DpaJacksonModule.class);
    DpaJacksonModule module = new DpaJacksonModule();
    assertThat(module.version().getGroupId()).isEqualTo("org.dpa4j");
    assertThat(module.version().getArtifactId()).isEqualTo("dpa-json");
    assertThat(module.version().toString()).isEqualTo(System.getProperty("dpa4j.expected.version"));
    assertThat(module.version().isUnknownVersion()).isFalse();
  }

  @Test
  void ownMapperFoundByServiceLoaderWritesWhatDpaJsonWrites() throws Exception {
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    DataProcessingAgreement callvoip = SeedAgreements.callvoip();
    assertThat(found.readTree(found.writeValueAsString(callvoip)))
        .isEqualTo(found.readTree(DpaJson.standard().write(callvoip)));
  }

  @Test
  void problemsHaveTheLinesAndColumnsDpaJsonGivesForTheSameText() throws Exception {
    // ASCII text, so that Jackson's columns (characters) are DpaJson's (code points).
    String golden =
        new String(
            java.nio.file.Files.readAllBytes(
                java.nio.file.Path.of("../examples/agreements/hallo.json")),
            java.nio.charset.StandardCharsets.UTF_8);
    String broken =
        golden
            .replaceFirst("\"title\": \"[^\"]*\"", "\"title\": 7, \"x-new\": [1], \"title\": \"t\"")
            .replaceFirst("\"name\": \"[^\"]*\"", "\"name\": null")
            .replaceFirst("\"limit\": \"[^\"]*\"", "\"limit\": \"PT7\"");
    assertThat(broken).isNotEqualTo(golden);
    List<Problem> expected =
        ((DpaJsonException)
                org.assertj.core.api.Assertions.catchThrowable(
                    () -> DpaJson.standard().read(broken)))
            .getProblems();
    List<Problem> actual =
        ((DpaJsonMappingException)
                org.assertj.core.api.Assertions.catchThrowable(
                    () -> mapper.readValue(broken, DataProcessingAgreement.class)))
            .getProblems();
    assertThat(expected).hasSizeGreaterThanOrEqualTo(4);
    assertThat(actual).isEqualTo(expected);
    assertThat(actual).allSatisfy(p -> assertThat(p.getLine()).isPresent());
    // A version 1 document: its problems point at the version 2 form, placed in the text as read.
    String v1 =
        new String(
                java.nio.file.Files.readAllBytes(
                    java.nio.file.Path.of("../examples/agreements/v1/hallo.json")),
                java.nio.charset.StandardCharsets.UTF_8)
            .replaceFirst("\"kvkNumber\": \"[^\"]*\"", "\"kvkNumber\": \"abc\"")
            .replaceFirst("\"title\": \"[^\"]*\"", "\"title\": 7, \"x-new\": [1]");
    List<Problem> expectedV1 =
        ((DpaJsonException)
                org.assertj.core.api.Assertions.catchThrowable(() -> DpaJson.standard().read(v1)))
            .getProblems();
    assertThat(expectedV1).hasSizeGreaterThanOrEqualTo(3);
    assertThat(
            ((DpaJsonMappingException)
                    org.assertj.core.api.Assertions.catchThrowable(
                        () -> mapper.readValue(v1, DataProcessingAgreement.class)))
                .getProblems())
        .isEqualTo(expectedV1);
  }

  @Test
  void dataAfterTheValueIsLeftToTheMapper() {
    // Jackson checks for trailing tokens after the module's deserializer has returned, outside
    // the module: a plain mapper accepts them, and with FAIL_ON_TRAILING_TOKENS it throws its own
    // MismatchedInputException, not the module's exception (README, Jackson 2 module).
    String json = "{\"limit\":\"PT72H\",\"trigger\":\"discovery\"} {}";
    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(
                () -> mapper.readValue(json, org.dpa4j.model.value.Deadline.class)))
        .isNull();
    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(
                () ->
                    mapper
                        .copy()
                        .enable(
                            com.fasterxml.jackson.databind.DeserializationFeature
                                .FAIL_ON_TRAILING_TOKENS)
                        .readValue(json, org.dpa4j.model.value.Deadline.class)))
        .isInstanceOf(com.fasterxml.jackson.databind.exc.MismatchedInputException.class)
        .isNotInstanceOf(DpaJsonMappingException.class);
  }
}
