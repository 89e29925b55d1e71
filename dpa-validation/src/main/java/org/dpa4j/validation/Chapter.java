package org.dpa4j.validation;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * The chapters of the rule catalogue, in the order of an agreement under art. 28 GDPR; each chapter
 * declares its rules in one class (such as {@link PartyRules}).
 */
public enum Chapter implements CodedEnum {
  /** Written form and the parties' identities. */
  PARTIES("parties", "partijen"),
  /** Subject-matter, duration, nature and purpose, data and data subjects (art. 28(3)). */
  SCOPE("scope of the processing", "reikwijdte van de verwerking"),
  /** Documented instructions (art. 28(3)(a), 28(3) final subparagraph, 29). */
  INSTRUCTIONS("instructions", "instructies"),
  /** Confidentiality and security (art. 28(3)(b) and (c), 32). */
  SECURITY("confidentiality and security", "geheimhouding en beveiliging"),
  /** Sub-processors (art. 28(2) and (4)). */
  SUB_PROCESSING("sub-processing", "subverwerking"),
  /** Transfers to third countries (chapter V). */
  TRANSFERS("transfers", "doorgifte"),
  /** Assistance with data subjects' requests, DPIAs and prior consultation (art. 28(3)(e)-(f)). */
  ASSISTANCE("assistance", "bijstand"),
  /** Personal data breaches (art. 33). */
  BREACH("breach notification", "melding van inbreuken in verband met persoonsgegevens"),
  /** Deletion or return at the end, and retention (art. 28(3)(g)). */
  END_OF_PROCESSING("end of processing", "einde van de verwerking"),
  /** Information and audits (art. 28(3)(h)). */
  AUDIT("audits", "audits"),
  /** Liability, indemnities and fines (art. 82, 83). */
  LIABILITY("liability", "aansprakelijkheid"),
  /** Amendment, termination, precedence, governing law and the document itself. */
  GENERAL("general provisions", "algemene bepalingen");

  private final LocalizedText label;

  Chapter(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
