package org.dpa4j.model.processing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * What the agreement says about special categories of personal data (art. 9 GDPR).
 *
 * <p class="nl">Wat de overeenkomst zegt over bijzondere categorieën persoonsgegevens (art. 9 AVG).
 */
public enum SpecialCategoriesStance implements CodedEnum {
  /**
   * No special categories are declared: the text lists none, says "none", or is silent on them.
   *
   * <p class="nl">Er zijn geen bijzondere categorieën opgegeven: de tekst noemt er geen, zegt
   * "geen" of zwijgt erover.
   */
  NONE_DECLARED("none declared", "geen vermeld"),
  /**
   * The text says the service is not meant or set up for special categories of data.
   *
   * <p class="nl">De tekst zegt dat de dienst niet bedoeld of ingericht is voor bijzondere
   * categorieën van persoonsgegevens.
   */
  EXCLUDED_BY_DESIGN("excluded by design", "uitgesloten"),
  /**
   * The text lists one or more special categories among the data processed.
   *
   * <p class="nl">De tekst noemt een of meer bijzondere categorieën onder de verwerkte gegevens.
   */
  LISTED("listed", "vermeld"),
  /**
   * A heading or label speaks of "(bijzondere) persoonsgegevens", but no special category is
   * listed.
   *
   * <p class="nl">Een kop of label spreekt van "(bijzondere) persoonsgegevens", maar er is geen
   * bijzondere categorie genoemd.
   */
  LABEL_ONLY_AMBIGUOUS("mentioned in a heading only", "alleen in een kop genoemd");

  private final LocalizedText label;

  SpecialCategoriesStance(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
