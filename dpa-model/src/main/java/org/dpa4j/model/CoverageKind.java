package org.dpa4j.model;

/** How an agreement covers a subject: the three kinds of silence, and speech. */
public enum CoverageKind implements CodedEnum {
  /** The agreement's own text states the terms. */
  STATED("stated in the agreement", "in de overeenkomst bepaald"),
  /** The agreement says nothing on the subject. */
  NOT_STATED("not stated", "niet geregeld"),
  /** The agreement refers to another document (main agreement, general terms) for the terms. */
  BY_REFERENCE("stated by reference to another document", "geregeld door verwijzing"),
  /** The agreement expressly excludes the subject (for example "no sub-processors are used"). */
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
