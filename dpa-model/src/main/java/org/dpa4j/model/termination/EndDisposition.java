package org.dpa4j.model.termination;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** What happens to the personal data when the services end (art. 28(3)(g) GDPR). */
public enum EndDisposition implements CodedEnum {
  /** Deleted or returned, at the controller's choice. */
  CONTROLLER_CHOICE(
      "deleted or returned, at the controller's choice",
      "verwijderd of teruggegeven, naar keuze van de verwerkingsverantwoordelijke"),
  /** Deleted, or returned on request. */
  DELETE_DEFAULT_RETURN_ON_REQUEST(
      "deleted, or returned on request", "verwijderd, of op verzoek teruggegeven"),
  /** Deleted, or returned if agreed. */
  DELETE_DEFAULT_RETURN_IF_AGREED(
      "deleted, or returned if agreed", "verwijderd, of teruggegeven indien overeengekomen"),
  /** Deleted. */
  DELETE_ONLY("deleted", "verwijderd"),
  /** Returned. */
  RETURN_ONLY("returned", "teruggegeven"),
  /** Return the data, then delete it. */
  RETURN_THEN_DELETE("return, then delete", "teruggeven, daarna verwijderen"),
  /** Delete only when the controller asks. */
  DELETE_ON_REQUEST_ONLY("delete only on request", "alleen verwijderen op verzoek"),
  /** Not stated. */
  NOT_STATED("not stated", "niet vermeld");

  private final LocalizedText label;

  EndDisposition(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
