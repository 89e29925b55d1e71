package org.dpa4j.model.audit;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * A condition on how an audit takes place.
 *
 * <p class="nl">Een voorwaarde voor de manier waarop een audit plaatsvindt.
 */
public enum AuditCondition implements CodedEnum {
  /**
   * The audit takes place during the processor's normal business hours.
   *
   * <p class="nl">De audit vindt plaats tijdens de normale kantooruren van de verwerker.
   */
  BUSINESS_HOURS("during business hours", "tijdens kantooruren"),
  /**
   * The auditor must be bound to confidentiality, such as by signing a confidentiality undertaking.
   *
   * <p class="nl">De auditor moet tot geheimhouding zijn verplicht, zoals door een
   * geheimhoudingsverklaring te ondertekenen.
   */
  CONFIDENTIALITY_UNDERTAKING(
      "auditors bound to confidentiality", "auditors gebonden aan geheimhouding"),
  /**
   * Scope, timing and duration of the audit are agreed with the processor in advance.
   *
   * <p class="nl">Reikwijdte, tijdstip en duur van de audit worden vooraf met de verwerker
   * overeengekomen.
   */
  AGREED_SCOPE_AND_PLAN(
      "scope and plan agreed in advance", "reikwijdte en plan vooraf overeengekomen"),
  /**
   * The audit may not give access to data or information of the processor's other customers.
   *
   * <p class="nl">De audit mag geen toegang geven tot gegevens of informatie van andere klanten van
   * de verwerker.
   */
  NO_ACCESS_TO_OTHER_CUSTOMERS(
      "no access to other customers' data", "geen toegang tot gegevens van andere klanten"),
  /**
   * The auditor must follow the processor's site and security rules.
   *
   * <p class="nl">De auditor moet de locatie- en beveiligingsregels van de verwerker volgen.
   */
  PROCESSOR_SECURITY_RULES(
      "auditors follow the processor's security rules",
      "auditors volgen de beveiligingsregels van de verwerker"),
  /**
   * The audit is limited in time, such as to a reasonable duration or a number of days.
   *
   * <p class="nl">De audit is in tijd beperkt, zoals tot een redelijke duur of een aantal dagen.
   */
  REASONABLE_DURATION("limited duration", "beperkte duur");

  private final LocalizedText label;

  AuditCondition(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
