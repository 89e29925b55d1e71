package org.dpa4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dpa4j.json.DpaJsonException;
import org.dpa4j.json.DpaJsonOptions;
import org.dpa4j.model.Problem;
import org.dpa4j.model.value.Money;
import org.dpa4j.validation.DpaValidator;
import org.dpa4j.validation.Policy;
import org.dpa4j.validation.RuleDefinition;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, "Hostile input, round 1", for the command: one test per kind of fault, named after what
 * broke. The example inputs are in {@code cases/reliability/}.
 */
class HostileInputTest {
  static final Path CASES = Path.of("src/test/resources/cases/reliability");
  static final Set<String> RULE_IDS =
      DpaValidator.create().getRules().stream()
          .map(RuleDefinition::getId)
          .collect(Collectors.toCollection(TreeSet::new));

  static List<Problem> policyProblems(byte[] bytes) {
    try {
      new PolicyReader(RULE_IDS).read(bytes);
    } catch (DpaJsonException e) {
      return e.getProblems();
    }
    throw new AssertionError("the policy was accepted");
  }

  /**
   * A negative minimum cap, an INFO threshold above the WARNING one and a minimum in another
   * currency (which silently switched the EUR check off) were accepted.
   */
  @Test
  void inconsistentPolicyIsRejectedWithPointers() throws IOException {
    List<Problem> problems =
        policyProblems(Files.readAllBytes(CASES.resolve("inconsistent-policy.json")));
    assertThat(problems)
        .extracting(Problem::getCode, Problem::getPointer, p -> p.getLine().getAsLong())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "json.invalid_value", "/thresholds/liabilityMinCap", 6L),
            org.assertj.core.groups.Tuple.tuple(
                "json.invalid_value", "/thresholds/breachInfoAboveHours", 5L));
    assertThat(
            policyProblems(
                "{\"policyVersion\":\"1\",\"thresholds\":{\"liabilityMinCap\":\"EUR -1\"}}"
                    .getBytes(StandardCharsets.UTF_8)))
        .extracting(Problem::getPointer, p -> p.getMessage())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "/thresholds/liabilityMinCap", "the minimum cap must not be negative"));
    // A WARNING threshold below the default INFO one is reported where it was written.
    assertThat(
            policyProblems(
                "{\"policyVersion\":\"1\",\"thresholds\":{\"breachWarnAtOrAboveHours\":10}}"
                    .getBytes(StandardCharsets.UTF_8)))
        .extracting(Problem::getPointer)
        .containsExactly("/thresholds/breachWarnAtOrAboveHours");
    // Equal thresholds switch the INFO off on purpose, and stay allowed.
    new PolicyReader(RULE_IDS)
        .read(
            "{\"policyVersion\":\"1\",\"thresholds\":{\"breachWarnAtOrAboveHours\":48,\"breachInfoAboveHours\":48}}"
                .getBytes(StandardCharsets.UTF_8));
    // The library's Policy holds the same rules.
    assertThatThrownBy(() -> Policy.builder().liabilityMinCap(Money.parse("USD 1")).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Policy.builder().liabilityMinCap(Money.parse("EUR -1")).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Policy.builder().breachInfoAboveHours(100).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * The policy reader found each bad entry's pointer by searching its array (quadratic in bad
   * entries) and reported them all, uncapped: a 4 MiB policy of a million unknown rule ids would
   * take hours. It is now capped and quick.
   */
  @Test
  void policyProblemsAreCappedAndFoundInLinearTime() {
    StringBuilder policy = new StringBuilder("{\"policyVersion\":\"1\",\"disabledRules\":[\"x\"");
    while (policy.length() < DpaJsonOptions.DEFAULT_MAX_DOCUMENT_LENGTH - 8) {
      policy.append(",\"x\"");
    }
    byte[] bytes = policy.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    List<Problem> problems =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> policyProblems(bytes));
    assertThat(problems).hasSize(PolicyReader.MAX_PROBLEMS + 1);
    assertThat(problems.get(PolicyReader.MAX_PROBLEMS).getCode())
        .isEqualTo("json.too_many_problems");
    assertThat(problems.get(99).getPointer()).isEqualTo("/disabledRules/99");
    assertThat(problems.get(99).getColumn()).hasValue(39 + 4 * 99);
  }

  /** A policy 60 levels deep with its one problem at the end goes through the same Locator. */
  @Test
  void oneProblemAtTheEndOfADeepPolicyIsLocatedInLinearTime() {
    String name = "n".repeat(190);
    StringBuilder policy = new StringBuilder("{\"policyVersion\":\"1\",\"x\":");
    policy.append(("{\"" + name + "\":").repeat(60)).append("[0");
    String tail = "]" + "}".repeat(60) + ",\"y\":1}";
    while (policy.length() + tail.length() < DpaJsonOptions.DEFAULT_MAX_DOCUMENT_LENGTH - 2) {
      policy.append(",0");
    }
    byte[] bytes = policy.append(tail).toString().getBytes(StandardCharsets.UTF_8);
    List<Problem> problems =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> policyProblems(bytes));
    assertThat(problems).extracting(Problem::getPointer).containsExactly("/x", "/y");
    assertThat(problems.get(1).getColumn()).hasValue(bytes.length - 1);
  }
}
