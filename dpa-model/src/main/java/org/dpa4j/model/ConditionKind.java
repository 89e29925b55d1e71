package org.dpa4j.model;

/**
 * The kind of condition or limit on a duty.
 *
 * <p class="nl">De soort voorwaarde of beperking op een verplichting.
 */
public enum ConditionKind implements CodedEnum {
  /**
   * The duty exists only where applicable law requires or affords it, as in "only where the law
   * affords an audit right"; unlike {@link #TO_THE_EXTENT_LEGALLY_PERMITTED}, the law itself must
   * provide for the duty, not merely allow it.
   *
   * <p class="nl">De verplichting bestaat alleen waar het toepasselijke recht haar voorschrijft of
   * toekent, zoals in "alleen voor zover de wet een auditrecht toekent"; anders dan bij {@link
   * #TO_THE_EXTENT_LEGALLY_PERMITTED} moet het recht zelf in de verplichting voorzien en haar niet
   * slechts toestaan.
   */
  REQUIRED_BY_LAW_ONLY("only where the law requires it", "alleen waar de wet het vereist"),
  /**
   * The duty applies as far as the law permits it ("to the extent legally permitted"), a general
   * limit not tied to the wording of art. 28(3)(a) GDPR.
   *
   * <p class="nl">De verplichting geldt voor zover het recht dat toestaat ("voor zover wettelijk
   * toegestaan"), een algemene beperking die niet aan de bewoordingen van art. 28 lid 3 onder a AVG
   * is gebonden.
   */
  TO_THE_EXTENT_LEGALLY_PERMITTED(
      "to the extent legally permitted", "voor zover wettelijk toegestaan"),
  /**
   * The duty covers only events attributable to the processor ("to the extent attributable to the
   * processor"); narrower than {@link #EXCLUDING_CONTROLLER_CAUSED}, which carves out only the
   * controller's own events.
   *
   * <p class="nl">De verplichting betreft alleen gebeurtenissen die aan de verwerker zijn toe te
   * rekenen ("voor zover toerekenbaar aan de verwerker"); enger dan {@link
   * #EXCLUDING_CONTROLLER_CAUSED}, dat alleen de eigen gebeurtenissen van de
   * verwerkingsverantwoordelijke uitzondert.
   */
  ATTRIBUTABLE_TO_PROCESSOR(
      "only where attributable to the processor", "alleen indien toerekenbaar aan de verwerker"),
  /**
   * Events caused by the controller or its users are carved out ("excluding incidents caused by the
   * customer or its users"); all other events stay covered.
   *
   * <p class="nl">Gebeurtenissen die door de verwerkingsverantwoordelijke of haar gebruikers zijn
   * veroorzaakt, zijn uitgezonderd ("met uitzondering van incidenten veroorzaakt door de klant of
   * zijn gebruikers"); alle andere gebeurtenissen blijven gedekt.
   */
  EXCLUDING_CONTROLLER_CAUSED(
      "excluding events caused by the controller",
      "behalve gebeurtenissen veroorzaakt door de verwerkingsverantwoordelijke"),
  /**
   * The duty covers only events of some size or impact ("only incidents with a material impact").
   *
   * <p class="nl">De verplichting betreft alleen gebeurtenissen van enige omvang of impact ("alleen
   * incidenten met een wezenlijke impact").
   */
  MATERIAL_IMPACT_ONLY(
      "only for events with material impact", "alleen bij gebeurtenissen met aanzienlijke impact"),
  /**
   * The duty covers only information available to the processor ("insofar as the information is
   * available to the processor"), the GDPR's own limit in art. 28(3)(f) GDPR.
   *
   * <p class="nl">De verplichting betreft alleen informatie die de verwerker ter beschikking staat
   * ("voor zover de informatie de verwerker ter beschikking staat"), de eigen beperking van de AVG
   * in art. 28 lid 3 onder f AVG.
   */
  INFORMATION_AVAILABLE(
      "insofar as information is available to the processor",
      "voor zover de informatie bij de verwerker beschikbaar is"),
  /**
   * The duty arises only when the controller asks ("upon the customer's written request").
   *
   * <p class="nl">De verplichting ontstaat alleen wanneer de verwerkingsverantwoordelijke erom
   * verzoekt ("op schriftelijk verzoek van de klant").
   */
  AT_CONTROLLER_REQUEST(
      "only at the controller's request", "alleen op verzoek van de verwerkingsverantwoordelijke"),
  /**
   * The processor performs the duty at the controller's expense ("at the customer's cost").
   *
   * <p class="nl">De verwerker voert de verplichting uit op kosten van de
   * verwerkingsverantwoordelijke ("op kosten van de klant").
   */
  AT_CONTROLLER_COST("at the controller's cost", "op kosten van de verwerkingsverantwoordelijke"),
  /**
   * Only reasonable or commercially reasonable efforts are owed, not a result.
   *
   * <p class="nl">Er zijn alleen redelijke of commercieel redelijke inspanningen verschuldigd, geen
   * resultaat.
   */
  REASONABLE_EFFORTS("reasonable or commercially reasonable efforts", "redelijke inspanningen"),
  /**
   * The duty is limited by the nature of the processing ("taking into account the nature of the
   * processing"), the GDPR's own words in art. 28(3)(e) and (f) GDPR; the information available is
   * {@link #INFORMATION_AVAILABLE}.
   *
   * <p class="nl">De verplichting wordt beperkt door de aard van de verwerking ("rekening houdend
   * met de aard van de verwerking"), de eigen woorden van de AVG in art. 28 lid 3 onder e en f AVG;
   * de beschikbare informatie is {@link #INFORMATION_AVAILABLE}.
   */
  NATURE_OF_PROCESSING(
      "taking into account the nature of the processing",
      "rekening houdend met de aard van de verwerking"),
  /**
   * The controller must give reasonable (data protection) grounds, as for an objection to a new
   * sub-processor.
   *
   * <p class="nl">De verwerkingsverantwoordelijke moet redelijke gronden (op het gebied van
   * gegevensbescherming) aanvoeren, zoals bij een bezwaar tegen een nieuwe subverwerker.
   */
  REASONABLE_GROUNDS_REQUIRED("reasonable grounds required", "redelijke gronden vereist"),
  /**
   * The duty depends on a confidentiality undertaking, such as by an auditor.
   *
   * <p class="nl">De verplichting hangt af van een geheimhoudingsverklaring, zoals van een auditor.
   */
  CONFIDENTIALITY_REQUIRED("subject to confidentiality", "onder voorwaarde van geheimhouding"),
  /**
   * The duty falls away where the law prohibits it, as in art. 28(3)(a) GDPR: "unless that law
   * prohibits such information".
   *
   * <p class="nl">De verplichting vervalt waar het recht haar verbiedt, zoals in art. 28 lid 3
   * onder a AVG: "tenzij die wetgeving deze kennisgeving om gewichtige redenen van algemeen belang
   * verbiedt".
   */
  NOT_PROHIBITED_BY_LAW("unless the law prohibits it", "tenzij de wet dat verbiedt"),
  /**
   * Any other condition, described in our words in {@link Condition#getDescription()}.
   *
   * <p class="nl">Elke andere voorwaarde, in onze eigen woorden beschreven in {@link
   * Condition#getDescription()}.
   */
  OTHER("other condition", "andere voorwaarde");

  private final LocalizedText label;

  ConditionKind(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
