package org.dpa4j.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.value.CountryCode;
import org.dpa4j.model.value.Jurisdiction;
import org.dpa4j.model.value.Money;
import org.dpa4j.model.value.TimeLimit;
import org.junit.jupiter.api.Test;

/** The classification table is held to the model: one entry per attribute, each one applicable. */
class DiffTableTest {
  private static final DiffTable TABLE = DiffTable.get();

  private static List<ModelTypes.Attr> attributes() {
    List<ModelTypes.Attr> all = new ArrayList<>();
    ModelTypes.get().objectTypes().forEach(t -> all.addAll(t.attributes));
    return all;
  }

  @Test
  void everyModelAttributeHasExactlyOneEntryAndNoEntryIsStale() {
    Set<String> model =
        attributes().stream()
            .map(ModelTypes.Attr::key)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(model).hasSizeGreaterThan(400);
    assertThat(TABLE.rules().keySet()).containsExactlyInAnyOrderElementsOf(model);
  }

  @Test
  void everyRuleFitsTheValuesOfItsAttribute() {
    for (ModelTypes.Attr attr : attributes()) {
      DiffTable.Rule rule = TABLE.rule(attr);
      Class<?> value = attr.valueClass;
      boolean object = attr.objectType() != null;
      switch (rule.kind) {
        case TRUE_STRICTER:
        case TRUE_LOOSER:
          assertThat(value).as(attr.key()).isIn(boolean.class, Boolean.class);
          assertThat(attr.isMany()).as(attr.key()).isFalse();
          break;
        case MORE_STRICTER:
        case MORE_LOOSER:
          assertThat(
                  attr.isMany()
                      || value == int.class
                      || value == Integer.class
                      || value == TimeLimit.class
                      || value == Money.class)
              .as(attr.key() + " is a number, time limit, amount or collection")
              .isTrue();
          break;
        case ORDER:
          assertThat(value.isEnum() && CodedEnum.class.isAssignableFrom(value))
              .as(attr.key())
              .isTrue();
          Set<String> codes =
              Stream.of(value.getEnumConstants())
                  .map(c -> ((CodedEnum) c).getCode())
                  .collect(Collectors.toSet());
          assertThat(codes).as(attr.key()).containsAll(rule.order);
          assertThat(rule.order).as(attr.key()).doesNotHaveDuplicates().hasSizeGreaterThan(1);
          break;
        case EEA:
          assertThat(value).as(attr.key()).isIn(CountryCode.class, Jurisdiction.class);
          break;
        default:
          break;
      }
      if (rule.absent != null) {
        assertThat(
                attr.cardinality == ModelTypes.Cardinality.OPTIONAL
                    || (attr.objectType() != null && attr.objectType().notStated().isPresent()))
            .as(attr.key() + ": absent= only on optional values and sections that can be left out")
            .isTrue();
      }
      if (!rule.except.isEmpty()) {
        assertThat(value.isEnum()).as(attr.key() + ": except= on codes").isTrue();
        List<String> codes = new ArrayList<>();
        for (Object constant : value.getEnumConstants()) {
          codes.add(((CodedEnum) constant).getCode());
        }
        assertThat(codes).as(attr.key() + ": except= names codes").containsAll(rule.except);
      }
      if (object && !attr.isMany()) {
        assertThat(rule.kind)
            .as(attr.key() + ": an object is walked; its own rule is only about its presence")
            .isIn(DiffTable.Kind.NEUTRAL, DiffTable.Kind.UNKNOWN);
      }
    }
  }

  @Test
  void everyTypeOfListElementHasAnIdentityOfItsOwnAttributes() {
    Set<String> listed = new TreeSet<>();
    for (ModelTypes.Attr attr : attributes()) {
      ModelTypes.ObjectType type = attr.objectType();
      if (attr.isMany() && type != null) {
        listed.add(type.name());
        for (String name : TABLE.identity(type)) {
          assertThat(type.attribute(name)).as(type.name() + "#identity " + name).isPresent();
          assertThat(type.attribute(name).orElseThrow().isMany())
              .as(type.name() + "#identity " + name + " is a single value")
              .isFalse();
        }
      }
    }
    assertThat(TABLE.identities().keySet()).containsExactlyInAnyOrderElementsOf(listed);
    // Same-entity attributes (registration numbers) belong to list element types too, and name
    // attributes of their own whose values have an identity (a registration by scheme and number).
    assertThat(listed).containsAll(TABLE.sameEntities().keySet());
    assertThat(TABLE.sameEntities()).containsKey("Party");
    TABLE
        .sameEntities()
        .forEach(
            (name, attributes) -> {
              ModelTypes.ObjectType type = ModelTypes.get().type(name);
              for (String attribute : attributes) {
                ModelTypes.Attr attr = type.attribute(attribute).orElseThrow();
                if (attr.objectType() != null) {
                  assertThat(TABLE.identity(attr.objectType()))
                      .as(name + "#sameEntity " + attribute)
                      .isNotEmpty();
                }
              }
            });
  }

  /**
   * Personal data is marked {@code @Value.Redacted} in the model's source (the annotation does not
   * survive compilation); the table's {@code personal} flags must say the same.
   */
  @Test
  void personalFlagsAreTheModelsRedactedAttributes() throws IOException {
    Pattern redacted =
        Pattern.compile("@Value\\.Redacted\\s+public abstract [^;]*?\\b(?:get|is)([A-Z]\\w*)\\(");
    Set<String> expected = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("../dpa-model/src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String type = file.getFileName().toString().replace(".java", "");
        Matcher m = redacted.matcher(Files.readString(file));
        while (m.find()) {
          String name =
              m.group(1).substring(0, 1).toLowerCase(java.util.Locale.ROOT)
                  + m.group(1).substring(1);
          if (!name.equals("extensions")) {
            expected.add(type + "." + name);
          }
        }
      }
    }
    assertThat(expected).contains("Contact.name", "Contact.emails", "Contact.phones");
    Set<String> flagged =
        TABLE.rules().entrySet().stream()
            .filter(e -> e.getValue().personal)
            .map(java.util.Map.Entry::getKey)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(flagged).isEqualTo(expected);
  }

  @Test
  void aMisspelledRuleIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DiffTable.parse("X.y", "looser"))
        .hasMessageContaining("unknown rule looser");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> DiffTable.parse("X.y", "unknown absent=looser personl"))
        .hasMessageContaining("unknown word personl");
  }
}
