package org.dpa4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dpa4j.json.DpaJson;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.testkit.AgreementGenerator;
import org.dpa4j.testkit.SeedAgreements;
import org.junit.jupiter.api.Test;

/**
 * Over generated agreements (1,000 unless {@code -Ddpa4j.property.count} says otherwise): the
 * validator never throws, every finding's pointer resolves in the agreement's JSON form, and the
 * report is the same every time.
 */
class ValidatorPropertyTest {
  private static final long SEED = 20261122L;
  private static final ObjectMapper TREES = new ObjectMapper();

  @Test
  void neverThrowsPointersResolveAndReportsAreDeterministic() throws Exception {
    DpaValidator validator = DpaValidator.create();
    DpaValidator dutch = DpaValidator.builder().locale(org.dpa4j.model.LocalizedText.DUTCH).build();
    int count = Integer.getInteger("dpa4j.property.count", 1000);
    int findings = 0;
    for (int i = 0; i < count; i++) {
      long caseSeed = SEED + i;
      DataProcessingAgreement agreement = new AgreementGenerator(caseSeed).next();
      String reproduce = "reproduce with new AgreementGenerator(" + caseSeed + "L).next()";
      ValidationReport report = validator.validate(agreement);
      JsonNode json = TREES.readTree(DpaJson.standard().writeCompact(agreement));
      for (Finding finding : report.getFindings()) {
        assertThat(json.at(finding.getPointer()).isMissingNode())
            .as(reproduce + ": " + finding)
            .isFalse();
        assertThat(finding.getMessage()).as(reproduce).isNotBlank();
      }
      assertThat(validator.validate(agreement)).as(reproduce).isEqualTo(report);
      assertThat(dutch.validate(agreement).getFindings()).hasSameSizeAs(report.getFindings());
      findings += report.getFindings().size();
    }
    assertThat(findings).as("generated agreements do produce findings").isGreaterThan(count);
  }

  @Test
  void seedPointersResolveToo() throws Exception {
    DpaValidator validator = DpaValidator.create();
    for (String name : SeedAgreements.names()) {
      DataProcessingAgreement seed = SeedAgreements.all().get(name).get();
      JsonNode json = TREES.readTree(DpaJson.standard().write(seed));
      for (Finding finding : validator.validate(seed).getFindings()) {
        assertThat(json.at(finding.getPointer()).isMissingNode())
            .as(name + " " + finding)
            .isFalse();
      }
    }
  }
}
