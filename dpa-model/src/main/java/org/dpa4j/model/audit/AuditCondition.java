package org.dpa4j.model.audit;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** A condition on how an audit takes place. */
public enum AuditCondition implements CodedEnum {
  /** During normal business hours. */
  BUSINESS_HOURS("during business hours", "tijdens kantooruren"),
  /** The auditor signs a confidentiality undertaking. */
  CONFIDENTIALITY_UNDERTAKING(
      "auditors bound to confidentiality", "auditors gebonden aan geheimhouding"),
  /** Scope, timing and duration are agreed in advance. */
  AGREED_SCOPE_AND_PLAN(
      "scope and plan agreed in advance", "reikwijdte en plan vooraf overeengekomen"),
  /** The audit does not give access to other customers' data. */
  NO_ACCESS_TO_OTHER_CUSTOMERS(
      "no access to other customers' data", "geen toegang tot gegevens van andere klanten"),
  /** The auditor follows the processor's site and security rules. */
  PROCESSOR_SECURITY_RULES(
      "auditors follow the processor's security rules",
      "auditors volgen de beveiligingsregels van de verwerker"),
  /** The audit is limited in time. */
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
