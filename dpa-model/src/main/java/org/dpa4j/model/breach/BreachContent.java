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
  /**
   * Only that a breach happened, without its details.
   *
   * <p class="nl">Alleen dat er een inbreuk is geweest, zonder bijzonderheden.
   */
  FACT("that a breach happened", "het feit van de inbreuk"),
  /**
   * The nature of the breach, with the categories and approximate numbers of data subjects and
   * records concerned (art. 33(3)(a) GDPR).
   *
   * <p class="nl">De aard van de inbreuk, met de categorieën en bij benadering de aantallen
   * betrokkenen en betrokken registers (art. 33 lid 3 onder a AVG).
   */
  NATURE_CATEGORIES_NUMBERS("nature, categories and numbers", "aard, categorieën en aantallen"),
  /**
   * The name and contact details of the data protection officer or another contact point (art.
   * 33(3)(b) GDPR).
   *
   * <p class="nl">De naam en contactgegevens van de functionaris voor gegevensbescherming of een
   * ander contactpunt (art. 33 lid 3 onder b AVG).
   */
  CONTACT_POINT("contact point", "contactpunt"),
  /**
   * The likely consequences of the breach (art. 33(3)(c) GDPR).
   *
   * <p class="nl">De waarschijnlijke gevolgen van de inbreuk (art. 33 lid 3 onder c AVG).
   */
  LIKELY_CONSEQUENCES("likely consequences", "waarschijnlijke gevolgen"),
  /**
   * The measures taken or proposed to address the breach and mitigate its effects (art. 33(3)(d)
   * GDPR).
   *
   * <p class="nl">De genomen of voorgestelde maatregelen om de inbreuk aan te pakken en de gevolgen
   * ervan te beperken (art. 33 lid 3 onder d AVG).
   */
  MEASURES("measures taken or proposed", "genomen of voorgestelde maatregelen"),
  /**
   * A general promise of "all relevant information", which names none of the elements of art. 33(3)
   * GDPR.
   *
   * <p class="nl">Een algemene belofte van "alle relevante informatie", die geen van de elementen
   * van art. 33 lid 3 AVG noemt.
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
