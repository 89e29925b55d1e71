package org.dpa4j.model.subprocessing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * Whether the agreement confirms a processing contract with a sub-processor.
 *
 * <p class="nl">Of de overeenkomst bevestigt dat er een verwerkersovereenkomst met een subverwerker
 * is.
 */
public enum ContractStatus implements CodedEnum {
  /**
   * The text says a written (processing) contract with this entity exists; a general promise to
   * impose the same obligations on every sub-processor is flow-down, not this.
   *
   * <p class="nl">De tekst zegt dat er met deze entiteit een schriftelijke (verwerkers)overeenkomst
   * bestaat; een algemene toezegging om iedere subverwerker dezelfde verplichtingen op te leggen is
   * het doorleggen van verplichtingen (flow-down), niet dit.
   */
  CONFIRMED("contract confirmed", "overeenkomst bevestigd"),
  /**
   * The text says the contract with this entity is pending, in progress or to be confirmed.
   *
   * <p class="nl">De tekst zegt dat de overeenkomst met deze entiteit in behandeling is, wordt
   * opgesteld of nog moet worden bevestigd.
   */
  PENDING("contract to be confirmed", "overeenkomst nog te bevestigen"),
  /**
   * The text does not say, for this entity, whether a contract exists.
   *
   * <p class="nl">De tekst zegt voor deze entiteit niet of er een overeenkomst bestaat.
   */
  NOT_STATED("not stated", "niet vermeld");

  private final LocalizedText label;

  ContractStatus(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
