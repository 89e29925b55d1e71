package org.dpa4j.model.audit;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** What an audit may cover. */
public enum AuditScope implements CodedEnum {
  /** All obligations. */
  ALL_OBLIGATIONS("all obligations", "alle verplichtingen"),
  /** Security and misuse. */
  SECURITY_AND_MISUSE("security and misuse", "beveiliging en misbruik"),
  /** Security only. */
  SECURITY_ONLY("security only", "alleen beveiliging"),
  /** Not stated. */
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
