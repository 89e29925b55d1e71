package org.dpa4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  /** Numbers as a JSON text may write them, each of which Jackson's own number nodes changed. */
  private static final List<String> NUMBERS =
      List.of("-0.0", "-0", "1e2", "1E+2", "1.50", "0.1e-7", "-1.5E-300", "9".repeat(400));

  /**
   * Lenient mode rewrote numbers in unknown properties: {@code -0.0} came back as {@code 0.0},
   * {@code 1e2} as {@code 1E+2}, {@code -0} as {@code 0}. A number in an extension is now kept as
   * written, through every input type, both writers, a version 1 document and a caller's mapper.
   */
  @Test
  void extensionNumbersAreKeptAsWritten() throws Exception {
    StringBuilder object = new StringBuilder("{");
    for (int i = 0; i < NUMBERS.size(); i++) {
      object.append(i == 0 ? "" : ",").append("\"n").append(i).append("\":").append(NUMBERS.get(i));
    }
    String value = "[" + String.join(",", NUMBERS) + "," + object + "},[[" + NUMBERS.get(0) + "]]]";
    DpaJson lenient =
        DpaJson.withOptions(DpaJsonOptions.defaults().withMaxNumberLength(1000)).lenient();
    for (String version : List.of("v1", "v2")) {
      String golden =
          Files.readString(
              Path.of("src/test/resources/golden/" + version + "/lenient-extensions.json"));
      // One extension at the root, one inside a list element: pretty text, as a person writes it.
      String text =
          golden
              .replace(
                  "\"x-source-system\"", "\"x-numbers\": " + value + ",\n  \"x-source-system\"")
              .replace("\"x-ratings\"", "\"x-one\": " + NUMBERS.get(2) + ",\n        \"x-ratings\"")
              .replace("\"auditRight\": false,", "\"auditRight\": false,\n    \"maxPerYear\": 2,");
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      List<DataProcessingAgreement> read =
          List.of(
              lenient.read(bytes),
              lenient.read(text),
              lenient.read(new ByteArrayInputStream(bytes)),
              lenient.read(new StringReader(text)));
      for (DataProcessingAgreement dpa : read) {
        assertThat(dpa.getExtensions().get("x-numbers"))
            .as(version)
            .isEqualTo(ExtensionValue.ofJson(value));
        assertThat(dpa.getSubProcessing().getSubProcessors().get(0).getExtensions())
            .containsEntry("x-one", ExtensionValue.ofJson(NUMBERS.get(2)))
            .containsEntry("x-ratings", ExtensionValue.ofJson("[1.50,2,null,true]"));
        // Typed attributes are bound as before.
        assertThat(dpa.getAudit().getMaxPerYear()).as(version).hasValue(2);
        assertThat(dpa).isEqualTo(read.get(0));
      }
      DataProcessingAgreement dpa = read.get(0);
      for (String written : List.of(lenient.write(dpa), lenient.writeCompact(dpa))) {
        assertThat(written.replaceAll("\\s", "")).as(version).contains("\"x-numbers\":" + value);
        DataProcessingAgreement again = lenient.read(written);
        assertThat(again).isEqualTo(dpa);
        assertThat(lenient.write(again)).isEqualTo(lenient.write(dpa));
      }
      // The pretty form is the canonical one: it reads and writes back byte for byte.
      assertThat(lenient.write(lenient.read(lenient.write(dpa)))).isEqualTo(lenient.write(dpa));
      // Through a caller's own mapper, too (its DocumentReader has the default limits: no number
      // of 400 digits).
      String small = "[" + String.join(",", NUMBERS.subList(0, NUMBERS.size() - 1)) + "]";
      String viaMapper =
          new com.fasterxml.jackson.databind.ObjectMapper()
              .registerModule(new DpaJacksonModule())
              .writeValueAsString(
                  ImmutableDataProcessingAgreement.copyOf(dpa)
                      .withExtensions(Map.of("x-numbers", ExtensionValue.ofJson(small))));
      assertThat(viaMapper).contains("\"x-numbers\":" + small, "\"x-one\":1e2");
      // A decimal is still no integer for a typed attribute.
      assertThatThrownBy(
              () -> lenient.read(text.replace("\"maxPerYear\": 2", "\"maxPerYear\": 2.0")))
          .isInstanceOfSatisfying(
              DpaJsonException.class,
              e ->
                  assertThat(e.getProblems())
                      .extracting(p -> p.getCode() + " " + p.getPointer())
                      .containsExactly("json.wrong_type /audit/maxPerYear"));
    }
  }

  /**
   * A key given twice inside an extension value, at any depth and inside arrays, is {@code
   * json.duplicate_key} at its own pointer with the line and column of the repeated name, as the
   * Jackson modules report it (their shared contract holds them to the same cases).
   */
  @Test
  void aDuplicateKeyAtAnyDepthOfAnExtensionValueIsRefusedWhereItIsRepeated() throws Exception {
    String golden =
        Files.readString(Path.of("src/test/resources/golden/v2/lenient-extensions.json"));
    String[][] cases = {
      {"{\"a\": 1,\n\"a\": 2}", "/x-e/a", "1"},
      {"{\"b\": {\"c\": {\"d\": 1,\n  \"d\": {}}}}", "/x-e/b/c/d", "3"},
      {"[0, {\"k\": [],\n \"k\": []}]", "/x-e/1/k", "2"}
    };
    for (String version : List.of("v1", "v2")) {
      String text =
          Files.readString(
              Path.of("src/test/resources/golden/" + version + "/lenient-extensions.json"));
      for (String[] c : cases) {
        String withDuplicate =
            text.replace("\"x-source-system\"", "\"x-e\": " + c[0] + ",\n  \"x-source-system\"");
        int line = lineOf(withDuplicate, "\"x-e\"") + 1;
        assertThatThrownBy(() -> DpaJson.standard().lenient().read(withDuplicate))
            .as(version + " " + c[1])
            .isInstanceOfSatisfying(
                DpaJsonException.class,
                e -> {
                  assertThat(e.getProblems())
                      .extracting(
                          org.dpa4j.model.Problem::getCode, org.dpa4j.model.Problem::getPointer)
                      .containsExactly(
                          org.assertj.core.groups.Tuple.tuple("json.duplicate_key", c[1]));
                  assertThat(e.getProblems().get(0).getLine()).hasValue(line);
                  assertThat(e.getProblems().get(0).getColumn()).hasValue(Long.parseLong(c[2]));
                });
      }
    }
    assertThat(golden).contains("\"x-source-system\"");
  }

  private static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }
}
