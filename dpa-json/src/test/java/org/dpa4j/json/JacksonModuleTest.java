package org.dpa4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.value.Deadline;
import org.dpa4j.model.value.DeadlineQualifier;
import org.dpa4j.model.value.TimeLimit;
import org.dpa4j.testkit.SeedAgreements;
import org.junit.jupiter.api.Test;

/** The module plugs the same JSON form into a user's own mapper. */
class JacksonModuleTest {

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
  void ownMapperWritesAndReadsTheSameForm() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    DataProcessingAgreement callvoip = SeedAgreements.callvoip();
    String viaMapper = mapper.writeValueAsString(callvoip);
    assertThat(mapper.readTree(viaMapper))
        .isEqualTo(mapper.readTree(DpaJson.standard().write(callvoip)));
    assertThat(mapper.readValue(viaMapper, DataProcessingAgreement.class)).isEqualTo(callvoip);
    assertThat(mapper.writeValueAsString(TimeLimit.ofWeeks(12))).isEqualTo("\"P12W\"");
    assertThat(mapper.readValue("\"without_undue_delay\"", DeadlineQualifier.class))
        .isEqualTo(DeadlineQualifier.WITHOUT_UNDUE_DELAY);
    assertThat(mapper.writeValueAsString(callvoip.getBreachNotification().getDeadline().get()))
        .isEqualTo(
            "{\"limit\":\"PT72H\",\"qualifier\":\"without_undue_delay\",\"trigger\":\"discovery\"}");
  }

  @Test
  void ownMapperRejectsBadDocumentsWithAJacksonExceptionCarryingTheProblems() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new DpaJacksonModule());
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"schemaVersion\":\"1\",\"colour\":7}", DataProcessingAgreement.class))
        .isInstanceOf(JsonMappingException.class)
        .isInstanceOfSatisfying(
            DpaJsonMappingException.class,
            e -> {
              assertThat(e.getProblems())
                  .extracting(org.dpa4j.model.Problem::getPointer)
                  .contains("/colour", "/metadata", "/processor", "/controller");
              assertThat(e.getCause()).isInstanceOf(DpaJsonException.class);
              assertThat(((DpaJsonException) e.getCause()).getProblems())
                  .isEqualTo(e.getProblems());
            });
    assertThatThrownBy(() -> mapper.readValue("\"P48\"", TimeLimit.class))
        .isInstanceOfSatisfying(
            DpaJsonMappingException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(org.dpa4j.model.Problem::getCode)
                    .containsExactly("json.invalid_value"));
    assertThatThrownBy(() -> mapper.readValue("7", TimeLimit.class))
        .isInstanceOfSatisfying(
            DpaJsonMappingException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(org.dpa4j.model.Problem::getCode)
                    .containsExactly("json.wrong_type"));
  }

  /** A user's own type holding a model value. */
  public static final class Holder {
    /** The deadline, bound by the module. */
    public Deadline deadline;
  }

  @Test
  void aProblemInsideAUsersOwnTypeIsAJacksonExceptionWithJacksonsPath() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new DpaJacksonModule());
    assertThatThrownBy(() -> mapper.readValue("{\"deadline\":{\"limit\":\"PT7\"}}", Holder.class))
        .isInstanceOfSatisfying(
            DpaJsonMappingException.class,
            e -> {
              assertThat(e.getPath()).extracting(r -> r.getFieldName()).containsExactly("deadline");
              assertThat(e.getProblems())
                  .extracting(org.dpa4j.model.Problem::getPointer)
                  .contains("/limit");
            });
  }

  @Test
  void aValueThatCannotBeWrittenIsAJacksonExceptionToo() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new DpaJacksonModule());
    DataProcessingAgreement wrong =
        SeedAgreements.callvoip()
            .withBlanks(
                org.dpa4j.model.Blank.builder().pointer("/noSuchTerm").placeholder("[X]").build());
    assertThatThrownBy(() -> mapper.writeValueAsString(wrong))
        .isInstanceOfSatisfying(
            DpaJsonMappingException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(org.dpa4j.model.Problem::getPointer)
                    .containsExactly("/blanks/0/pointer"));
  }

  @Test
  void ownMapperWithoutDuplicateDetectionStillGetsADuplicateKeyProblem() {
    // A plain ObjectMapper accepts duplicate keys; the binder must not let the second one win.
    ObjectMapper mapper = new ObjectMapper().registerModule(new DpaJacksonModule());
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"limit\":\"PT72H\",\"limit\":\"PT24H\",\"trigger\":\"discovery\"}",
                    Deadline.class))
        .isInstanceOfSatisfying(
            DpaJsonMappingException.class,
            e -> {
              assertThat(e.getProblems()).hasSize(1);
              assertThat(e.getProblems().get(0).getCode()).isEqualTo("json.duplicate_key");
              assertThat(e.getProblems().get(0).getPointer()).isEqualTo("/limit");
            });
  }

  @Test
  void ownMapperReadsAModelValueInsideItsOwnDocument() throws Exception {
    // The binder consumes exactly the value it binds, so the caller's parser goes on after it.
    ObjectMapper mapper = new ObjectMapper().registerModule(new DpaJacksonModule());
    Deadline[] deadlines =
        mapper.readValue(
            "[{\"limit\":\"PT72H\",\"trigger\":\"discovery\"},"
                + "{\"limit\":\"PT24H\",\"trigger\":\"discovery\"}]",
            Deadline[].class);
    assertThat(deadlines)
        .extracting(d -> d.getLimit().get().toString())
        .containsExactly("PT72H", "PT24H");
  }
}
