package org.dpa4j.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.testkit.SampleAgreements;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PointersTest {
  private static final DataProcessingAgreement AGREEMENT = SampleAgreements.compliant();

  @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
  @CsvSource(
      value = {
        "'', ''",
        "/, ''",
        "/metadata/title, /metadata/title",
        "/metadata/noSuchAttribute, /metadata",
        "/metadata/title/deeper, /metadata/title",
        "/scope/services/0, /scope/services/0",
        "/scope/services/999, /scope/services",
        "/scope/services/x, /scope/services",
        "/scope/services/-1, /scope/services",
        "/scope/services/0123456789, /scope/services",
        "/noSuchTerm/limit, ''",
        "/metadata/, /metadata",
        "/metadata~1title, ''",
        // A segment is compared where it stands: not a prefix, an extension or a same-length
        // neighbour of a name.
        "/metadata/titl, /metadata",
        "/metadata/titles, /metadata",
        "/metadata/tItle, /metadata",
        "/metadat/title, ''",
        // Escaped segments are unescaped first (~1 is /, ~0 is ~); no attribute has either.
        "/metadata/ti~0tle, /metadata",
        "/metadata/ti~1tle, /metadata",
        "/metadata/~01, /metadata",
        "/metadata/title~, /metadata",
        // Indices, then names below them; a missing step stops the walk there.
        "/scope/services/0/noSuchAttribute, /scope/services/0",
        "/scope/services/00, /scope/services",
        "/scope/services/, /scope/services",
        "/scope//services, /scope",
      })
  void pointsAtTheNearestValueTheJsonFormHas(String pointer, String expected) {
    assertThat(Pointers.nearestPresent(AGREEMENT, pointer)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void aSetIsAnArrayIndexedInItsOrderAndAnEmptyOneIsLeftOut() {
    int size = AGREEMENT.getBreachNotification().getContent().size();
    assertThat(size).isGreaterThan(1);
    String content = "/breachNotification/content";
    assertThat(Pointers.nearestPresent(AGREEMENT, content)).isEqualTo(content);
    assertThat(Pointers.nearestPresent(AGREEMENT, content + "/0")).isEqualTo(content + "/0");
    String last = content + "/" + (size - 1);
    assertThat(Pointers.nearestPresent(AGREEMENT, last)).isEqualTo(last);
    assertThat(Pointers.nearestPresent(AGREEMENT, content + "/" + size)).isEqualTo(content);
    // An element is a code: a string in the JSON form, with nothing below it.
    assertThat(Pointers.nearestPresent(AGREEMENT, last + "/label")).isEqualTo(last);
    DataProcessingAgreement none =
        org.dpa4j.model.ImmutableDataProcessingAgreement.copyOf(AGREEMENT)
            .withBreachNotification(
                org.dpa4j.model.breach.ImmutableBreachNotification.copyOf(
                        AGREEMENT.getBreachNotification())
                    .withContent(java.util.Set.of()));
    assertThat(Pointers.nearestPresent(none, content + "/0")).isEqualTo("/breachNotification");
  }

  @org.junit.jupiter.api.Test
  void aModelObjectsAccessorsAreFoundByTheSegmentWhereItStands() {
    Pointers.Shape shape = Pointers.Shape.of(AGREEMENT.getClass());
    String text = "/metadata/breachNotification/blanks/";
    assertThat(shape.find(text, 1, 9).call(AGREEMENT)).isSameAs(AGREEMENT.getMetadata());
    assertThat(shape.find(text, 10, 28).call(AGREEMENT))
        .isSameAs(AGREEMENT.getBreachNotification());
    assertThat(shape.find(text, 29, 35).call(AGREEMENT)).isSameAs(AGREEMENT.getBlanks());
    // Near misses: a prefix, a longer run, the empty segment, other case.
    assertThat(shape.find(text, 1, 8)).isNull();
    assertThat(shape.find(text, 1, 10)).isNull();
    assertThat(shape.find(text, 0, 0)).isNull();
    assertThat(shape.find("/Metadata", 1, 9)).isNull();
    // Only the model's getters: not getClass(), nor a builder's or Object's methods.
    assertThat(shape.find("class", 0, 5)).isNull();
    assertThat(shape.find("hashCode", 0, 8)).isNull();
    // A value has no accessors at all.
    assertThat(Pointers.Shape.of(String.class).isEmpty()).isTrue();
    assertThat(Pointers.Shape.of(String.class).find("bytes", 0, 5)).isNull();
  }

  @org.junit.jupiter.api.Test
  void extensionsAreNoValueOfTheirOwn() {
    assertThat(Pointers.nearestPresent(AGREEMENT, "/metadata/extensions/x")).isEqualTo("/metadata");
  }

  @org.junit.jupiter.api.Test
  void aPointerStopsAtValuesAndAcceptsOnlyTheJsonFormsNamesAndIndices() {
    org.dpa4j.model.DataProcessingAgreement dpa = org.dpa4j.testkit.SampleAgreements.compliant();
    // A time limit is a string in JSON: no pointer goes into it.
    org.assertj.core.api.Assertions.assertThat(
            Pointers.nearestPresent(dpa, "/breachNotification/deadline/limit/amount"))
        .isEqualTo("/breachNotification/deadline/limit");
    // Names as JSON writes them (lower case first), indices without leading zeros.
    org.assertj.core.api.Assertions.assertThat(Pointers.nearestPresent(dpa, "/Metadata/Title"))
        .isEmpty();
    org.assertj.core.api.Assertions.assertThat(
            Pointers.nearestPresent(dpa, "/scope/personalDataCategories/01/name"))
        .isEqualTo("/scope/personalDataCategories");
  }
}
