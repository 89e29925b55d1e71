package org.dpa4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dpa4j.json.core.internal.ModelMapping;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.testkit.DutchText;
import org.junit.jupiter.api.Test;

/**
 * The catalogue: 87 rules declared by chapter, each with a unique id, a legal basis and requirement
 * in English and Dutch, and outcomes whose messages render in both languages with sample arguments
 * of their declared types; every pointer a rule can report resolves in the model; {@code
 * docs/rules.md} is generated from it (run with {@code -Ddpa4j.docs.update=true} to rewrite it).
 */
class CatalogueTest {
  static final Path DOCS = Path.of("../docs/rules.md");

  @Test
  void everyRuleHasIdChapterBasisAndRequirementInBothLanguages() {
    assertThat(CatalogRule.values()).hasSize(87);
    Set<String> ids = new HashSet<>();
    int number = 0;
    for (CatalogRule rule : CatalogRule.values()) {
      assertThat(rule.getNumber()).isEqualTo(++number);
      assertThat(ids.add(rule.getId())).as(rule.getId()).isTrue();
      assertThat(rule.getId()).matches("[A-Z0-9][A-Za-z0-9.-]+");
      assertThat(CatalogRule.byId(rule.getId())).contains(rule);
      assertThat(rule.getOutcomes()).as(rule.getId()).isNotEmpty();
      assertThat(rule.getSeverities()).contains(rule.getDefaultSeverity());
      for (String english : List.of(rule.getLegalBasis(), rule.getRequirement())) {
        assertThat(english).as(rule.getId()).isNotBlank();
      }
      String basis = rule.getLegalBasis(LocalizedText.DUTCH);
      String requirement = rule.getRequirement(LocalizedText.DUTCH);
      assertThat(requirement).as(rule.getId()).isNotEqualTo(rule.getRequirement());
      assertDutch(rule.getId() + " requirement", requirement);
      assertDutch(rule.getId() + " legal basis", basis);
      // Dutch article notation: "art. 28 lid 3 onder a AVG", never "GDPR 28(3)(a)".
      assertThat(basis).as(rule.getId()).doesNotContain("GDPR").doesNotMatch(".*\\d\\(\\d.*");
    }
    assertThat(CatalogRule.byId("NO-SUCH-RULE")).isEmpty();
  }

  @Test
  void chaptersDeclareEveryRuleOnceInCatalogueOrder() {
    List<CatalogRule> declared = new ArrayList<>();
    List<Chapter> chapters = new ArrayList<>();
    for (RuleSet set : CatalogRule.chapters()) {
      chapters.add(set.getChapter());
      for (CatalogRule rule : set.getRules()) {
        assertThat(rule.getChapter()).isEqualTo(set.getChapter());
        declared.add(rule);
      }
    }
    assertThat(chapters).containsExactly(Chapter.values());
    assertThat(declared).containsExactlyInAnyOrderElementsOf(CatalogRule.values());
  }

  /**
   * Every outcome of every rule, rendered in English and Dutch with each sample of its parameters'
   * types: no placeholder is left, the Dutch text has no English word, and the texts differ.
   */
  @Test
  void everyOutcomeRendersInEnglishAndDutch() {
    int rendered = 0;
    for (CatalogRule rule : CatalogRule.values()) {
      Set<String> keys = new HashSet<>();
      for (Outcome outcome : rule.getOutcomes()) {
        assertThat(keys.add(outcome.getKey())).as("%s", outcome).isTrue();
        assertThat(outcome.getKey()).matches("[a-z][a-z0-9-]*");
        for (List<Parameter.Argument<?>> arguments : samples(outcome)) {
          LocalizedText text = outcome.render(arguments);
          String where = outcome + " " + text.getDutch();
          assertThat(text.getEnglish()).as(where).isNotBlank().doesNotContain("{", "}");
          assertThat(text.getDutch()).as(where).isNotBlank().doesNotContain("{", "}");
          assertThat(text.getDutch()).as(where).isNotEqualTo(text.getEnglish());
          assertDutch(where, text.getDutch());
          rendered++;
        }
      }
    }
    assertThat(rendered).isGreaterThan(100);
  }

  /** A report that names a changed argument names it for people, in both languages. */
  @Test
  void everyParameterHasALabelInEnglishAndDutch() {
    int labelled = 0;
    for (CatalogRule rule : CatalogRule.values()) {
      for (Outcome outcome : rule.getOutcomes()) {
        for (Parameter<?> parameter : outcome.getParameters()) {
          LocalizedText label = parameter.getLabel();
          String where = outcome + " " + parameter;
          assertThat(label.getDutch()).as(where).isNotBlank().isNotEqualTo(parameter.getName());
          assertThat(label.getEnglish()).as(where).isNotBlank();
          assertDutch(where, label.getDutch());
          labelled++;
        }
      }
    }
    assertThat(labelled).isGreaterThan(20);
  }

