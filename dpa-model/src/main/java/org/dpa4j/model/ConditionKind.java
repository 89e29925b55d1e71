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
   */
  REQUIRED_BY_LAW_ONLY("only where the law requires it", "alleen waar de wet het vereist"),
  /**
   * The duty applies as far as the law permits it ("to the extent legally permitted"), a general
   * limit not tied to the wording of art. 28(3)(a) GDPR.
   */
  TO_THE_EXTENT_LEGALLY_PERMITTED(
      "to the extent legally permitted", "voor zover wettelijk toegestaan"),
  /**
   * The duty covers only events attributable to the processor ("to the extent attributable to the
   * processor"); narrower than {@link #EXCLUDING_CONTROLLER_CAUSED}, which carves out only the
   * controller's own events.
   */
  ATTRIBUTABLE_TO_PROCESSOR(
      "only where attributable to the processor", "alleen indien toerekenbaar aan de verwerker"),
  /**
   * Events caused by the controller or its users are carved out ("excluding incidents caused by the
   * customer or its users"); all other events stay covered.
   */
  EXCLUDING_CONTROLLER_CAUSED(
      "excluding events caused by the controller",
      "behalve gebeurtenissen veroorzaakt door de verwerkingsverantwoordelijke"),
  /**
   * The duty covers only events of some size or impact ("only incidents with a material impact").
   */
  MATERIAL_IMPACT_ONLY(
      "only for events with material impact", "alleen bij gebeurtenissen met aanzienlijke impact"),
  /**
   * The duty covers only information available to the processor ("insofar as the information is
   * available to the processor"), the GDPR's own limit in art. 28(3)(f) GDPR.
   */
  INFORMATION_AVAILABLE(
      "insofar as information is available to the processor",
      "voor zover de informatie bij de verwerker beschikbaar is"),
  /** The duty arises only when the controller asks ("upon the customer's written request"). */
  AT_CONTROLLER_REQUEST(
      "only at the controller's request", "alleen op verzoek van de verwerkingsverantwoordelijke"),
  /** The processor performs the duty at the controller's expense ("at the customer's cost"). */
  AT_CONTROLLER_COST("at the controller's cost", "op kosten van de verwerkingsverantwoordelijke"),
  /** Only reasonable or commercially reasonable efforts are owed, not a result. */
  REASONABLE_EFFORTS("reasonable or commercially reasonable efforts", "redelijke inspanningen"),
  /**
   * The duty is limited by the nature of the processing ("taking into account the nature of the
   * processing"), the GDPR's own words in art. 28(3)(e) and (f) GDPR; the information available is
   * {@link #INFORMATION_AVAILABLE}.
   */
  NATURE_OF_PROCESSING(
      "taking into account the nature of the processing",
      "rekening houdend met de aard van de verwerking"),
  /**
   * The controller must give reasonable (data protection) grounds, as for an objection to a new
   * sub-processor.
   */
  REASONABLE_GROUNDS_REQUIRED("reasonable grounds required", "redelijke gronden vereist"),
  /** The duty depends on a confidentiality undertaking, such as by an auditor. */
  CONFIDENTIALITY_REQUIRED("subject to confidentiality", "onder voorwaarde van geheimhouding"),
  /**
   * The duty falls away where the law prohibits it, as in art. 28(3)(a) GDPR: "unless that law
   * prohibits such information".
   */
  NOT_PROHIBITED_BY_LAW("unless the law prohibits it", "tenzij de wet dat verbiedt"),
  /** Any other condition, described in our words in {@link Condition#getDescription()}. */
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
