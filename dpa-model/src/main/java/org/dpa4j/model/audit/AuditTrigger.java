package org.dpa4j.model.audit;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** When an audit may take place. */
public enum AuditTrigger implements CodedEnum {
  /** At any time. */
  ANY_TIME("at any time", "op elk moment"),
  /** Regularly and on events. */
  REGULAR_PLUS_EVENTS("regularly and on events", "regulier en bij gebeurtenissen"),
  /** Only on concrete suspicion. */
  SUSPICION_ONLY("only on concrete suspicion", "alleen bij concreet vermoeden"),
  /** The text says an audit "may" take place on suspicion, without saying "only". */
  SUSPICION_AMBIGUOUS(
      "may take place on suspicion (ambiguous)", "mag plaatsvinden bij vermoeden (onduidelijk)"),
  /** Not stated. */
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
