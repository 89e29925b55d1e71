package org.dpa4j.model;

/** How the agreement comes into force. */
public enum Formation implements CodedEnum {
  /** Signed by the parties as a document of its own. */
  SIGNED_STANDALONE("signed as a separate document", "als afzonderlijk document ondertekend"),
  /** Part of the main agreement; signing or accepting that one binds this one too. */
  INCORPORATED_IN_MAIN_AGREEMENT(
      "part of the main agreement", "onderdeel van de hoofdovereenkomst"),
  /** A statement the processor publishes; the controller accepts it by using the services. */
  UNILATERAL_STATEMENT(
      "unilateral statement of the processor", "eenzijdige verklaring van de verwerker"),
  /** The text does not say how it comes into force. */
  NOT_STATED("not stated", "niet vermeld");

  private final LocalizedText label;

  Formation(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
