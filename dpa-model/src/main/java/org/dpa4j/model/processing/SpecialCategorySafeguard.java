package org.dpa4j.model.processing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * A safeguard for special categories of data (art. 9 GDPR; clause 7.5 of 2021/915).
 *
 * <p class="nl">Een waarborg voor bijzondere categorieën van gegevens (art. 9 AVG; clausule 7.5 van
 * 2021/915).
 */
public enum SpecialCategorySafeguard implements CodedEnum {
  /**
   * Strict purpose limitation.
   *
   * <p class="nl">Strikte doelbinding.
   */
  PURPOSE_LIMITATION("strict purpose limitation", "strikte doelbinding"),
  /**
   * Access restrictions, such as access by specialised staff only.
   *
   * <p class="nl">Toegangsbeperkingen, zoals toegang alleen voor gespecialiseerd personeel.
   */
  ACCESS_RESTRICTIONS("access restrictions", "toegangsbeperkingen"),
  /**
   * A record of access to the data.
   *
   * <p class="nl">Registratie van de toegang tot de gegevens.
   */
  ACCESS_LOGGING("record of access", "registratie van toegang"),
  /**
   * Specialised training of staff.
   *
   * <p class="nl">Gespecialiseerde opleiding van het personeel.
   */
  SPECIALISED_TRAINING("specialised training", "gespecialiseerde opleiding"),
  /**
   * Restrictions on onward transfers.
   *
   * <p class="nl">Beperkingen op verdere doorgiften.
   */
  ONWARD_TRANSFER_RESTRICTIONS(
      "restrictions on onward transfers", "beperkingen op verdere doorgifte"),
  /**
   * Additional security measures, such as pseudonymisation or encryption.
   *
   * <p class="nl">Aanvullende beveiligingsmaatregelen, zoals pseudonimisering of versleuteling.
   */
  ADDITIONAL_SECURITY("additional security measures", "aanvullende beveiligingsmaatregelen");

  private final LocalizedText label;

  SpecialCategorySafeguard(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
