package org.dpa4j.model.processing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * Whether the processor may use the data for purposes of its own.
 *
 * <p class="nl">Of de verwerker de gegevens voor eigen doeleinden mag gebruiken.
 */
public enum OwnUsePolicy implements CodedEnum {
  /**
   * The text forbids use for the processor's own purposes, possibly even of anonymised data.
   *
   * <p class="nl">De tekst verbiedt gebruik voor eigen doeleinden van de verwerker, mogelijk zelfs
   * van geanonimiseerde gegevens.
   */
  PROHIBITED("prohibited", "verboden"),
  /**
   * The text allows use for the processor's own purposes only of data made fully anonymous.
   *
   * <p class="nl">De tekst staat gebruik voor eigen doeleinden van de verwerker alleen toe van
   * gegevens die volledig anoniem zijn gemaakt.
   */
  ANONYMISED_ONLY("only fully anonymised data", "alleen volledig geanonimiseerde gegevens"),
  /**
   * The text allows use of the personal data itself, not only anonymised, for the processor's own
   * purposes named (a sign that the processor acts as controller there, art. 28(10) GDPR).
   *
   * <p class="nl">De tekst staat toe dat de verwerker de persoonsgegevens zelf, niet alleen
   * geanonimiseerd, gebruikt voor de genoemde eigen doeleinden (een teken dat de verwerker daar als
   * verwerkingsverantwoordelijke optreedt, art. 28 lid 10 AVG).
   */
  ALLOWED("allowed", "toegestaan"),
  /**
   * The text says nothing on use for the processor's own purposes.
   *
   * <p class="nl">De tekst zegt niets over gebruik voor eigen doeleinden van de verwerker.
   */
  NOT_ADDRESSED("not addressed", "niet geregeld");

  private final LocalizedText label;

  OwnUsePolicy(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
