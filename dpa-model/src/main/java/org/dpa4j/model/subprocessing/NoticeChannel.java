package org.dpa4j.model.subprocessing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * How a party gives notice: of a change of sub-processors ({@link
 * SubProcessingTerms#getNoticeChannels()}), or under the agreement in general ({@link
 * org.dpa4j.model.GeneralProvisions#getNoticeChannels()}).
 *
 * <p class="nl">Hoe een partij een mededeling doet: over een wijziging van subverwerkers, of onder
 * de overeenkomst in het algemeen.
 */
public enum NoticeChannel implements CodedEnum {
  /**
   * By e-mail to the recipient.
   *
   * <p class="nl">Per e-mail aan de ontvanger.
   */
  EMAIL("by e-mail", "per e-mail"),
  /**
   * By a message in the service or its dashboard.
   *
   * <p class="nl">Met een bericht in de dienst of het dashboard ervan.
   */
  IN_APP("in the service", "in de dienst"),
  /**
   * Only by updating a web page, which the recipient, usually the controller, must check itself.
   *
   * <p class="nl">Alleen door een webpagina bij te werken, die de ontvanger, meestal de
   * verwerkingsverantwoordelijke, zelf moet controleren.
   */
  WEB_PAGE(
      "on a web page the controller must watch",
      "op een webpagina die de verwerkingsverantwoordelijke moet volgen"),
  /**
   * By a mailing list or feed the recipient, usually the controller, must sign up to.
   *
   * <p class="nl">Via een mailinglijst of feed waarop de ontvanger, meestal de
   * verwerkingsverantwoordelijke, zich moet aanmelden.
   */
  SUBSCRIPTION("to those who subscribe", "aan wie zich aanmeldt"),
  /**
   * By written notice, without a more specific channel.
   *
   * <p class="nl">Met een schriftelijke kennisgeving, zonder een nauwkeuriger kanaal.
   */
  WRITTEN_NOTICE("by written notice", "schriftelijk");

  private final LocalizedText label;

  NoticeChannel(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
