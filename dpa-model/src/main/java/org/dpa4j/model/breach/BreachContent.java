package org.dpa4j.model.breach;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** What a breach notification contains (art. 33(3) GDPR). */
public enum BreachContent implements CodedEnum {
  /** That a breach happened. */
  FACT("that a breach happened", "het feit van de inbreuk"),
  /** Nature, categories and numbers. */
  NATURE_CATEGORIES_NUMBERS("nature, categories and numbers", "aard, categorieën en aantallen"),
  /** Contact point. */
  CONTACT_POINT("contact point", "contactpunt"),
  /** Likely consequences. */
  LIKELY_CONSEQUENCES("likely consequences", "waarschijnlijke gevolgen"),
  /** Measures taken or proposed. */
  MEASURES("measures taken or proposed", "genomen of voorgestelde maatregelen"),
  /** All relevant information. */
  ALL_RELEVANT_INFO("all relevant information", "alle relevante informatie");

  private final LocalizedText label;

  BreachContent(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
