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
  /** A model or standard agreement published for a sector or by a body. */
  MODEL_AGREEMENT("model agreement", "modelovereenkomst"),
  /** A template or standard form the text is based on. */
  TEMPLATE("template", "sjabloon"),
  /** An order form or cover page that completes standard terms. */
  ORDER_FORM("order form or cover page", "bestelformulier of voorblad"),
  /** A document that describes security measures. */
  SECURITY_DOCUMENTATION("security documentation", "beveiligingsdocumentatie"),
  /** A list of sub-processors kept outside the agreement. */
  SUB_PROCESSOR_LIST("list of sub-processors", "lijst van subverwerkers"),
  /** A policy of a party, such as a retention or incident policy. */
  POLICY("policy", "beleid"),
  /** A web page named by its address. */
  WEB_PAGE("web page", "webpagina"),
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
