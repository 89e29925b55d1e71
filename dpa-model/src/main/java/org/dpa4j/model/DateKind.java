package org.dpa4j.model;

/**
 * What a date on the agreement marks.
 *
 * <p class="nl">Wat een datum op de overeenkomst markeert.
 */
public enum DateKind implements CodedEnum {
  /** A date the document bears without saying what it marks. */
  DOCUMENT("date of the document", "datum van het document"),
  /** The date the text says the agreement takes effect ("Effective Date"). */
  EFFECTIVE("effective date", "ingangsdatum"),
  /** The date the text says it was last changed ("Last updated"). */
  LAST_UPDATED("last updated", "laatst bijgewerkt"),
  /** A date at the signatures: the day a party signed. */
  SIGNED("date of signature", "datum van ondertekening"),
  /** The date the text says it was posted or published. */
  PUBLISHED("date of publication", "datum van publicatie"),
  /** The date the text says the agreement ends. */
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
