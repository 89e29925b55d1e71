package org.dpa4j.model.processing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * Whether the processor informs the controller before processing required by law (art. 28(3)(a)
 * GDPR).
 *
 * <p class="nl">Of de verwerker de verwerkingsverantwoordelijke informeert vóór een verwerking die
 * de wet voorschrijft (art. 28 lid 3 onder a AVG).
 */
public enum LegalRequirementNotice implements CodedEnum {
  /**
   * The processor must inform the controller of the legal requirement before processing, unless
   * that law prohibits it (art. 28(3)(a) GDPR).
   *
   * <p class="nl">De verwerker moet de verwerkingsverantwoordelijke vóór de verwerking van dat
   * wettelijke voorschrift in kennis stellen, tenzij die wetgeving dat verbiedt (art. 28 lid 3
   * onder a AVG).
   */
  PRESENT("notice before processing", "melding vooraf"),
  /**
   * The text lets the processor follow a legal duty to process or disclose otherwise, with no duty
   * to tell the controller first ("tenzij hiervoor een wettelijke plicht bestaat").
   *
   * <p class="nl">De tekst laat de verwerker een wettelijke plicht volgen om anders te verwerken of
   * gegevens te verstrekken, zonder plicht om de verwerkingsverantwoordelijke eerst in te lichten
   * ("tenzij hiervoor een wettelijke plicht bestaat").
   */
  EXCEPTION_WITHOUT_NOTICE("exception without notice", "uitzondering zonder melding"),
  /**
   * The text says nothing on processing that the law requires beyond the instructions.
   *
   * <p class="nl">De tekst zegt niets over verwerking die de wet buiten de instructies om
   * voorschrijft.
   */
  ABSENT("absent", "ontbreekt");

  private final LocalizedText label;

  LegalRequirementNotice(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
