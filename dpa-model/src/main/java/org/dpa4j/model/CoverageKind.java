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
   */
  STATED("stated in the agreement", "in de overeenkomst bepaald"),
  /** The agreement says nothing on the subject. */
  NOT_STATED("not stated", "niet geregeld"),
  /**
   * The agreement states no terms of its own on the subject and sends the reader to another
   * document (main agreement, general terms) for them.
   */
  BY_REFERENCE("stated by reference to another document", "geregeld door verwijzing"),
  /**
   * The agreement expressly says the subject does not occur, such as "the processor engages no
   * sub-processors".
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
