package org.dpa4j.model.subprocessing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** How the controller learns which sub-processors are used. */
public enum ListDisclosure implements CodedEnum {
  /** Listed in an annex. */
  ANNEXED("listed in an annex", "in een bijlage opgenomen"),
  /** On request. */
  ON_REQUEST("on request", "op verzoek"),
  /** Published outside the agreement, such as on a web page. */
  PUBLISHED("published outside the agreement", "buiten de overeenkomst gepubliceerd"),
  /** Not disclosed. */
  NONE("not disclosed", "niet bekendgemaakt");

  private final LocalizedText label;

  ListDisclosure(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
