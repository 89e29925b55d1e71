package org.dpa4j.model.audit;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * Who may not carry out an audit.
 *
 * <p class="nl">Wie geen audit mag uitvoeren.
 */
public enum ExcludedAuditor implements CodedEnum {
  /**
   * An auditor that is a competitor of the processor.
   *
   * <p class="nl">Een auditor die een concurrent van de verwerker is.
   */
  COMPETITORS("competitors of the processor", "concurrenten van de verwerker");

  private final LocalizedText label;

  ExcludedAuditor(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
