package org.dpa4j.model.subprocessing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * Which obligations the processor imposes on its sub-processors (art. 28(4) GDPR).
 *
 * <p class="nl">Welke verplichtingen de verwerker aan zijn subverwerkers oplegt (art. 28 lid 4
 * AVG).
 */
public enum FlowDown implements CodedEnum {
  /**
   * The same data protection obligations as this agreement sets, imposed by contract (art. 28(4)
   * GDPR; clause 7.7(b) of 2021/915).
   *
   * <p class="nl">Dezelfde verplichtingen inzake gegevensbescherming als deze overeenkomst oplegt,
   * bij overeenkomst opgelegd (art. 28 lid 4 AVG; clausule 7.7 onder b van 2021/915).
   */
  SAME_OBLIGATIONS("the same obligations", "dezelfde verplichtingen"),
  /**
   * The same obligations, but only where or as far as possible ("indien en voor zover mogelijk").
   *
   * <p class="nl">Dezelfde verplichtingen, maar alleen waar of voor zover mogelijk ("indien en voor
   * zover mogelijk").
   */
  CONDITIONAL("only where possible", "alleen voor zover mogelijk"),
  /**
   * Only the same level of security ("eenzelfde beveiligingsniveau"), not the other obligations.
   *
   * <p class="nl">Alleen hetzelfde beveiligingsniveau ("eenzelfde beveiligingsniveau"), niet de
   * andere verplichtingen.
   */
  SECURITY_ONLY("security only", "alleen beveiliging"),
  /**
   * Only that the sub-processor ensures an adequate level of protection ("passend
   * beschermingsniveau").
   *
   * <p class="nl">Alleen dat de subverwerker een passend beschermingsniveau waarborgt ("passend
   * beschermingsniveau").
   */
  ADEQUATE_PROTECTION_ONLY(
      "an adequate level of protection only", "alleen een passend beschermingsniveau"),
  /**
   * The text imposes no obligations on sub-processors.
   *
   * <p class="nl">De tekst legt subverwerkers geen verplichtingen op.
   */
  ABSENT("absent", "ontbreekt");

  private final LocalizedText label;

  FlowDown(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
