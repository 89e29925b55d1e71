package org.dpa4j.model.processing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** What the agreement says about special categories of personal data (art. 9 GDPR). */
public enum SpecialCategoriesStance implements CodedEnum {
  /** No special categories are declared. */
  NONE_DECLARED("none declared", "geen vermeld"),
  /** The service is not meant for them and the agreement says so. */
  EXCLUDED_BY_DESIGN("excluded by design", "uitgesloten"),
  /** Special categories are listed among the data. */
  LISTED("listed", "vermeld"),
  /** A heading speaks of "(bijzondere) persoonsgegevens" but none are listed. */
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
