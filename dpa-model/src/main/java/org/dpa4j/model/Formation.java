package org.dpa4j.model;

/**
 * How the agreement comes into force.
 *
 * <p class="nl">Hoe de overeenkomst tot stand komt.
 */
public enum Formation implements CodedEnum {
  /**
   * The agreement is a document of its own that the parties sign, on paper or electronically.
   *
   * <p class="nl">De overeenkomst is een eigen document dat de partijen ondertekenen, op papier of
   * elektronisch.
   */
  SIGNED_STANDALONE("signed as a separate document", "als afzonderlijk document ondertekend"),
  /**
   * The agreement binds as part of the main agreement: signing or accepting that one binds this one
   * too, without a signature of its own.
   *
   * <p class="nl">De overeenkomst bindt als deel van de hoofdovereenkomst: wie die ondertekent of
   * aanvaardt, is ook aan deze gebonden, zonder eigen handtekening.
   */
  INCORPORATED_IN_MAIN_AGREEMENT(
      "part of the main agreement", "onderdeel van de hoofdovereenkomst"),
  /**
   * A statement the processor publishes, which the controller accepts by ordering or using the
   * services, without signing it.
   *
   * <p class="nl">Een verklaring die de verwerker publiceert en die de verwerkingsverantwoordelijke
   * aanvaardt door de diensten te bestellen of te gebruiken, zonder haar te ondertekenen.
   */
  UNILATERAL_STATEMENT(
      "unilateral statement of the processor", "eenzijdige verklaring van de verwerker"),
  /**
   * The text does not say how the agreement becomes binding.
   *
   * <p class="nl">De tekst zegt niet hoe de overeenkomst bindend wordt.
   */
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
