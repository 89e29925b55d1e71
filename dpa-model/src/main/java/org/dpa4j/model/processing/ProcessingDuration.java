package org.dpa4j.model.processing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * How long the processing lasts.
 *
 * <p class="nl">Hoe lang de verwerking duurt.
 */
public enum ProcessingDuration implements CodedEnum {
  /**
   * As long as the main agreement or the services last.
   *
   * <p class="nl">Zolang de hoofdovereenkomst of de diensten duren.
   */
  COTERMINOUS_WITH_MAIN_AGREEMENT("as long as the main agreement", "zolang de hoofdovereenkomst"),
  /**
   * For a fixed period the text states, such as two years.
   *
   * <p class="nl">Voor een vaste periode die de tekst noemt, zoals twee jaar.
   */
  FIXED("for a fixed period", "voor een vaste periode"),
  /**
   * For an indefinite period, independent of the main agreement.
   *
   * <p class="nl">Voor onbepaalde tijd, los van de hoofdovereenkomst.
   */
  INDEFINITE("indefinitely", "voor onbepaalde tijd"),
  /**
   * As long as the processor processes personal data for the controller, even beyond the main
   * agreement.
   *
   * <p class="nl">Zolang de verwerker persoonsgegevens voor de verwerkingsverantwoordelijke
   * verwerkt, ook na afloop van de hoofdovereenkomst.
   */
  WHILE_PROCESSING_CONTINUES("as long as the processing continues", "zolang de verwerking duurt"),
  /**
   * The text does not say how long.
   *
   * <p class="nl">De tekst zegt niet hoe lang.
   */
  NOT_STATED("not stated", "niet vermeld");

  private final LocalizedText label;

  ProcessingDuration(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
