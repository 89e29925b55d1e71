package org.dpa4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dpa4j.model.LocalizedText;
import org.junit.jupiter.api.Test;

/**
 * The catalogue: 79 rules with unique ids, a legal basis, and an English and a Dutch message for
 * every severity they report, with the same placeholders in both; {@code docs/rules.md} is
 * generated from it (run with {@code -Ddpa4j.docs.update=true} to rewrite it).
 */
class CatalogueTest {
  static final Path DOCS = Path.of("../docs/rules.md");

  @Test
  void everyRuleHasIdBasisAndBothLanguagesForEverySeverity() {
    assertThat(CatalogRule.values()).hasSize(79);
    Set<String> ids = new HashSet<>();
    for (CatalogRule rule : CatalogRule.values()) {
      assertThat(ids.add(rule.getId())).as(rule.getId()).isTrue();
      assertThat(rule.getId()).matches("[A-Z0-9][A-Za-z0-9.-]+");
      assertThat(rule.getLegalBasis()).as(rule.getId()).isNotBlank();
      assertThat(rule.getRequirement()).as(rule.getId()).isNotBlank();
      assertThat(rule.getSeverities()).contains(rule.getDefaultSeverity());
      assertThat(CatalogRule.byId(rule.getId())).contains(rule);
      for (Severity severity : rule.getSeverities()) {
        LocalizedText message = rule.getMessage(severity);
        assertThat(message.getEnglish()).as(rule.getId()).isNotBlank();
        assertThat(message.getDutch())
            .as(rule.getId())
            .isNotBlank()
            .isNotEqualTo(message.getEnglish());
        assertThat(placeholders(message.getDutch()))
            .as(rule.getId() + " placeholders")
            .isEqualTo(placeholders(message.getEnglish()));
      }
      assertThat(rule.getNumber()).isEqualTo(rule.ordinal() + 1);
    }
  }

  private static Set<String> placeholders(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = Pattern.compile("\\{\\d}").matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** GDPR-28.3.a-INSTRUCTIONS printed two texts pasted together with " / (INFO) ". */
  @Test
  void everyOutcomeHasOneTextOfItsOwn() {
    for (CatalogRule rule : CatalogRule.values()) {
      for (Severity severity : rule.getSeverities()) {
        org.dpa4j.model.LocalizedText message = rule.getMessage(severity);
        for (String text : new String[] {message.getEnglish(), message.getDutch()}) {
          assertThat(text)
              .as("%s %s", rule.getId(), severity)
              .doesNotContain("\" / (")
              .doesNotContain("(INFO)")
              .doesNotContain("(WARNING)")
              .doesNotContain("(ERROR)");
        }
      }
    }
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
          .append("Generated from `CatalogRule` by `CatalogueTest`; do not edit by hand")
          .append(
              " (`./mvnw -pl dpa-validation test -Dtest=CatalogueTest -Ddpa4j.docs.update=true`).\n\n")
          .append(
              "Each rule reports at most one finding per agreement, at the highest severity that")
          .append(" applies. Severities can be changed and rules switched off with a `Policy`.\n\n")
          .append(
              "| # | Rule id | Severities | Legal basis | Requirement | Message (EN) | Bericht (NL) |\n")
          .append("|---|---|---|---|---|---|---|\n");
      for (CatalogRule rule : CatalogRule.values()) {
        StringBuilder en = new StringBuilder();
        StringBuilder nl = new StringBuilder();
        for (Severity severity : rule.getSeverities()) {
          String prefix = rule.getSeverities().size() > 1 ? severity + ": " : "";
          en.append(en.length() == 0 ? "" : "<br>")
              .append(prefix)
              .append(rule.getMessage(severity).getEnglish());
          nl.append(nl.length() == 0 ? "" : "<br>")
              .append(prefix)
              .append(rule.getMessage(severity).getDutch());
        }
        out.append("| ")
            .append(rule.getNumber())
            .append(" | `")
            .append(rule.getId())
            .append("` | ")
            .append(
                String.join(
                    ", ",
                    rule.getSeverities().stream()
                        .map(s -> s.name().toLowerCase(Locale.ROOT))
                        .toList()))
            .append(" | ")
            .append(cell(rule.getLegalBasis()))
            .append(" | ")
            .append(cell(rule.getRequirement()))
            .append(" | ")
            .append(cell(en.toString()))
            .append(" | ")
            .append(cell(nl.toString()))
            .append(" |\n");
      }
      out.append(
              "\nStructural violations (Jakarta Validation constraints on the model) are reported")
          .append(" as ERROR findings with rule id `")
          .append(DpaValidator.STRUCTURE_RULE_ID)
          .append("`.\n");
      return out.toString();
    }

    private static String cell(String text) {
      return text.replace("|", "\\|").replace("\n", " ");
    }
  }
}
