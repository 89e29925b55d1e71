package org.dpa4j.model.breach;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * What a breach notification contains (art. 33(3) GDPR).
 *
 * <p class="nl">Wat een melding van een inbreuk in verband met persoonsgegevens bevat (art. 33 lid
 * 3 AVG).
 */
public enum BreachContent implements CodedEnum {
  /** Only that a breach happened, without its details. */
  FACT("that a breach happened", "het feit van de inbreuk"),
  /**
   * The nature of the breach, with the categories and approximate numbers of data subjects and
   * records concerned (art. 33(3)(a) GDPR).
   */
  NATURE_CATEGORIES_NUMBERS("nature, categories and numbers", "aard, categorieën en aantallen"),
  /**
   * The name and contact details of the data protection officer or another contact point (art.
   * 33(3)(b) GDPR).
   */
  CONTACT_POINT("contact point", "contactpunt"),
  /** The likely consequences of the breach (art. 33(3)(c) GDPR). */
  LIKELY_CONSEQUENCES("likely consequences", "waarschijnlijke gevolgen"),
  /**
   * The measures taken or proposed to address the breach and mitigate its effects (art. 33(3)(d)
   * GDPR).
   */
  MEASURES("measures taken or proposed", "genomen of voorgestelde maatregelen"),
  /**
   * A general promise of "all relevant information", which names none of the elements of art. 33(3)
   * GDPR.
   */
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
