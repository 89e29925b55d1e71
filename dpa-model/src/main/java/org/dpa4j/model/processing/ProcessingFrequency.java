package org.dpa4j.model.processing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * How often processing or transfer takes place.
 *
 * <p class="nl">Hoe vaak de verwerking of doorgifte plaatsvindt.
 */
public enum ProcessingFrequency implements CodedEnum {
  /**
   * Continuously for the duration of the services.
   *
   * <p class="nl">Doorlopend, zolang de diensten duren.
   */
  CONTINUOUS("continuous", "doorlopend"),
  /**
   * Once, such as a single migration of data.
   *
   * <p class="nl">Eenmalig, zoals een enkele migratie van gegevens.
   */
  ONE_OFF("one-off", "eenmalig"),
  /**
   * At intervals, such as once a month.
   *
   * <p class="nl">Met tussenpozen, zoals eens per maand.
   */
  PERIODIC("periodic", "periodiek"),
  /**
   * The text does not say.
   *
   * <p class="nl">De tekst zegt het niet.
   */
  NOT_STATED("not stated", "niet vermeld");

  private final LocalizedText label;

  ProcessingFrequency(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
