package org.dpa4j.model.processing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * What the agreement says about special categories of personal data (art. 9 GDPR).
 *
 * <p class="nl">Wat de overeenkomst zegt over bijzondere categorieën persoonsgegevens (art. 9 AVG).
 */
public enum SpecialCategoriesStance implements CodedEnum {
  /** No special categories are declared: the text lists none, says "none", or is silent on them. */
  NONE_DECLARED("none declared", "geen vermeld"),
  /** The text says the service is not meant or set up for special categories of data. */
  EXCLUDED_BY_DESIGN("excluded by design", "uitgesloten"),
  /** The text lists one or more special categories among the data processed. */
  LISTED("listed", "vermeld"),
  /**
   * A heading or label speaks of "(bijzondere) persoonsgegevens", but no special category is
   * listed.
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
