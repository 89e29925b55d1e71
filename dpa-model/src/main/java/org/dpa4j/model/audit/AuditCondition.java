package org.dpa4j.model.audit;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * A condition on how an audit takes place.
 *
 * <p class="nl">Een voorwaarde voor de manier waarop een audit plaatsvindt.
 */
public enum AuditCondition implements CodedEnum {
  /** The audit takes place during the processor's normal business hours. */
  BUSINESS_HOURS("during business hours", "tijdens kantooruren"),
  /**
   * The auditor must be bound to confidentiality, such as by signing a confidentiality undertaking.
   */
  CONFIDENTIALITY_UNDERTAKING(
      "auditors bound to confidentiality", "auditors gebonden aan geheimhouding"),
  /** Scope, timing and duration of the audit are agreed with the processor in advance. */
  AGREED_SCOPE_AND_PLAN(
      "scope and plan agreed in advance", "reikwijdte en plan vooraf overeengekomen"),
  /** The audit may not give access to data or information of the processor's other customers. */
  NO_ACCESS_TO_OTHER_CUSTOMERS(
      "no access to other customers' data", "geen toegang tot gegevens van andere klanten"),
  /** The auditor must follow the processor's site and security rules. */
  PROCESSOR_SECURITY_RULES(
      "auditors follow the processor's security rules",
      "auditors volgen de beveiligingsregels van de verwerker"),
  /** The audit is limited in time, such as to a reasonable duration or a number of days. */
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
