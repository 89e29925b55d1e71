package org.dpa4j.model.termination;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * How retention during the term is settled.
 *
 * <p class="nl">Hoe de bewaring tijdens de looptijd is geregeld.
 */
public enum RetentionDuringTerm implements CodedEnum {
  /**
   * The text sets the retention periods, such as per category of data.
   *
   * <p class="nl">De tekst stelt de bewaartermijnen vast, zoals per categorie gegevens.
   */
  DEFINED("defined", "bepaald"),
  /**
   * The controller sets the periods and has a way to have data deleted, such as deleting it itself
   * in the service or asking the processor.
   *
   * <p class="nl">De verwerkingsverantwoordelijke stelt de termijnen vast en heeft een manier om
   * gegevens te laten wissen, zoals ze zelf in de dienst wissen of de verwerker erom vragen.
   */
  CONTROLLER_DETERMINES_WITH_MECHANISM(
      "the controller decides, with a way to do so",
      "de verwerkingsverantwoordelijke bepaalt, met een procedure"),
  /**
   * Only words such as "wanneer deze niet meer nodig zijn", which leave the period to the
   * processor's judgement.
   *
   * <p class="nl">Alleen woorden als "wanneer deze niet meer nodig zijn", die de termijn aan het
   * oordeel van de verwerker overlaten.
   */
  VAGUE("vague", "vaag"),
  /**
   * The text says nothing on retention during the term.
   *
   * <p class="nl">De tekst zegt niets over bewaring tijdens de looptijd.
   */
  ABSENT("absent", "ontbreekt");

  private final LocalizedText label;

  RetentionDuringTerm(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
