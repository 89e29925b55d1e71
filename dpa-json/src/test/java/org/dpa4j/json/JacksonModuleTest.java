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
}
