package org.dpa4j.model.audit;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * What an audit may cover.
 *
 * <p class="nl">Waarop een audit zich mag richten.
 */
public enum AuditScope implements CodedEnum {
  /**
   * The audit may verify compliance with all the processor's obligations under the agreement or
   * art. 28 GDPR, even where the text also names security or misuse.
   *
   * <p class="nl">De audit mag de naleving controleren van alle verplichtingen van de verwerker
   * onder de overeenkomst of art. 28 AVG, ook waar de tekst daarnaast beveiliging of misbruik
   * noemt.
   */
  ALL_OBLIGATIONS("all obligations", "alle verplichtingen"),
  /**
   * The audit may verify only security and misuse of the data, such as by the processor's staff,
   * not the other obligations.
   *
   * <p class="nl">De audit mag alleen de beveiliging en het misbruik van de gegevens controleren,
   * zoals door het personeel van de verwerker, niet de andere verplichtingen.
   */
  SECURITY_AND_MISUSE("security and misuse", "beveiliging en misbruik"),
  /**
   * The audit may verify only the security requirements.
   *
   * <p class="nl">De audit mag alleen de beveiligingseisen controleren.
   */
  SECURITY_ONLY("security only", "alleen beveiliging"),
  /**
   * The text does not say what an audit may verify.
   *
   * <p class="nl">De tekst zegt niet wat een audit mag controleren.
   */
  NOT_STATED("not stated", "niet vermeld");

  private final LocalizedText label;

  AuditScope(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
