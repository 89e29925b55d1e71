package org.dpa4j.model.audit;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * When an audit may take place.
 *
 * <p class="nl">Wanneer een audit mag plaatsvinden.
 */
public enum AuditTrigger implements CodedEnum {
  /**
   * An audit may take place at any time: the text names no ground or interval that limits it.
   *
   * <p class="nl">Een audit mag op elk moment plaatsvinden: de tekst noemt geen grond of interval
   * die haar beperkt.
   */
  ANY_TIME("at any time", "op elk moment"),
  /**
   * Audits may take place at regular or reasonable intervals and also on events such as indications
   * of non-compliance (clause 7.6(c) of 2021/915).
   *
   * <p class="nl">Audits mogen met regelmatige of redelijke tussenpozen plaatsvinden en ook bij
   * gebeurtenissen zoals aanwijzingen van niet-naleving (clausule 7.6, onder c, van 2021/915).
   */
  REGULAR_PLUS_EVENTS("regularly and on events", "regulier en bij gebeurtenissen"),
  /**
   * Audits at set intervals only, such as once a year, with no event that allows one in between.
   *
   * <p class="nl">Audits alleen met vaste tussenpozen, zoals eens per jaar, zonder gebeurtenis die
   * er een tussendoor toestaat.
   */
  PERIODIC("at set intervals", "periodiek"),
  /**
   * An audit may take place only on a concrete suspicion of misuse or non-compliance, and the text
   * says "only" ("uitsluitend").
   *
   * <p class="nl">Een audit mag alleen plaatsvinden bij een concreet vermoeden van misbruik of
   * niet-naleving, en de tekst zegt "uitsluitend".
   */
  SUSPICION_ONLY("only on concrete suspicion", "alleen bij concreet vermoeden"),
  /**
   * The text says an audit "may" take place on a concrete suspicion, without "only", so it can be
   * read as enabling or as restricting.
   *
   * <p class="nl">De tekst zegt dat een audit bij een concreet vermoeden "mag" plaatsvinden, zonder
   * "uitsluitend", zodat zij als toestaand of als beperkend kan worden gelezen.
   */
  SUSPICION_AMBIGUOUS(
      "may take place on suspicion (ambiguous)", "mag plaatsvinden bij vermoeden (onduidelijk)"),
  /**
   * The text does not say when an audit may take place.
   *
   * <p class="nl">De tekst zegt niet wanneer een audit mag plaatsvinden.
   */
  NOT_STATED("not stated", "niet vermeld");

  private final LocalizedText label;

  AuditTrigger(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
