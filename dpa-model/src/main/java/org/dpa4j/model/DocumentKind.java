package org.dpa4j.model;

/** Kinds of documents an agreement refers to. */
public enum DocumentKind implements CodedEnum {
  /** The main (service) agreement, "Hoofdovereenkomst". */
  MAIN_AGREEMENT("main agreement", "hoofdovereenkomst"),
  /** The processor's general terms and conditions, "algemene voorwaarden". */
  GENERAL_TERMS("general terms and conditions", "algemene voorwaarden"),
  /** The terms of use of a service, "gebruiksvoorwaarden". */
  TERMS_OF_USE("terms of use", "gebruiksvoorwaarden"),
  /** A privacy statement, "privacyverklaring". */
  PRIVACY_STATEMENT("privacy statement", "privacyverklaring"),
  /** A service level agreement. */
  SERVICE_LEVEL_AGREEMENT("service level agreement", "service level agreement"),
  /** Any other document; name it in the reference's title. */
  OTHER("other document", "ander document");

  private final LocalizedText label;

  DocumentKind(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
