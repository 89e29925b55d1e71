package org.dpa4j.model.parties;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** Whether a party is an organisation or a natural person. */
public enum PartyKind implements CodedEnum {
  /** A legal person, public body or other organisation. */
  ORGANISATION("organisation", "organisatie"),
  /** A natural person acting in a business capacity (a sole trader). */
  NATURAL_PERSON("natural person", "natuurlijke persoon"),
  /** A natural person acting outside a business capacity. */
  CONSUMER("consumer", "consument"),
  /** The text does not say. */
  NOT_STATED("not stated", "niet vermeld");

  private final LocalizedText label;

  PartyKind(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
