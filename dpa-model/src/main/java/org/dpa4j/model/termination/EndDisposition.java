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
   *
   * <p class="nl">De verwerkingsverantwoordelijke kiest tussen wissen en terugbezorgen ("wissen of
   * terugbezorgen, naar keuze van de verwerkingsverantwoordelijke"), zoals art. 28 lid 3 onder g
   * AVG en clausule 10 onder d van 2021/915 bepalen.
   */
  CONTROLLER_CHOICE(
      "deleted or returned, at the controller's choice",
      "verwijderd of teruggegeven, naar keuze van de verwerkingsverantwoordelijke"),
  /**
   * The processor deletes, unless the controller asks for the data to be returned first or instead.
   *
   * <p class="nl">De verwerker wist, tenzij de verwerkingsverantwoordelijke vraagt de gegevens
   * eerst of in plaats daarvan terug te bezorgen.
   */
  DELETE_DEFAULT_RETURN_ON_REQUEST(
      "deleted, or returned on request", "verwijderd, of op verzoek teruggegeven"),
  /**
   * The processor deletes, and returns the data only if the parties agree on it ("indien
   * overeengekomen"), so the controller has no choice of its own.
   *
   * <p class="nl">De verwerker wist, en bezorgt de gegevens alleen terug als de partijen dat
   * overeenkomen ("indien overeengekomen"), zodat de verwerkingsverantwoordelijke zelf geen keuze
   * heeft.
   */
  DELETE_DEFAULT_RETURN_IF_AGREED(
      "deleted, or returned if agreed", "verwijderd, of teruggegeven indien overeengekomen"),
  /**
   * The processor deletes the data; the text provides for no return.
   *
   * <p class="nl">De verwerker wist de gegevens; de tekst voorziet niet in terugbezorging.
   */
  DELETE_ONLY("deleted", "verwijderd"),
  /**
   * The processor returns the data; the text provides for no deletion.
   *
   * <p class="nl">De verwerker bezorgt de gegevens terug; de tekst voorziet niet in wissing.
   */
  RETURN_ONLY("returned", "teruggegeven"),
  /**
   * The processor returns the data and then deletes it ("return and then delete").
   *
   * <p class="nl">De verwerker bezorgt de gegevens terug en wist ze daarna ("terugbezorgen en
   * daarna wissen").
   */
  RETURN_THEN_DELETE("return, then delete", "teruggeven, daarna verwijderen"),
  /**
   * Deletion happens only if the controller asks, and the text offers no return; without a request
   * the text sets no deletion. "Return or delete at the customer's request" keeps the choice and is
   * {@link #CONTROLLER_CHOICE} with an {@code at_controller_request} condition on the disposition.
   *
   * <p class="nl">Wissing vindt alleen plaats als de verwerkingsverantwoordelijke erom vraagt, en
   * de tekst biedt geen terugbezorging; zonder verzoek voorziet de tekst niet in wissing.
   * "Terugbezorgen of wissen op verzoek van de klant" laat de keuze bestaan en is {@link
   * #CONTROLLER_CHOICE} met een voorwaarde {@code at_controller_request} bij de regeling.
   */
  DELETE_ON_REQUEST_ONLY("delete only on request", "alleen verwijderen op verzoek"),
  /**
   * The text does not say what happens to the data at the end.
   *
   * <p class="nl">De tekst zegt niet wat er aan het einde met de gegevens gebeurt.
   */
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
