package org.dpa4j.model.subprocessing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * How the controller authorises sub-processors (art. 28(2) GDPR).
 *
 * <p class="nl">Hoe de verwerkingsverantwoordelijke toestemming geeft voor subverwerkers (art. 28
 * lid 2 AVG).
 */
public enum SubProcessorAuthorisation implements CodedEnum {
  /**
   * The controller authorises each sub-processor specifically and in advance (art. 28(2) GDPR;
   * option 1 of clause 7.7(a) of 2021/915).
   *
   * <p class="nl">De verwerkingsverantwoordelijke geeft voor elke subverwerker afzonderlijk en
   * vooraf specifieke toestemming (art. 28 lid 2 AVG; optie 1 van clausule 7.7 onder a van
   * 2021/915).
   */
  SPECIFIC("specific authorisation", "specifieke toestemming"),
  /**
   * The text expressly gives the processor a general written authorisation to engage sub-processors
   * (art. 28(2) GDPR; option 2 of clause 7.7(a) of 2021/915).
   *
   * <p class="nl">De tekst geeft de verwerker uitdrukkelijk een algemene schriftelijke toestemming
   * om subverwerkers in te schakelen (art. 28 lid 2 AVG; optie 2 van clausule 7.7 onder a van
   * 2021/915).
   */
  GENERAL_EXPLICIT("general written authorisation", "algemene schriftelijke toestemming"),
  /**
   * The text lets the processor use sub-processors ("Verwerker mag gebruik maken van derden")
   * without calling it an authorisation.
   *
   * <p class="nl">De tekst laat de verwerker subverwerkers inschakelen ("Verwerker mag gebruik
   * maken van derden") zonder het een toestemming te noemen.
   */
  GENERAL_IMPLICIT("implied general authorisation", "impliciete algemene toestemming"),
  /**
   * The text authorises no sub-processors.
   *
   * <p class="nl">De tekst staat geen subverwerkers toe.
   */
  NONE("none", "geen");

  private final LocalizedText label;

  SubProcessorAuthorisation(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