  /** One argument list per sample index: the i-th sample of each parameter, or its last. */
  private static List<List<Parameter.Argument<?>>> samples(Outcome outcome) {
    int most = 1;
    for (Parameter<?> parameter : outcome.getParameters()) {
      most = Math.max(most, parameter.getSamples().size());
    }
    List<List<Parameter.Argument<?>>> all = new ArrayList<>();
    for (int i = 0; i < most; i++) {
      List<Parameter.Argument<?>> arguments = new ArrayList<>();
      for (Parameter<?> parameter : outcome.getParameters()) {
        arguments.add(sample(parameter, i));
      }
      all.add(arguments);
    }
    return all;
  }

  private static <T> Parameter.Argument<T> sample(Parameter<T> parameter, int i) {
    List<T> samples = parameter.getSamples();
    return parameter.of(samples.get(Math.min(i, samples.size() - 1)));
  }

  private static void assertDutch(String where, String dutch) {
    // Quoted words are the agreement's or the law's own; the rest must be Dutch.
    assertThat(DutchText.englishWord(dutch)).as(where + ": " + dutch).isEmpty();
  }

  @Test
  void anArgumentOfAnotherParameterIsRefused() {
    Outcome outcome =
        CatalogRule.byId("GDPR-28.3-GOVERNING-LAW").orElseThrow().getOutcomes().get(0);
    assertThat(outcome.getParameters()).hasSize(1);
    // Same name and type, another parameter: a check cannot pass one outcome's argument to another.
    Parameter<org.dpa4j.model.value.Jurisdiction> other = Parameter.jurisdiction("law");
    org.dpa4j.model.value.Jurisdiction ny = org.dpa4j.model.value.Jurisdiction.parse("US-NY");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> outcome.render(List.of(other.of(ny))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GDPR-28.3-GOVERNING-LAW");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> outcome.render(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** A pointer with a misspelt attribute would point nowhere: each declared one names the model. */
  @Test
  void everyPointerARuleCanReportResolvesInTheModel() {
    int pointers = 0;
    for (RuleSet set : CatalogRule.chapters()) {
      for (RulePointer pointer : set.getPointers()) {
        String template = pointer.getTemplate();
        assertThat(ModelMapping.get().root().resolves(template.replace("*", "0")))
            .as(set.getChapter() + " " + template)
            .isTrue();
        pointers++;
      }
    }
    assertThat(pointers).isGreaterThan(70);
    assertThat(ModelMapping.get().root().resolves("/breachNotification/dedline")).isFalse();
  }

  /** GDPR-28.3.a-INSTRUCTIONS printed two texts pasted together with " / (INFO) ". */
  @Test
  void everyOutcomeHasOneTextOfItsOwn() {
    for (CatalogRule rule : CatalogRule.values()) {
      for (Outcome outcome : rule.getOutcomes()) {
        LocalizedText message = outcome.getText();
        for (String text : new String[] {message.getEnglish(), message.getDutch()}) {
          assertThat(text)
              .as("%s", outcome)
              .doesNotContain("\" / (")
              .doesNotContain("(INFO)")
              .doesNotContain("(WARNING)")
              .doesNotContain("(ERROR)");
        }
      }
    }
  }

  /**
   * A text that serves two outcomes is false for one of them: RISK-RETENTION-UNDEFINED said "not
   * defined" also where the controller sets retention by a mechanism, RISK-UNILATERAL-AMENDMENT one
   * text for amendments with and without notice. Outcomes of one rule say different things.
   */
  @Test
  void outcomesOfOneRuleNeverShareAText() {
    java.util.List<String> shared = new java.util.ArrayList<>();
    for (CatalogRule rule : CatalogRule.values()) {
      java.util.Map<String, Outcome> english = new java.util.HashMap<>();
      java.util.Map<String, Outcome> dutch = new java.util.HashMap<>();
      for (Outcome outcome : rule.getOutcomes()) {
        Outcome before = english.putIfAbsent(outcome.getText().getEnglish(), outcome);
        Outcome beforeDutch = dutch.putIfAbsent(outcome.getText().getDutch(), outcome);
        if (before != null || beforeDutch != null) {
          shared.add(outcome + " = " + (before != null ? before : beforeDutch));
        }
      }
    }
    assertThat(shared).isEmpty();
  }

  /** The policy thresholds a rule reads are declared with it; the CLI asks the rule for them. */
  @Test
  void thresholdsAreDeclaredWithTheRulesThatReadThem() {
    Policy policy = Policy.defaults();
    assertThat(
            CatalogRule.byId("GDPR-33.2-BREACH-TIMELINESS").orElseThrow().getThresholds().stream()
                .map(t -> t.getName() + "=" + t.getValue(policy)))
        .containsExactly(
            "breachWarnAtOrAboveHours=73", "breachInfoAboveHours=24", "businessDayHolidays=2");
    assertThat(
            CatalogRule.byId("RISK-82-LIABILITY-CAP-LOW").orElseThrow().getThresholds().stream()
                .map(t -> t.getName() + "=" + t.getValue(policy)))
        .containsExactly("liabilityMinCap=[EUR 100000]", "liabilityMinCapFeeMonths=12");
  }

  @Test
  void docsRulesMdIsGeneratedFromTheCatalogue() throws IOException {
    String expected = RulesDoc.render();
    if (Boolean.getBoolean("dpa4j.docs.update")) {
      Files.writeString(DOCS, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(DOCS, StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  /** Renders docs/rules.md. */
  static final class RulesDoc {
    static String render() {
      StringBuilder out = new StringBuilder();
      out.append("# Rule catalogue\n\n")
          .append("Generated from the chapter classes (`PartyRules`, `ScopeRules`, ...) by")
          .append(" `CatalogueTest`; do not edit by hand")
          .append(
              " (`./mvnw -pl dpa-validation -am test -Dtest=CatalogueTest"
                  + " -Dsurefire.failIfNoSpecifiedTests=false -Ddpa4j.docs.update=true`).\n\n")
          .append("Each rule reports at most one finding per agreement: one of its outcomes.")
          .append(" Severities can be changed and rules switched off with a `Policy`.")
          .append(" Arguments are written `{name}`.")
          .append(" A published list of sub-processors (`metadata.documentKind`")
          .append(" `sub_processor_list`) is judged only by the rules marked so.\n");
      for (RuleSet set : CatalogRule.chapters()) {
        Chapter chapter = set.getChapter();
        out.append("\n## ")
            .append(chapter.getLabel().getEnglish())
            .append(" / ")
            .append(chapter.getLabel().getDutch())
            .append("\n");
        List<CatalogRule> rules = new ArrayList<>(set.getRules());
        rules.sort(java.util.Comparator.comparingInt(CatalogRule::getNumber));
        for (CatalogRule rule : rules) {
          rule(out, rule);
        }
      }
      out.append("\n## Rules of the validator itself\n\n")
          .append("- `")
          .append(DpaValidator.STRUCTURE_RULE_ID)
          .append(
              "`: structural violations (Jakarta Validation constraints on the model), error.\n")
          .append("- `")
          .append(DpaValidator.INCOMPLETE_RULE_ID)
          .append("`: a term the template leaves to be completed (`/blanks/N`), warning; the")
          .append(" rules that would judge that term wait for it.\n");
      return out.toString();
    }

    private static void rule(StringBuilder out, CatalogRule rule) {
      out.append("\n### ").append(rule.getNumber()).append(". `").append(rule.getId());
      out.append("`\n\n");
      out.append("- Requirement: ").append(rule.getRequirement()).append('\n');
      out.append("- Vereiste: ").append(rule.getRequirement(LocalizedText.DUTCH)).append('\n');
      out.append("- Legal basis: ").append(rule.getLegalBasis()).append('\n');
      out.append("- Juridische grondslag: ")
          .append(rule.getLegalBasis(LocalizedText.DUTCH))
          .append('\n');
      if (rule.isForSubProcessorLists()) {
        out.append("- Also judges a published list of sub-processors (`sub_processor_list`)\n");
      }
      if (!rule.getThresholds().isEmpty()) {
        out.append("- Policy thresholds: ");
        List<String> names = new ArrayList<>();
        for (Threshold threshold : rule.getThresholds()) {
          names.add("`" + threshold.getName() + "` (" + threshold.getValue(Policy.defaults()));
        }
        out.append(String.join("), ", names)).append(")\n");
      }
      out.append("\n| Outcome | Severity | Arguments | Message (EN) | Bericht (NL) |\n")
          .append("|---|---|---|---|---|\n");
      for (Outcome outcome : rule.getOutcomes()) {
        List<String> parameters = new ArrayList<>();
        outcome.getParameters().forEach(p -> parameters.add(p.toString()));
        out.append("| `")
            .append(outcome.getKey())
            .append("` | ")
            .append(outcome.getSeverity().name().toLowerCase(Locale.ROOT))
            .append(" | ")
            .append(String.join(", ", parameters))
            .append(" | ")
            .append(cell(outcome.getText().getEnglish()))
            .append(" | ")
            .append(cell(outcome.getText().getDutch()))
            .append(" |\n");
      }
    }

    private static String cell(String text) {
      return text.replace("|", "\\|").replace("\n", " ");
    }
  }
}
