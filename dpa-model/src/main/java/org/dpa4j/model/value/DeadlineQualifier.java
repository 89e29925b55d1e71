package org.dpa4j.model.value;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * The words a deadline uses besides, or instead of, a number.
 *
 * <p class="nl">De woorden die een termijn naast of in plaats van een getal gebruikt.
 */
public enum DeadlineQualifier implements CodedEnum {
  /**
   * No qualifying words: the text gives only a number or the document that sets the period.
   *
   * <p class="nl">Geen kwalificerende woorden: de tekst geeft alleen een getal of het document dat
   * de termijn vaststelt.
   */
  NONE("none", "geen"),
  /**
   * "Immediately" ("onmiddellijk", "direct").
   *
   * <p class="nl">"Onmiddellijk" of "direct" ("immediately").
   */
  IMMEDIATELY("immediately", "onmiddellijk"),
  /**
   * "Promptly" ("prompt", "zo snel mogelijk").
   *
   * <p class="nl">"Prompt" of "zo snel mogelijk" ("promptly").
   */
  PROMPTLY("promptly", "zo snel mogelijk"),
  /**
   * "As soon as reasonably practicable": weaker than without undue delay.
   *
   * <p class="nl">"Zo spoedig als redelijkerwijs mogelijk" ("as soon as reasonably practicable"):
   * zwakker dan zonder onredelijke vertraging.
   */
  AS_SOON_AS_PRACTICABLE("as soon as reasonably practicable", "zodra redelijkerwijs mogelijk"),
  /**
   * "Without undue delay" ("onverwijld", "zonder onredelijke vertraging"), the words of art. 33(2)
   * GDPR.
   *
   * <p class="nl">"Zonder onredelijke vertraging" of "onverwijld" ("without undue delay"), de
   * woorden van art. 33 lid 2 AVG.
   */
  WITHOUT_UNDUE_DELAY("without undue delay", "onverwijld"),
  /**
   * "Within a reasonable period" ("binnen een redelijke termijn"): weaker than without delay.
   *
   * <p class="nl">"Binnen een redelijke termijn" ("within a reasonable period"): zwakker dan zonder
   * vertraging.
   */
  REASONABLE_PERIOD("within a reasonable period", "binnen een redelijke termijn"),
  /**
   * "In good time" ("tijdig"), with no measure of its own.
   *
   * <p class="nl">"Tijdig" ("in good time"), zonder eigen maatstaf.
   */
  TIMELY("in good time", "tijdig");

  private final LocalizedText label;

  DeadlineQualifier(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
