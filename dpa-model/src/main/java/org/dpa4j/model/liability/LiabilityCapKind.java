package org.dpa4j.model.liability;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * How a liability cap is measured.
 *
 * <p class="nl">Hoe een aansprakelijkheidsplafond wordt bepaald.
 */
public enum LiabilityCapKind implements CodedEnum {
  /**
   * The cap of another document (main agreement, general terms) applies, and the text names that
   * document.
   *
   * <p class="nl">Het plafond van een ander document (hoofdovereenkomst, algemene voorwaarden)
   * geldt, en de tekst noemt dat document.
   */
  EXTERNAL_REFERENCE("as in another document", "zoals in een ander document"),
  /**
   * The cap equals the fees over a number of months, such as the fees of the last twelve months.
   *
   * <p class="nl">Het plafond is gelijk aan de vergoedingen over een aantal maanden, zoals de
   * vergoedingen van de laatste twaalf maanden.
   */
  FEES("fees over a number of months", "vergoedingen over een aantal maanden"),
  /**
   * A fixed amount of money.
   *
   * <p class="nl">Een vast geldbedrag.
   */
  FIXED_AMOUNT("a fixed amount", "een vast bedrag"),
  /**
   * The amount the processor's liability insurance pays out in the case.
   *
   * <p class="nl">Het bedrag dat de aansprakelijkheidsverzekering van de verwerker in het
   * betreffende geval uitkeert.
   */
  INSURANCE_PAYOUT("what the insurance pays out", "wat de verzekering uitkeert"),
  /**
   * The text expressly says liability is not capped for the matters stated ("liability for X is not
   * limited").
   *
   * <p class="nl">De tekst zegt uitdrukkelijk dat de aansprakelijkheid voor de genoemde
   * aangelegenheden niet is beperkt ("de aansprakelijkheid voor X is niet beperkt").
   */
  UNLIMITED("unlimited", "onbeperkt");

  private final LocalizedText label;

  LiabilityCapKind(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
