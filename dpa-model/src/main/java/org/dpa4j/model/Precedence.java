package org.dpa4j.model;

/**
 * Which document prevails when the agreement and another document conflict.
 *
 * <p class="nl">Welk document voorgaat wanneer de overeenkomst en een ander document met elkaar in
 * strijd zijn.
 */
public enum Precedence implements CodedEnum {
  /**
   * The text says the data processing agreement prevails over the other document in a conflict.
   *
   * <p class="nl">De tekst zegt dat de verwerkersovereenkomst bij strijdigheid voorgaat op het
   * andere document.
   */
  DPA_PREVAILS("the DPA prevails", "de verwerkersovereenkomst prevaleert"),
  /**
   * The text says the other document (main agreement or general terms) prevails in a conflict.
   *
   * <p class="nl">De tekst zegt dat het andere document (hoofdovereenkomst of algemene voorwaarden)
   * bij strijdigheid voorgaat.
   */
  OTHER_DOCUMENT_PREVAILS("the other document prevails", "het andere document prevaleert"),
  /**
   * The text addresses precedence but allows more than one reading, or contradicts itself.
   *
   * <p class="nl">De tekst regelt de rangorde, maar laat meer dan één lezing toe of spreekt
   * zichzelf tegen.
   */
  UNCLEAR("unclear", "onduidelijk"),
  /**
   * The text does not address precedence against that document.
   *
   * <p class="nl">De tekst regelt de rangorde ten opzichte van dat document niet.
   */
  NOT_STATED("not stated", "niet vermeld");

  private final LocalizedText label;

  Precedence(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
