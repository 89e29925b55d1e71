package org.dpa4j.json.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.dpa4j.json.contract.JacksonModuleContract;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.DpaException;
import org.dpa4j.model.Problem;
import org.dpa4j.testkit.SeedAgreements;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 module plugs the same JSON form into a user's own mapper: the cases every module
 * runs ({@link JacksonModuleContract}), and what is Jackson 3's own.
 */
class Jackson3ModuleTest extends JacksonModuleContract {
  private final JsonMapper mapper = JsonMapper.builder().addModule(new DpaJackson3Module()).build();
  private final JsonMapper lenientMapper =
      JsonMapper.builder().addModule(DpaJackson3Module.lenient()).build();

  @Override
  protected String write(Object value) {
    return mapper.writeValueAsString(value);
  }

  @Override
  protected <T> T read(String json, Class<T> type) {
    return mapper.readValue(json, type);
  }

  @Override
  protected <T> T readLenient(String json, Class<T> type) {
    return lenientMapper.readValue(json, type);
  }

  @Override
  protected <T> T readBytes(byte[] json, Class<T> type) {
    return mapper.readValue(json, type);
  }

  @Override
  protected <T> T readDetectingDuplicates(String json, Class<T> type) {
    return JsonMapper.builder()
        .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .addModule(new DpaJackson3Module())
        .build()
        .readValue(json, type);
  }

  @Override
  protected Object tree(String json) {
    return mapper.readTree(json);
  }

  @Override
  protected List<Problem> problems(Throwable thrown) {
    assertThat(thrown).isInstanceOf(DatabindException.class);
    assertThat(thrown).isInstanceOf(DpaJackson3MappingException.class);
    DpaJackson3MappingException e = (DpaJackson3MappingException) thrown;
    assertThat(e.getCause()).isInstanceOf(DpaException.class);
    assertThat(((DpaException) e.getCause()).getProblems()).isEqualTo(e.getProblems());
    return e.getProblems();
  }

  @Override
  protected List<String> jacksonPath(Throwable thrown) {
    return ((DatabindException) thrown)
        .getPath().stream().map(DatabindException.Reference::getPropertyName).toList();
  }

  @Test
  void moduleIsFoundThroughServiceLoaderWithARealVersion() {
    List<JacksonModule> modules = tools.jackson.databind.cfg.MapperBuilder.findModules();
    assertThat(modules).hasAtLeastOneElementOfType(DpaJackson3Module.class);
    DpaJackson3Module module = new DpaJackson3Module();
    assertThat(module.version().getGroupId()).isEqualTo("org.dpa4j");
    assertThat(module.version().getArtifactId()).isEqualTo("dpa-json-jackson3");
    assertThat(module.version().toString()).isEqualTo(System.getProperty("dpa4j.expected.version"));
    assertThat(module.version().isUnknownVersion()).isFalse();
  }

  @Test
  void aMapperThatFindsItsModulesReadsAndWritesAgreements() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    DataProcessingAgreement callvoip = SeedAgreements.callvoip();
    assertThat(found.readValue(found.writeValueAsString(callvoip), DataProcessingAgreement.class))
        .isEqualTo(callvoip);
  }

  @Test
  void dataAfterTheValueIsRefusedByJackson3sDefault() {
    assertThat(
            catchThrowable(
                () ->
                    mapper.readValue(
                        "{\"limit\":\"PT72H\",\"trigger\":\"discovery\"} {}",
                        org.dpa4j.model.value.Deadline.class)))
        .isInstanceOf(tools.jackson.core.JacksonException.class)
        .isNotInstanceOf(DpaJackson3MappingException.class);
  }
}
