package org.dpa4j.model.subprocessing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * How the controller learns which sub-processors are used.
 *
 * <p class="nl">Hoe de verwerkingsverantwoordelijke te weten komt welke subverwerkers worden
 * ingezet.
 */
public enum ListDisclosure implements CodedEnum {
  /**
   * The sub-processors are named in the agreement itself or in an annex to it.
   *
   * <p class="nl">De subverwerkers worden in de overeenkomst zelf of in een bijlage daarbij
   * genoemd.
   */
  ANNEXED("listed in an annex", "in een bijlage opgenomen"),
  /**
   * The sub-processors are named only when the controller asks ("op eerste verzoek").
   *
   * <p class="nl">De subverwerkers worden alleen genoemd wanneer de verwerkingsverantwoordelijke
   * erom vraagt ("op eerste verzoek").
   */
  ON_REQUEST("on request", "op verzoek"),
  /**
   * The list is kept outside the agreement, such as on a web page, and named in {@link
   * SubProcessingTerms#getListDocument()}.
   *
   * <p class="nl">De lijst wordt buiten de overeenkomst bijgehouden, zoals op een webpagina, en
   * genoemd in {@link SubProcessingTerms#getListDocument()}.
   */
  PUBLISHED("published outside the agreement", "buiten de overeenkomst gepubliceerd"),
  /**
   * The text names no sub-processors and gives no way to learn them.
   *
   * <p class="nl">De tekst noemt geen subverwerkers en biedt geen manier om ze te leren kennen.
   */
  NONE("not disclosed", "niet bekendgemaakt");

  private final LocalizedText label;

  ListDisclosure(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
