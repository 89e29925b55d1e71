package org.dpa4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.DataProcessingAgreement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generator is reproducible, and over a run it exercises every enum constant and every optional
 * attribute. The number of agreements is {@value #DEFAULT_COUNT} unless the system property {@code
 * dpa4j.property.count} says otherwise.
 */
class AgreementGeneratorTest {
  static final int DEFAULT_COUNT = 1000;
  static final long SEED = 20261122L;

  static int count() {
    return Integer.getInteger("dpa4j.property.count", DEFAULT_COUNT);
  }

  @Test
  void sameSeedGivesTheSameAgreements() {
    AgreementGenerator a = new AgreementGenerator(SEED);
    AgreementGenerator b = new AgreementGenerator(SEED);
    for (int i = 0; i < 50; i++) {
      assertThat(a.next()).as("agreement %d of seed %d", i, SEED).isEqualTo(b.next());
    }
    assertThat(new AgreementGenerator(1L).next()).isNotEqualTo(new AgreementGenerator(2L).next());
    assertThat(a.getSeed()).isEqualTo(SEED);
  }

  @ParameterizedTest(name = "list size {0}")
  @MethodSource("sizes")
  void fixedListSizeIsExact(int size) {
    DataProcessingAgreement dpa = new AgreementGenerator(SEED).next(size);
    assertThat(dpa.getSubProcessing().getSubProcessors()).hasSize(size);
    assertThat(dpa.getScope().getPersonalDataCategories()).hasSize(size);
    assertThat(dpa.getSecurity().getMeasures()).hasSize(size);
  }

  static Stream<Integer> sizes() {
    return Stream.of(0, 1, 10, 100, 1000);
  }

  @Test
  void negativeListSizeIsRefused() {
    assertThatThrownBy(() -> new AgreementGenerator(SEED).next(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRunCoversEveryEnumConstantEveryOptionalListAndFlag() {
    Set<Enum<?>> seenConstants = new HashSet<>();
    Set<String> optionalPresent = new TreeSet<>();
    Set<String> optionalSeen = new TreeSet<>();
    Set<Class<?>> enumTypes = new HashSet<>();
    AgreementGenerator generator = new AgreementGenerator(SEED);
    // Coverage is a property of a run of this length, whatever the property-test count: a
    // shorter run (the locale run takes 200) does not reach every rare value.
    int count = Math.max(count(), DEFAULT_COUNT);
    for (int i = 0; i < count; i++) {
      DataProcessingAgreement dpa = generator.next();
      ModelTree.walk(
          dpa,
          (pointer, value) -> {
            String path = pointer.replaceAll("/\\d+", "/*");
            if (value instanceof CodedEnum) {
              seenConstants.add((Enum<?>) value);
              enumTypes.add(value.getClass());
            } else if (value instanceof Optional) {
              optionalSeen.add(path);
              if (((Optional<?>) value).isPresent()) {
                optionalPresent.add(path);
              }
            } else if (value instanceof java.util.Collection && !path.endsWith("/extensions")) {
              // Every list and set attribute has entries somewhere in a run.
              optionalSeen.add(path + "[]");
              if (!((java.util.Collection<?>) value).isEmpty()) {
                optionalPresent.add(path + "[]");
              }
            } else if (value instanceof Boolean) {
              // Every flag is true somewhere in a run (false is its default).
              optionalSeen.add(path + "=true");
              if ((Boolean) value) {
                optionalPresent.add(path + "=true");
              }
            }
          });
    }
    Set<Enum<?>> allConstants = new HashSet<>();
    for (Class<?> type : enumTypes) {
      for (Object constant : type.getEnumConstants()) {
        allConstants.add((Enum<?>) constant);
      }
    }
    assertThat(enumTypes).hasSizeGreaterThanOrEqualTo(40);
    assertThat(seenConstants).containsAll(allConstants);
    assertThat(optionalPresent).isEqualTo(optionalSeen);
  }

  @Test
  void everyGeneratedAgreementIsValidAndReproducibleFromItsSeed() {
    // Each case gets its own seed, so a failure names the one seed that reproduces it.
    LongStream.range(0, Math.max(1, count() / 10))
        .forEach(
            caseSeed -> {
              DataProcessingAgreement first = new AgreementGenerator(caseSeed).next();
              DataProcessingAgreement again = new AgreementGenerator(caseSeed).next();
              assertThat(first)
                  .as("reproduce with new AgreementGenerator(%dL)", caseSeed)
                  .isEqualTo(again);
            });
  }
}
