package org.dpa4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.ImmutableDataProcessingAgreement;
import org.dpa4j.model.processing.ImmutableProcessingScope;
import org.dpa4j.testkit.SeedAgreements;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, "Hostile input, round 1", for validation: one test per kind of fault, named after what
 * broke.
 */
class HostileInputTest {
  static DataProcessingAgreement withBlankServices(int count) {
    DataProcessingAgreement seed = SeedAgreements.hallo();
    return ImmutableDataProcessingAgreement.copyOf(seed)
        .withScope(
            ImmutableProcessingScope.copyOf(seed.getScope())
                .withServices(Collections.nCopies(count, " ")));
  }

  /**
   * Findings were unbounded: 700,000 blank list entries made 700,031 findings (2.4 GB). A report
   * keeps the first {@code maxFindings} in report order and counts the rest.
   */
  @Test
  void findingsPerReportAreCappedWithACountOfTheRest() {
    DataProcessingAgreement agreement = withBlankServices(5000);
    ValidationReport all = DpaValidator.builder().maxFindings(100_000).build().validate(agreement);
    assertThat(all.getOmittedCount()).isZero();
    assertThat(all.getFindings().size()).isGreaterThan(5000);
    ValidationReport capped = DpaValidator.create().validate(agreement);
    assertThat(capped.getFindings()).hasSize(DpaValidator.DEFAULT_MAX_FINDINGS);
    assertThat(capped.getOmittedCount())
        .isEqualTo(all.getFindings().size() - DpaValidator.DEFAULT_MAX_FINDINGS);
    assertThat(capped.getFindings())
        .isEqualTo(all.getFindings().subList(0, DpaValidator.DEFAULT_MAX_FINDINGS));
    assertThat(capped.hasErrors()).isTrue();
    assertThat(capped.toString()).contains("omitted=" + capped.getOmittedCount());
    ValidationReport one = DpaValidator.builder().maxFindings(1).build().validate(agreement);
    assertThat(one.getFindings()).hasSize(1);
    assertThat(one.getOmittedCount()).isEqualTo(all.getFindings().size() - 1);
    // A clean report is complete.
    assertThat(DpaValidator.create().validate(SeedAgreements.hallo()).getOmittedCount()).isZero();
  }
}
