package org.dpa4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dpa4j.json.DpaJson;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.value.TimeLimit;
import org.dpa4j.testkit.SeedAgreements;
import org.junit.jupiter.api.Test;

/** Runs every example and checks what it prints. */
class ExamplesTest {
  static final Path AGREEMENTS = Path.of("agreements");

  interface Body {
    void run(PrintStream out) throws Exception;
  }

  static String output(Body body) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    body.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void buildInCode() throws Exception {
    String json = output(BuildInCodeExample::run);
    assertThat(DpaJson.standard().read(json)).isEqualTo(BuildInCodeExample.build());
    assertThat(json).startsWith("{\n  \"schemaVersion\": \"2\",").contains("\"limit\": \"PT48H\"");
  }

  @Test
  void readChangeWrite() throws Exception {
    String json =
        output(out -> ReadChangeWriteExample.run(AGREEMENTS.resolve("callvoip.json"), out));
    DataProcessingAgreement changed = DpaJson.standard().read(json);
    assertThat(changed.getBreachNotification().getDeadline().get().getLimit())
        .contains(TimeLimit.ofHours(24));
    assertThat(changed.getLiability()).isEqualTo(SeedAgreements.callvoip().getLiability());
    assertThat(DpaJson.standard().write(changed)).isEqualTo(json);
  }

  @Test
  void validate() throws Exception {
    List<String> lines =
        output(out -> ValidateExample.run(AGREEMENTS.resolve("hallo.json"), Locale.ENGLISH, out))
            .lines()
            .toList();
    // 14 catalogue warnings, plus the ACME rule this module registers through ServiceLoader.
    assertThat(lines).hasSize(5 + 14 + 1 + 1);
    assertThat(lines.get(0)).startsWith("ERROR GDPR-28.3.a-LEGAL-REQUIREMENT-NOTICE");
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo("ValidationReport[errors=5, warnings=15, infos=14]");
    assertThat(
            output(
                out ->
                    ValidateExample.run(
                        AGREEMENTS.resolve("hallo.json"), LocalizedText.DUTCH, out)))
        .contains("hoeft pas binnen een redelijke termijn");
  }

  @Test
  void ownMapperAndValidator() throws Exception {
    List<String> lines =
        output(out -> OwnMapperAndValidatorExample.run(AGREEMENTS.resolve("digiteam.json"), out))
            .lines()
            .toList();
    assertThat(lines).hasSize(10);
    assertThat(lines)
        .contains(
            "dpa.audit.auditRight: GDPR-28.3.h-AUDIT-RIGHT: The agreement gives no right to audits,"
                + " including inspections.");
  }

  @Test
  void jackson3Mapper() throws Exception {
    List<String> lines =
        output(out -> Jackson3MapperExample.run(AGREEMENTS.resolve("ipcall.json"), out))
            .lines()
            .toList();
    assertThat(lines)
        .containsExactly(
            SeedAgreements.ipcallMe().getProcessor().displayName(),
            "{\"limit\":\"PT48H\",\"qualifier\":\"none\",\"trigger\":\"awareness\"}",
            "json.unknown_property /title",
            "json.missing_property /controller",
            "json.missing_property /metadata",
            "json.missing_property /processor");
  }

  @Test
  void customPolicy() throws Exception {
    List<String> lines = output(CustomPolicyExample::run).lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0))
        .isEqualTo("hallo: default 5 errors, 15 warnings; strict 6 errors, 14 warnings");
    assertThat(lines.get(4))
        .startsWith("digiteam: default 10 errors, 14 warnings; strict 11 errors");
  }

  interface Main {
    void main(String[] args) throws Exception;
  }

  static String mainOutput(Main main, String... args) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      main.main(args);
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void everyMainRuns() throws Exception {
    assertThat(mainOutput(BuildInCodeExample::main)).isEqualTo(output(BuildInCodeExample::run));
    assertThat(mainOutput(ReadChangeWriteExample::main, "agreements/callvoip.json"))
        .contains("\"PT24H\"");
    assertThat(mainOutput(ValidateExample::main, "agreements/hallo.json", "nl"))
        .contains("Melding van een inbreuk in verband met persoonsgegevens");
    assertThat(mainOutput(OwnMapperAndValidatorExample::main, "agreements/digiteam.json"))
        .contains("dpa.audit.auditRight");
    assertThat(mainOutput(CustomPolicyExample::main)).contains("strict");
  }
}
