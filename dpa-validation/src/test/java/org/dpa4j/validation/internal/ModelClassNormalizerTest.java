package org.dpa4j.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.ImmutableDataProcessingAgreement;
import org.dpa4j.model.parties.ImmutableParty;
import org.dpa4j.model.parties.Party;
import org.junit.jupiter.api.Test;

class ModelClassNormalizerTest {
  private final Structural.ModelClassNormalizer normalizer = new Structural.ModelClassNormalizer();

  @Test
  void generatedModelClassesAreDescribedByTheirModelType() {
    assertThat((Object) normalizer.normalize(ImmutableParty.class)).isEqualTo(Party.class);
    assertThat((Object) normalizer.normalize(ImmutableDataProcessingAgreement.class))
        .isEqualTo(DataProcessingAgreement.class);
  }

  @Test
  void otherClassesAreLeftAlone() {
    assertThat((Object) normalizer.normalize(Party.class)).isEqualTo(Party.class);
    assertThat((Object) normalizer.normalize(String.class)).isEqualTo(String.class);
    assertThat((Object) normalizer.normalize(ArrayList.class)).isEqualTo(ArrayList.class);
    assertThat((Object) normalizer.normalize(ImmutableLookalike.class))
        .isEqualTo(ImmutableLookalike.class);
  }

  /** Named like a generated class, but outside the model. */
  abstract static class Lookalike {}

  static final class ImmutableLookalike extends Lookalike {}
}
