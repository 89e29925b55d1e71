package org.dpa4j.model;

/** The kind of condition or limit on a duty. */
public enum ConditionKind implements CodedEnum {
  /** The duty applies only where applicable law requires or affords it. */
  REQUIRED_BY_LAW_ONLY("only where the law requires it", "alleen waar de wet het vereist"),
  /** The duty applies only to the extent the law permits it. */
  TO_THE_EXTENT_LEGALLY_PERMITTED(
      "to the extent legally permitted", "voor zover wettelijk toegestaan"),
  /** The duty applies only to events attributable to the processor. */
  ATTRIBUTABLE_TO_PROCESSOR(
      "only where attributable to the processor", "alleen indien toerekenbaar aan de verwerker"),
  /** Events caused by the controller or its users are excluded. */
  EXCLUDING_CONTROLLER_CAUSED(
      "excluding events caused by the controller",
      "behalve gebeurtenissen veroorzaakt door de verwerkingsverantwoordelijke"),
  /** The duty applies only to events of some size or impact. */
  MATERIAL_IMPACT_ONLY(
      "only for events with material impact", "alleen bij gebeurtenissen met aanzienlijke impact"),
  /** The duty covers only information available to the processor. */
  INFORMATION_AVAILABLE(
      "insofar as information is available to the processor",
      "voor zover de informatie bij de verwerker beschikbaar is"),
  /** The duty arises only when the controller asks. */
  AT_CONTROLLER_REQUEST(
      "only at the controller's request", "alleen op verzoek van de verwerkingsverantwoordelijke"),
  /** The controller pays for the processor's performance. */
  AT_CONTROLLER_COST("at the controller's cost", "op kosten van de verwerkingsverantwoordelijke"),
  /** Only reasonable or commercially reasonable efforts are owed. */
  REASONABLE_EFFORTS("reasonable or commercially reasonable efforts", "redelijke inspanningen"),
  /**
   * Limited by the nature of the processing and the information available, as art. 28(3) GDPR
   * itself words it.
   */
  NATURE_OF_PROCESSING(
      "taking into account the nature of the processing",
      "rekening houdend met de aard van de verwerking"),
  /** The controller must give reasonable (data protection) grounds. */
  REASONABLE_GROUNDS_REQUIRED("reasonable grounds required", "redelijke gronden vereist"),
  /** The duty depends on a confidentiality undertaking. */
  CONFIDENTIALITY_REQUIRED("subject to confidentiality", "onder voorwaarde van geheimhouding"),
  /** The duty falls away where the law prohibits it. */
  NOT_PROHIBITED_BY_LAW("unless the law prohibits it", "tenzij de wet dat verbiedt"),
  /** Another condition, described in words. */
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
