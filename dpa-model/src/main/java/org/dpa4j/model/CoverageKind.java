package org.dpa4j.model;

/**
 * How an agreement covers a subject: the three kinds of silence, and speech.
 *
 * <p class="nl">Hoe een overeenkomst een onderwerp regelt: drie soorten zwijgen, en spreken.
 */
public enum CoverageKind implements CodedEnum {
  /**
   * The agreement's own text states terms on the subject, even a few, possibly with details in
   * another document it names.
   *
   * <p class="nl">De eigen tekst van de overeenkomst bevat bepalingen over het onderwerp, al zijn
   * het er weinig, eventueel met details in een ander document dat zij noemt.
   */
  STATED("stated in the agreement", "in de overeenkomst bepaald"),
  /**
   * The agreement says nothing on the subject.
   *
   * <p class="nl">De overeenkomst zegt niets over het onderwerp.
   */
  NOT_STATED("not stated", "niet geregeld"),
  /**
   * The agreement states no terms of its own on the subject and sends the reader to another
   * document (main agreement, general terms) for them.
   *
   * <p class="nl">De overeenkomst bevat geen eigen bepalingen over het onderwerp en verwijst de
   * lezer daarvoor naar een ander document (hoofdovereenkomst, algemene voorwaarden).
   */
  BY_REFERENCE("stated by reference to another document", "geregeld door verwijzing"),
  /**
   * The agreement expressly says the subject does not occur, such as "the processor engages no
   * sub-processors".
   *
   * <p class="nl">De overeenkomst zegt uitdrukkelijk dat het onderwerp zich niet voordoet, zoals
   * "de verwerker schakelt geen subverwerkers in".
   */
  EXCLUDED("expressly excluded", "uitdrukkelijk uitgesloten");

  private final LocalizedText label;

  CoverageKind(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
