package org.dpa4j.model;

/**
 * What a date on the agreement marks.
 *
 * <p class="nl">Wat een datum op de overeenkomst markeert.
 */
public enum DateKind implements CodedEnum {
  /**
   * A date the document bears without saying what it marks.
   *
   * <p class="nl">Een datum die het document draagt zonder te zeggen wat die datum markeert.
   */
  DOCUMENT("date of the document", "datum van het document"),
  /**
   * The date the text says the agreement takes effect ("Effective Date").
   *
   * <p class="nl">De datum waarop de overeenkomst volgens de tekst in werking treedt
   * ("ingangsdatum").
   */
  EFFECTIVE("effective date", "ingangsdatum"),
  /**
   * The date the text says it was last changed ("Last updated").
   *
   * <p class="nl">De datum waarop de tekst volgens zichzelf voor het laatst is gewijzigd ("laatst
   * bijgewerkt").
   */
  LAST_UPDATED("last updated", "laatst bijgewerkt"),
  /**
   * A date at the signatures: the day a party signed.
   *
   * <p class="nl">Een datum bij de handtekeningen: de dag waarop een partij heeft ondertekend.
   */
  SIGNED("date of signature", "datum van ondertekening"),
  /**
   * The date the text says it was posted or published.
   *
   * <p class="nl">De datum waarop de tekst volgens zichzelf is geplaatst of gepubliceerd.
   */
  PUBLISHED("date of publication", "datum van publicatie"),
  /**
   * The date the text says the agreement ends.
   *
   * <p class="nl">De datum waarop de overeenkomst volgens de tekst eindigt.
   */
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
