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
  /** By e-mail to the recipient. */
  EMAIL("by e-mail", "per e-mail"),
  /** By a message in the service or its dashboard. */
  IN_APP("in the service", "in de dienst"),
  /**
   * Only by updating a web page, which the recipient, usually the controller, must check itself.
   */
  WEB_PAGE(
      "on a web page the controller must watch",
      "op een webpagina die de verwerkingsverantwoordelijke moet volgen"),
  /** By a mailing list or feed the recipient, usually the controller, must sign up to. */
  SUBSCRIPTION("to those who subscribe", "aan wie zich aanmeldt"),
  /** By written notice, without a more specific channel. */
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
