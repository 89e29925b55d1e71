package org.dpa4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.testkit.AgreementGenerator;
import org.junit.jupiter.api.Test;

/**
 * Over generated agreements: reading what was written gives the same agreement, canonical output is
 * idempotent, compact and pretty forms hold the same tree, and every document the writer produces
 * is valid under the published schema. The count is 1,000 unless {@code -Ddpa4j.property.count}
 * says otherwise; a failure names the seed that reproduces it.
 */
class RoundTripPropertyTest {
  private static final long SEED = 20261122L;
  private static final ObjectMapper TREES = new ObjectMapper();

  @Test
  void readOfWriteIsIdentityAndCanonicalOutputIsIdempotent() throws Exception {
    DpaJson json = DpaJson.standard();
    int count = Integer.getInteger("dpa4j.property.count", 1000);
    for (int i = 0; i < count; i++) {
      long caseSeed = SEED + i;
      DataProcessingAgreement agreement = new AgreementGenerator(caseSeed).next();
      String reproduce = "reproduce with new AgreementGenerator(" + caseSeed + "L).next()";
      String written = json.write(agreement);
      DataProcessingAgreement read = json.read(written);
      assertThat(read).as(reproduce).isEqualTo(agreement);
      assertThat(json.write(read)).as(reproduce).isEqualTo(written);
      String compact = json.writeCompact(agreement);
      assertThat(compact).as(reproduce).doesNotContain("\n");
      assertThat(json.read(compact)).as(reproduce).isEqualTo(agreement);
      assertThat(TREES.readTree(compact)).as(reproduce).isEqualTo(TREES.readTree(written));
      if (i % 10 == 0) {
        Set<ValidationMessage> errors =
            InvalidDocumentTest.SCHEMA.validate(TREES.readTree(written));
        assertThat(errors).as(reproduce).isEmpty();
      }
    }
  }

  @Test
  void largeListsRoundTrip() {
    DpaJson json = DpaJson.standard();
    DataProcessingAgreement agreement = new AgreementGenerator(SEED).next(1000);
    assertThat(json.read(json.writeCompact(agreement))).isEqualTo(agreement);
  }
}
