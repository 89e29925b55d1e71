package org.dpa4j.model.subprocessing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** How the processor announces a change of sub-processors. */
public enum NoticeChannel implements CodedEnum {
  /** By e-mail to the controller. */
  EMAIL("by e-mail", "per e-mail"),
  /** By a message in the service or its dashboard. */
  IN_APP("in the service", "in de dienst"),
  /** By updating a web page; the controller must watch it. */
  WEB_PAGE(
      "on a web page the controller must watch",
      "op een webpagina die de verwerkingsverantwoordelijke moet volgen"),
  /** By a mailing list or feed the controller must subscribe to. */
  SUBSCRIPTION("to those who subscribe", "aan wie zich aanmeldt"),
  /** By written notice. */
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
