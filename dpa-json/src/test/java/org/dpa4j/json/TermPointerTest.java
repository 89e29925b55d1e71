package org.dpa4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.dpa4j.model.BlankKind;
import org.dpa4j.model.ConditionKind;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.value.TimeLimit;
import org.dpa4j.model.value.TimeLimitUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Blanks and conditions name terms of the model by JSON Pointer; the reader accepts exactly the
 * pointers that follow the model's attributes. And the model case of business days.
 */
class TermPointerTest {
  private static final ObjectMapper TREES = new ObjectMapper();
  private final DpaJson json = DpaJson.standard();

  private static ObjectNode base() throws IOException {
    return (ObjectNode)
        TREES.readTree(Files.readAllBytes(Path.of("src/test/resources/valid/v2/base.json")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/audit/notice",
        "/breachNotification",
        "/subProcessing/subProcessors",
        "/subProcessing/subProcessors/7/country",
        "/standardClauses/0/governingLaw",
        "/controller/legalName",
        "/metadata"
      })
  void aBlankMayNameAnyTermOfTheModelPresentOrNot(String pointer) throws IOException {
    ObjectNode doc = base();
    doc.putArray("blanks").addObject().put("pointer", pointer).put("placeholder", "[...]");
    DataProcessingAgreement dpa = json.read(TREES.writeValueAsBytes(doc));
    assertThat(dpa.getBlanks())
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.getPointer()).isEqualTo(pointer);
              assertThat(b.getKind()).isEqualTo(BlankKind.FILL_IN);
            });
    assertThat(json.read(json.write(dpa))).isEqualTo(dpa);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/breachNotification/deadlin",
        "/subProcessing/subProcessors/x",
        "/subProcessing/subProcessors/01",
        "/metadata/title/x",
        "/unknown",
        "/extensions"
      })
  void aBlankThatNamesNoTermIsReportedAtItsPointer(String pointer) throws IOException {
    ObjectNode doc = base();
    doc.putArray("blanks").addObject().put("pointer", pointer);
    assertThatThrownBy(() -> json.read(TREES.writeValueAsBytes(doc)))
        .isInstanceOfSatisfying(
            DpaJsonException.class,
            e -> {
              assertThat(e.getProblems())
                  .singleElement()
                  .satisfies(
                      p -> {
                        assertThat(p.getCode()).isEqualTo("json.invalid_value");
                        assertThat(p.getPointer()).isEqualTo("/blanks/0/pointer");
                        assertThat(p.getMessage(java.util.Locale.ENGLISH))
                            .isEqualTo("the pointer names no term of the model");
                      });
            });
  }

  /**
   * Issue 10 review item 9: a blank at an optional term that has a value says both "to be
   * completed" and what it was completed with; the reader refuses it at the blank. A section or a
   * defaulted term under a blank stays allowed (the blank says that value is open).
   */
  @ParameterizedTest
  @ValueSource(strings = {"/breachNotification/deadline", "/breachNotification/deadline/limit"})
  void aBlankAtATermThatHasAValueIsRefusedAtTheBlank(String pointer) throws IOException {
    ObjectNode doc = base();
    doc.putArray("blanks").addObject().put("pointer", pointer);
    assertThatThrownBy(() -> json.read(TREES.writeValueAsBytes(doc)))
        .isInstanceOfSatisfying(
            DpaJsonException.class,
            e ->
                assertThat(e.getProblems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.getCode()).isEqualTo("json.invalid_value");
                          assertThat(p.getPointer()).isEqualTo("/blanks/0/pointer");
                          assertThat(p.getMessage(java.util.Locale.ENGLISH))
                              .startsWith("the blank points at a term that has a value");
                          assertThat(p.getMessage(org.dpa4j.model.LocalizedText.DUTCH))
                              .startsWith("de open plek wijst naar een term die een waarde heeft");
                        }));
    ((ObjectNode) doc.get("breachNotification")).remove("deadline");
    assertThat(json.read(TREES.writeValueAsBytes(doc)).blankAt(pointer)).isPresent();
  }

  @Test
  void aConditionNamesADutyOfItsOwnSection() throws IOException {
    ObjectNode doc = base();
    ((ObjectNode) doc.get("audit"))
        .putArray("conditions")
        .addObject()
        .put("kind", "required_by_law_only")
        .put("duty", "/auditRight");
    DataProcessingAgreement dpa = json.read(TREES.writeValueAsBytes(doc));
    assertThat(dpa.getAudit().getConditions())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getKind()).isEqualTo(ConditionKind.REQUIRED_BY_LAW_ONLY);
              assertThat(c.getDuty()).contains("/auditRight");
            });
  }

  @Test
  void aConditionWhoseDutyIsNotOfItsSectionIsReported() throws IOException {
    ObjectNode doc = base();
    ((ObjectNode) doc.get("audit"))
        .putArray("conditions")
        .addObject()
        .put("kind", "attributable_to_processor")
        .put("duty", "/deadline");
    assertThatThrownBy(() -> json.read(TREES.writeValueAsBytes(doc)))
        .isInstanceOfSatisfying(
            DpaJsonException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(p -> p.getCode() + " " + p.getPointer())
                    .containsExactly("json.invalid_value /audit/conditions/0/duty"));
  }

  @Test
  void anAgreementBuiltInCodeThatNamesNoTermIsNotWritten() throws IOException {
    DataProcessingAgreement base = json.read(TREES.writeValueAsBytes(base()));
    DataProcessingAgreement badBlank =
        org.dpa4j.model.ImmutableDataProcessingAgreement.copyOf(base)
            .withBlanks(org.dpa4j.model.Blank.of("/breachNotification/nonsense"));
    DataProcessingAgreement badDuty =
        org.dpa4j.model.ImmutableDataProcessingAgreement.copyOf(base)
            .withBreachNotification(
                org.dpa4j.model.breach.ImmutableBreachNotification.copyOf(
                        base.getBreachNotification())
                    .withConditions(
                        org.dpa4j.model.Condition.on(
                            ConditionKind.REQUIRED_BY_LAW_ONLY, "/auditRight")));

    assertThatThrownBy(() -> json.write(badBlank))
        .isInstanceOfSatisfying(
            DpaJsonException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(p -> p.getCode() + " " + p.getPointer())
                    .containsExactly("json.invalid_value /blanks/0/pointer"));
    assertThatThrownBy(() -> json.writeCompact(badDuty))
        .isInstanceOfSatisfying(
            DpaJsonException.class,
            e -> {
              assertThat(e.getProblems())
                  .extracting(p -> p.getCode() + " " + p.getPointer())
                  .containsExactly("json.invalid_value /breachNotification/conditions/0/duty");
              assertThat(e.getProblems().get(0).getMessage(java.util.Locale.ENGLISH))
                  .contains("relative to the section");
            });
  }

  /**
   * ../shared/cases/rules/empty-section.json: {@code "subProcessing": {}} counted as stated and
   * silenced the authorisation error that leaving the section out raises. An empty section states
   * nothing, so it is refused with a problem at its pointer.
   */
  @Test
  void anEmptySectionIsRefusedNotReadAsStated() throws IOException {
    byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/cases/rules/empty-section.json"));
    assertThatThrownBy(() -> json.read(bytes))
        .isInstanceOfSatisfying(
            DpaJsonException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(p -> p.getCode() + " " + p.getPointer())
                    .containsExactly("json.invalid_value /subProcessing"));
    ObjectNode withCoverage = (ObjectNode) TREES.readTree(bytes);
    ((ObjectNode) withCoverage.get("subProcessing"))
        .putObject("coverage")
        .put("kind", "not_stated");
    assertThat(
            json.read(TREES.writeValueAsBytes(withCoverage))
                .getSubProcessing()
                .getCoverage()
                .getKind())
        .isEqualTo(org.dpa4j.model.CoverageKind.NOT_STATED);
  }

  /** ../shared/cases/model/breach-deadline-in-business-days.json, in its version 2 form. */
  @Test
  void breachDeadlineInBusinessDaysIsItsOwnUnitAndItsWorstCaseExceedsSeventyTwoHours()
      throws IOException {
    byte[] bytes =
        Files.readAllBytes(
            Path.of("src/test/resources/cases/model/breach-deadline-in-business-days.json"));
    DataProcessingAgreement dpa = json.read(bytes);
    TimeLimit limit =
        dpa.getBreachNotification().getDeadline().orElseThrow().getLimit().orElseThrow();
    assertThat(limit.getUnit()).isEqualTo(TimeLimitUnit.BUSINESS_DAYS);
    assertThat(limit.getAmount()).isEqualTo(2);
    assertThat(limit).isNotEqualTo(TimeLimit.ofDays(2)).isNotEqualTo(TimeLimit.ofHours(48));
    assertThat(limit.toMaximumDuration()).isGreaterThan(Duration.ofHours(72));
    assertThat(json.write(dpa)).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
  }
}
