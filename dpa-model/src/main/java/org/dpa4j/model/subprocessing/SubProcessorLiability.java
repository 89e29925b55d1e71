package org.dpa4j.model.subprocessing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * How far the processor answers for its sub-processors (art. 28(4) GDPR).
 *
 * <p class="nl">In hoeverre de verwerker instaat voor zijn subverwerkers (art. 28 lid 4 AVG).
 */
public enum SubProcessorLiability implements CodedEnum {
  /**
   * The processor remains fully liable to the controller for its sub-processors, as art. 28(4) GDPR
   * requires.
   *
   * <p class="nl">De verwerker blijft jegens de verwerkingsverantwoordelijke volledig aansprakelijk
   * voor zijn subverwerkers, zoals art. 28 lid 4 AVG vereist.
   */
  FULL("fully liable", "volledig aansprakelijk"),
  /**
   * The processor answers for a sub-processor only up to what it can recover from that
   * sub-processor.
   *
   * <p class="nl">De verwerker staat voor een subverwerker alleen in tot het bedrag dat hij op die
   * subverwerker kan verhalen.
   */
  LIMITED_TO_RECOVERABLE("limited to what it recovers", "beperkt tot wat verhaalbaar is"),
  /**
   * The processor excludes its liability for some sub-processors, such as listed or optional ones.
   *
   * <p class="nl">De verwerker sluit zijn aansprakelijkheid voor sommige subverwerkers uit, zoals
   * voor genoemde of optionele.
   */
  EXCLUDED_FOR_SOME("excluded for some", "voor sommige uitgesloten"),
  /**
   * The text does not say whether the processor answers for its sub-processors.
   *
   * <p class="nl">De tekst zegt niet of de verwerker voor zijn subverwerkers instaat.
   */
  ABSENT("not stated", "niet geregeld");

  private final LocalizedText label;

  SubProcessorLiability(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
