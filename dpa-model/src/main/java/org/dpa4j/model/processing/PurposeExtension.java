package org.dpa4j.model.processing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * Whether the purposes may grow beyond those listed.
 *
 * <p class="nl">Of de doeleinden verder mogen gaan dan de opgesomde.
 */
public enum PurposeExtension implements CodedEnum {
  /**
   * Only the listed purposes: the text says processing does not go beyond them.
   *
   * <p class="nl">Alleen de genoemde doeleinden: de tekst zegt dat de verwerking daar niet buiten
   * gaat.
   */
  NONE("no extension", "geen uitbreiding"),
  /**
   * Also purposes reasonably related to the listed ones ("die daarmee redelijkerwijs samenhangen").
   *
   * <p class="nl">Ook doeleinden die redelijkerwijs samenhangen met de genoemde ("die daarmee
   * redelijkerwijs samenhangen").
   */
  RELATED_PURPOSES("related purposes", "samenhangende doeleinden"),
  /**
   * Also related purposes and purposes agreed later ("met nadere instemming").
   *
   * <p class="nl">Ook samenhangende doeleinden en doeleinden die later worden overeengekomen ("met
   * nadere instemming").
   */
  RELATED_OR_FURTHER_CONSENT(
      "related purposes or purposes agreed later",
      "samenhangende of later overeengekomen doeleinden"),
  /**
   * The text does not say whether purposes may be added.
   *
   * <p class="nl">De tekst zegt niet of doeleinden mogen worden toegevoegd.
   */
  NOT_STATED("not stated", "niet vermeld");

  private final LocalizedText label;

  PurposeExtension(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
