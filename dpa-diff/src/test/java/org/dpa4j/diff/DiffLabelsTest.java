package org.dpa4j.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.testkit.DutchText;
import org.junit.jupiter.api.Test;

/**
 * The labels file is held to the model: every model type and every attribute a change's message can
 * name has a label in English and Dutch, and the file has no other entries.
 */
class DiffLabelsTest {
  private static final Map<String, LocalizedText> LABELS = Labels.get().all();

  /** The keys the diff can name: every type, every attribute a summary shows, its own words. */
  private static Set<String> nameable() {
    Set<String> keys = new TreeSet<>();
    for (ModelTypes.ObjectType type : ModelTypes.get().objectTypes()) {
      keys.add(type.name());
      for (ModelTypes.Attr attr : type.attributes) {
        if (Values.isSummarised(attr)) {
          keys.add(attr.key());
        }
      }
    }
    return keys;
  }

  @Test
  void everyTypeAndEveryAttributeTheDiffCanNameHasALabelAndNoLabelIsStale() {
    Set<String> expected = nameable();
    assertThat(expected).hasSizeGreaterThan(200).contains("SubProcessor", "Deadline.limit");
    Set<String> labelled = new TreeSet<>(LABELS.keySet());
    labelled.removeIf(k -> k.startsWith("word."));
    assertThat(labelled).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void everyDutchLabelIsDutch() {
    LABELS.forEach(
        (key, label) -> {
          assertThat(label.getEnglish()).as(key).isNotBlank();
          assertThat(DutchText.englishWord(label.getDutch())).as(key + " " + label).isEmpty();
        });
    assertThat(LABELS.get("SubProcessor").getDutch()).isEqualTo("subverwerker");
  }

  /** A value is printed by its model label: every code an attribute can hold has a Dutch one. */
  @Test
  void everyCodeAnAttributeCanHoldHasADutchLabel() {
    Set<String> wrong = new TreeSet<>();
    int codes = 0;
    for (ModelTypes.ObjectType type : ModelTypes.get().objectTypes()) {
      for (ModelTypes.Attr attr : type.attributes) {
        if (attr.valueClass.isEnum() && CodedEnum.class.isAssignableFrom(attr.valueClass)) {
          for (Object constant : attr.valueClass.getEnumConstants()) {
            LocalizedText label = ((CodedEnum) constant).getLabel();
            codes++;
            DutchText.englishWord(label.getDutch())
                .ifPresent(
                    w ->
                        wrong.add(
                            constant.getClass().getSimpleName()
                                + "."
                                + constant
                                + ": "
                                + label.getDutch()));
          }
        }
      }
    }
    assertThat(codes).isGreaterThan(100);
    assertThat(wrong).isEmpty();
  }

  @Test
  void aLabelWithoutBothLanguagesIsRefused() {
    assertThatThrownBy(() -> Labels.parse("X", "only english"))
        .hasMessageContaining("english | dutch");
    assertThatThrownBy(() -> Labels.parse("X", "english | ")).hasMessageContaining("both");
  }
}
