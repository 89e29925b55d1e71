package org.dpa4j.model.subprocessing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * Whether the controller may object to a new sub-processor.
 *
 * <p class="nl">Of de verwerkingsverantwoordelijke bezwaar mag maken tegen een nieuwe subverwerker.
 */
public enum ObjectionRight implements CodedEnum {
  /**
   * The controller may object, with no requirement on its grounds; a time window for objecting does
   * not make the right conditional.
   *
   * <p class="nl">De verwerkingsverantwoordelijke mag bezwaar maken, zonder eisen aan de gronden
   * daarvan; een termijn om bezwaar te maken maakt het recht niet voorwaardelijk.
   */
  PRESENT("present", "aanwezig"),
  /**
   * The controller may object only on a condition on the objection itself, such as a "reasonable
   * and well-founded" objection; the condition is also recorded in the section's conditions.
   *
   * <p class="nl">De verwerkingsverantwoordelijke mag alleen bezwaar maken onder een voorwaarde aan
   * het bezwaar zelf, zoals een "redelijk en gegrond" bezwaar; de voorwaarde staat ook in de
   * voorwaarden van het onderdeel.
   */
  CONDITIONAL("conditional", "voorwaardelijk"),
  /**
   * The text gives the controller no right to object.
   *
   * <p class="nl">De tekst geeft de verwerkingsverantwoordelijke geen recht om bezwaar te maken.
   */
  ABSENT("absent", "ontbreekt");

  private final LocalizedText label;

  ObjectionRight(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
