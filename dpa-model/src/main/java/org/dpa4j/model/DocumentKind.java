package org.dpa4j.model;

/**
 * Kinds of documents an agreement refers to.
 *
 * <p class="nl">Soorten documenten waarnaar een overeenkomst verwijst.
 */
public enum DocumentKind implements CodedEnum {
  /**
   * The main agreement for the services that the DPA supplements ("Hoofdovereenkomst"), when the
   * text calls it an agreement rather than terms.
   *
   * <p class="nl">De hoofdovereenkomst voor de diensten die de verwerkersovereenkomst aanvult
   * ("Hoofdovereenkomst"), wanneer de tekst haar een overeenkomst noemt en geen voorwaarden.
   */
  MAIN_AGREEMENT("main agreement", "hoofdovereenkomst"),
  /**
   * The processor's general terms and conditions ("algemene voorwaarden").
   *
   * <p class="nl">De algemene voorwaarden van de verwerker.
   */
  GENERAL_TERMS("general terms and conditions", "algemene voorwaarden"),
  /**
   * The terms of use of a service ("gebruiksvoorwaarden").
   *
   * <p class="nl">De gebruiksvoorwaarden van een dienst.
   */
  TERMS_OF_USE("terms of use", "gebruiksvoorwaarden"),
  /**
   * A privacy statement ("privacyverklaring") in which a party informs data subjects of its
   * processing.
   *
   * <p class="nl">Een privacyverklaring waarin een partij betrokkenen over haar verwerkingen
   * informeert.
   */
  PRIVACY_STATEMENT("privacy statement", "privacyverklaring"),
  /**
   * A service level agreement: the levels of service, such as availability, the processor promises.
   *
   * <p class="nl">Een overeenkomst over het dienstverleningsniveau (SLA): de niveaus van
   * dienstverlening, zoals beschikbaarheid, die de verwerker toezegt.
   */
  SERVICE_LEVEL_AGREEMENT("service level agreement", "dienstverleningsniveau-overeenkomst (SLA)"),
  /**
   * A model or standard agreement published for a sector or by a body, such as a sector's model
   * DPA.
   *
   * <p class="nl">Een model- of standaardovereenkomst die voor een sector of door een organisatie
   * is gepubliceerd, zoals de model-verwerkersovereenkomst van een sector.
   */
  MODEL_AGREEMENT("model agreement", "modelovereenkomst"),
  /**
   * A template or standard form the text is based on that is not published as a model agreement.
   *
   * <p class="nl">Een sjabloon of standaardformulier waarop de tekst is gebaseerd en dat niet als
   * modelovereenkomst is gepubliceerd.
   */
  TEMPLATE("template", "sjabloon"),
  /**
   * An order form or cover page that completes standard terms.
   *
   * <p class="nl">Een bestelformulier of voorblad dat standaardvoorwaarden aanvult.
   */
  ORDER_FORM("order form or cover page", "bestelformulier of voorblad"),
  /**
   * A document that describes security measures, such as a security page or a trust centre.
   *
   * <p class="nl">Een document dat beveiligingsmaatregelen beschrijft, zoals een beveiligingspagina
   * of een trust centre.
   */
  SECURITY_DOCUMENTATION("security documentation", "beveiligingsdocumentatie"),
  /**
   * A list of sub-processors kept outside the agreement, such as a web page.
   *
   * <p class="nl">Een lijst van subverwerkers die buiten de overeenkomst wordt bijgehouden, zoals
   * een webpagina.
   */
  SUB_PROCESSOR_LIST("list of sub-processors", "lijst van subverwerkers"),
  /**
   * A policy of a party, such as a retention or incident policy.
   *
   * <p class="nl">Een beleidsdocument van een partij, zoals een bewaar- of incidentbeleid.
   */
  POLICY("policy", "beleid"),
  /**
   * A web page named by its address whose content fits none of the kinds above; a published list of
   * sub-processors or security page takes its own kind.
   *
   * <p class="nl">Een webpagina, genoemd bij haar adres, waarvan de inhoud bij geen van de
   * bovenstaande soorten past; een gepubliceerde lijst van subverwerkers of een beveiligingspagina
   * heeft een eigen soort.
   */
  WEB_PAGE("web page", "webpagina"),
  /**
   * Any other document; name it in the reference's title.
   *
   * <p class="nl">Elk ander document; noem het in de titel van de verwijzing.
   */
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
