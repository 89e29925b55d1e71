package org.dpa4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dpa4j.model.breach.SuspectedBreaches;
import org.dpa4j.model.value.DeadlineQualifier;
import org.junit.jupiter.api.Test;

/** Every contract option has a stable lower_snake_case code and labels in both languages. */
class CodedEnumTest {

  /** Finds every enum of the model by scanning the compiled classes. */
  static List<Class<?>> modelEnums() throws IOException, URISyntaxException {
    Path root =
        Path.of(CodedEnum.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .map(root::relativize)
          .map(Path::toString)
          .filter(p -> p.endsWith(".class") && !p.contains("$") && !p.contains("module-info"))
          .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
          .map(CodedEnumTest::load)
          .filter(Class::isEnum)
          .sorted((a, b) -> a.getName().compareTo(b.getName()))
          .collect(Collectors.toList());
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everyEnumIsCodedWithUniqueSnakeCaseCodesAndBothLabels() throws Exception {
    List<Class<?>> enums = modelEnums();
    assertThat(enums).hasSizeGreaterThan(40);
    for (Class<?> type : enums) {
      if (type == ModelProblemCode.class) {
        continue;
      }
      assertThat(CodedEnum.class).as(type.getName()).isAssignableFrom(type);
      Set<String> codes = new HashSet<>();
      for (Object constant : type.getEnumConstants()) {
        CodedEnum coded = (CodedEnum) constant;
        assertThat(coded.getCode()).as(type.getSimpleName()).matches("[a-z][a-z0-9]*(_[a-z0-9]+)*");
        assertThat(codes.add(coded.getCode())).as(coded.getCode()).isTrue();
        assertThat(coded.getLabel(Locale.ENGLISH)).as(coded.getCode()).isNotBlank();
        assertThat(coded.getLabel(LocalizedText.DUTCH)).as(coded.getCode()).isNotBlank();
        coded.getDpvIri().ifPresent(iri -> assertThat(iri).startsWith("https://w3id.org/dpv#"));
      }
    }
  }

  @Test
  void codesAreStable() {
    assertThat(DeadlineQualifier.WITHOUT_UNDUE_DELAY.getCode()).isEqualTo("without_undue_delay");
    assertThat(CodedEnum.fromCode(SuspectedBreaches.class, "included"))
        .isEqualTo(SuspectedBreaches.INCLUDED);
    assertThat(DeadlineQualifier.WITHOUT_UNDUE_DELAY.getLabel(LocalizedText.DUTCH))
        .isEqualTo("onverwijld");
  }

  @Test
  void unknownCodeIsATypedProblemListingTheKnownCodes() {
    assertThatThrownBy(() -> CodedEnum.fromCode(SuspectedBreaches.class, "INCLUDED"))
        .isInstanceOf(DpaModelException.class)
        .hasMessageContaining("'INCLUDED' is not a known SuspectedBreaches")
        .hasMessageContaining("included, excluded, not_stated");
  }

  @Test
  void problemCodesAreUniqueAndNamespaced() {
    Set<String> codes = new HashSet<>();
    for (ModelProblemCode code : ModelProblemCode.values()) {
      assertThat(code.getCode()).startsWith("model.");
      assertThat(codes.add(code.getCode())).isTrue();
    }
  }
}
