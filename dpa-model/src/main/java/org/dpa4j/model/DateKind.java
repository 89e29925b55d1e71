package org.dpa4j.model;

/** What a date on the agreement marks. */
public enum DateKind implements CodedEnum {
  /** The date the document bears, without saying what it marks. */
  DOCUMENT("date of the document", "datum van het document"),
  /** The date the agreement takes effect. */
  EFFECTIVE("effective date", "ingangsdatum"),
  /** The date the text was last changed. */
  LAST_UPDATED("last updated", "laatst bijgewerkt"),
  /** The date a party signed. */
  SIGNED("date of signature", "datum van ondertekening"),
  /** The date the text was posted or published. */
  PUBLISHED("date of publication", "datum van publicatie"),
  /** The date the agreement ends. */
  EXPIRY("end date", "einddatum");

  private final LocalizedText label;

  DateKind(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
