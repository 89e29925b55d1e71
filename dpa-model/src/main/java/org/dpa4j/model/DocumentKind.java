package org.dpa4j.model;

/** Kinds of documents an agreement refers to. */
public enum DocumentKind implements CodedEnum {
  /**
   * The main agreement for the services that the DPA supplements ("Hoofdovereenkomst"), when the
   * text calls it an agreement rather than terms.
   */
  MAIN_AGREEMENT("main agreement", "hoofdovereenkomst"),
  /** The processor's general terms and conditions ("algemene voorwaarden"). */
  GENERAL_TERMS("general terms and conditions", "algemene voorwaarden"),
  /** The terms of use of a service ("gebruiksvoorwaarden"). */
  TERMS_OF_USE("terms of use", "gebruiksvoorwaarden"),
  /**
   * A privacy statement ("privacyverklaring") in which a party informs data subjects of its
   * processing.
   */
  PRIVACY_STATEMENT("privacy statement", "privacyverklaring"),
  /**
   * A service level agreement: the levels of service, such as availability, the processor promises.
   */
  SERVICE_LEVEL_AGREEMENT("service level agreement", "dienstverleningsovereenkomst (SLA)"),
  /**
   * A model or standard agreement published for a sector or by a body, such as a sector's model
   * DPA.
   */
  MODEL_AGREEMENT("model agreement", "modelovereenkomst"),
  /**
   * A template or standard form the text is based on that is not published as a model agreement.
   */
  TEMPLATE("template", "sjabloon"),
  /** An order form or cover page that completes standard terms. */
  ORDER_FORM("order form or cover page", "bestelformulier of voorblad"),
  /** A document that describes security measures, such as a security page or a trust centre. */
  SECURITY_DOCUMENTATION("security documentation", "beveiligingsdocumentatie"),
  /** A list of sub-processors kept outside the agreement, such as a web page. */
  SUB_PROCESSOR_LIST("list of sub-processors", "lijst van subverwerkers"),
  /** A policy of a party, such as a retention or incident policy. */
  POLICY("policy", "beleid"),
  /**
   * A web page named by its address whose content fits none of the kinds above; a published list of
   * sub-processors or security page takes its own kind.
   */
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
