package org.dpa4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.ExtensionValue;
import org.dpa4j.model.ImmutableDataProcessingAgreement;
import org.dpa4j.model.subprocessing.ImmutableSubProcessingTerms;
import org.dpa4j.model.subprocessing.ImmutableSubProcessor;
import org.dpa4j.model.subprocessing.SubProcessor;
import org.junit.jupiter.api.Test;

/** Unknown properties: errors by default, kept at their level and written back when lenient. */
class LenientModeTest {

  @Test
  void lenientKeepsUnknownPropertiesWhereTheyOccurred() throws Exception {
    byte[] bytes =
        Files.readAllBytes(Path.of("src/test/resources/golden/v2/lenient-extensions.json"));
    DpaJson lenient = DpaJson.standard().lenient();
    assertThat(lenient.getOptions().isLenient()).isTrue();
    assertThat(DpaJson.standard().getOptions().isLenient()).isFalse();
    DataProcessingAgreement dpa = lenient.read(bytes);
    assertThat(dpa.getExtensions())
        .containsExactly(
            java.util.Map.entry("x-source-system", ExtensionValue.ofJson("\"procurement\"")));
    assertThat(dpa.getMetadata().getExtensions()).containsKey("x-crm-id");
    assertThat(dpa.getBreachNotification().getDeadline().get().getExtensions())
        .containsEntry(
            "x-escalation", ExtensionValue.ofJson("{\"channel\":\"phone\",\"minutes\":30}"));
    assertThat(dpa.getSubProcessing().getSubProcessors().get(0).getExtensions())
        .containsEntry("x-ratings", ExtensionValue.ofJson("[1.50,2,null,true]"));
    assertThat(dpa.toString()).doesNotContain("procurement", "A-1029");
  }

  @Test
  void strictReportsEveryUnknownPropertyWithItsPointer() throws Exception {
    byte[] bytes =
        Files.readAllBytes(Path.of("src/test/resources/golden/v2/lenient-extensions.json"));
    assertThat(InvalidDocumentTest.problems(bytes))
        .extracting(org.dpa4j.model.Problem::getPointer)
        .containsExactlyInAnyOrder(
            "/x-source-system",
            "/metadata/x-crm-id",
            "/breachNotification/deadline/x-escalation",
            "/subProcessing/subProcessors/0/x-ratings");
  }

  @Test
  void anExtensionThatIsNotJsonIsAProblemAtItsPointerOnWrite() throws Exception {
    byte[] bytes =
        Files.readAllBytes(Path.of("src/test/resources/golden/v2/lenient-extensions.json"));
    DataProcessingAgreement dpa = DpaJson.standard().lenient().read(bytes);
    SubProcessor first = dpa.getSubProcessing().getSubProcessors().get(0);
    DataProcessingAgreement broken =
        ImmutableDataProcessingAgreement.copyOf(dpa)
            .withSubProcessing(
                ImmutableSubProcessingTerms.copyOf(dpa.getSubProcessing())
                    .withSubProcessors(
                        ImmutableSubProcessor.copyOf(first)
                            .withExtensions(Map.of("x-bad", ExtensionValue.ofJson("{")))));
    assertThatThrownBy(() -> DpaJson.standard().write(broken))
        .isInstanceOfSatisfying(
            DpaJsonException.class,
            e -> {
              assertThat(e.getProblems()).hasSize(1);
              assertThat(e.getProblems().get(0).getCode()).isEqualTo("json.invalid_value");
              assertThat(e.getProblems().get(0).getPointer())
                  .isEqualTo("/subProcessing/subProcessors/0/x-bad");
            });
  }
}
