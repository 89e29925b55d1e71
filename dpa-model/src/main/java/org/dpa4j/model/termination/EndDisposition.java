package org.dpa4j.model.termination;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * What happens to the personal data when the services end (art. 28(3)(g) GDPR).
 *
 * <p class="nl">Wat er met de persoonsgegevens gebeurt wanneer de dienstverlening eindigt (art. 28
 * lid 3 onder g AVG).
 */
public enum EndDisposition implements CodedEnum {
  /**
   * The controller chooses between deletion and return ("delete or return, at the controller's
   * choice"), as art. 28(3)(g) GDPR and clause 10(d) of 2021/915 provide.
   */
  CONTROLLER_CHOICE(
      "deleted or returned, at the controller's choice",
      "verwijderd of teruggegeven, naar keuze van de verwerkingsverantwoordelijke"),
  /**
   * The processor deletes, unless the controller asks for the data to be returned first or instead.
   */
  DELETE_DEFAULT_RETURN_ON_REQUEST(
      "deleted, or returned on request", "verwijderd, of op verzoek teruggegeven"),
  /**
   * The processor deletes, and returns the data only if the parties agree on it ("indien
   * overeengekomen"), so the controller has no choice of its own.
   */
  DELETE_DEFAULT_RETURN_IF_AGREED(
      "deleted, or returned if agreed", "verwijderd, of teruggegeven indien overeengekomen"),
  /** The processor deletes the data; the text provides for no return. */
  DELETE_ONLY("deleted", "verwijderd"),
  /** The processor returns the data; the text provides for no deletion. */
  RETURN_ONLY("returned", "teruggegeven"),
  /** The processor returns the data and then deletes it ("return and then delete"). */
  RETURN_THEN_DELETE("return, then delete", "teruggeven, daarna verwijderen"),
  /**
   * Deletion happens only if the controller asks, and the text offers no return; without a request
   * the text sets no deletion. "Return or delete at the customer's request" keeps the choice and is
   * {@link #CONTROLLER_CHOICE} with an {@code at_controller_request} condition on the disposition.
   */
  DELETE_ON_REQUEST_ONLY("delete only on request", "alleen verwijderen op verzoek"),
  /** The text does not say what happens to the data at the end. */
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
