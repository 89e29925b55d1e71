package org.dpa4j.model.transfers;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * The agreement's rule for transfers outside the EU or EEA (chapter V GDPR).
 *
 * <p class="nl">De regel van de overeenkomst voor doorgiften buiten de EU of EER (hoofdstuk V AVG).
 */
public enum TransferPolicy implements CodedEnum {
  /**
   * The text keeps the processing within the EU and allows no transfers outside it.
   *
   * <p class="nl">De tekst houdt de verwerking binnen de EU en staat geen doorgiften daarbuiten
   * toe.
   */
  EU_ONLY("within the EU only", "alleen binnen de EU"),
  /**
   * The text keeps the processing within the EEA (the EU, Iceland, Liechtenstein and Norway) and
   * allows no transfers outside it.
   *
   * <p class="nl">De tekst houdt de verwerking binnen de EER (de EU, IJsland, Liechtenstein en
   * Noorwegen) en staat geen doorgiften daarbuiten toe.
   */
  EEA_ONLY("within the EEA only", "alleen binnen de EER"),
  /**
   * The text forbids transfers outside the EU or EEA without saying within which of the two the
   * processing stays.
   *
   * <p class="nl">De tekst verbiedt doorgiften buiten de EU of de EER zonder te zeggen binnen welke
   * van beide de verwerking blijft.
   */
  PROHIBITED("transfers prohibited", "doorgifte verboden"),
  /**
   * Transfers are allowed where conditions the text sets are met, such as an adequacy decision or
   * appropriate safeguards, without the controller's consent to each.
   *
   * <p class="nl">Doorgiften zijn toegestaan wanneer aan voorwaarden van de tekst is voldaan, zoals
   * een adequaatheidsbesluit of passende waarborgen, zonder toestemming van de
   * verwerkingsverantwoordelijke voor elke doorgifte.
   */
  ALLOWED_CONDITIONAL("allowed under conditions", "toegestaan onder voorwaarden"),
  /**
   * Transfers are allowed only with the controller's prior consent or on its documented
   * instructions (clause 7.8(a) of 2021/915).
   *
   * <p class="nl">Doorgiften zijn alleen toegestaan met voorafgaande toestemming van de
   * verwerkingsverantwoordelijke of op haar gedocumenteerde instructies (clausule 7.8 onder a van
   * 2021/915).
   */
  ALLOWED_WITH_CONSENT("allowed with the controller's consent", "toegestaan met toestemming"),
  /**
   * The text says nothing on transfers outside the EU or EEA.
   *
   * <p class="nl">De tekst zegt niets over doorgiften buiten de EU of de EER.
   */
  NOT_ADDRESSED("not addressed", "niet geregeld");

  private final LocalizedText label;

  TransferPolicy(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
