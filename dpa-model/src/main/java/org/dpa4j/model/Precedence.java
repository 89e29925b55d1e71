package org.dpa4j.model;

/** Which document prevails when the agreement and another document conflict. */
public enum Precedence implements CodedEnum {
  /** The data processing agreement prevails. */
  DPA_PREVAILS("the DPA prevails", "de verwerkersovereenkomst prevaleert"),
  /** The other document prevails. */
  OTHER_DOCUMENT_PREVAILS("the other document prevails", "het andere document prevaleert"),
  /** The text addresses precedence but cannot be read one way. */
  UNCLEAR("unclear", "onduidelijk"),
  /** The text does not address precedence. */
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
