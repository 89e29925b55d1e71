package org.dpa4j.model.security;

import java.util.Optional;
import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * The category of a technical or organisational security measure, after art. 32(1) GDPR.
 *
 * <p class="nl">De categorie van een technische of organisatorische beveiligingsmaatregel, naar
 * art. 32 lid 1 AVG.
 */
public enum MeasureCategory implements CodedEnum {
  /**
   * Pseudonymisation and encryption of personal data (art. 32(1)(a) GDPR).
   *
   * <p class="nl">Pseudonimisering en versleuteling van persoonsgegevens (art. 32 lid 1 onder a
   * AVG).
   */
  PSEUDONYMISATION_ENCRYPTION(
      "pseudonymisation and encryption",
      "pseudonimisering en versleuteling",
      "https://w3id.org/dpv#CryptographicMethods"),
  /**
   * Access control and other measures for the ongoing confidentiality and integrity of systems and
   * services (art. 32(1)(b) GDPR).
   *
   * <p class="nl">Toegangsbeveiliging en andere maatregelen voor de blijvende vertrouwelijkheid en
   * integriteit van de systemen en diensten (art. 32 lid 1 onder b AVG).
   */
  ACCESS_CONFIDENTIALITY_INTEGRITY(
      "access control, confidentiality and integrity",
      "toegangsbeveiliging, vertrouwelijkheid en integriteit",
      "https://w3id.org/dpv#AccessControlMethod"),
  /**
   * Availability and resilience, back-up, and timely restoration of access after an incident (art.
   * 32(1)(b) and (c) GDPR).
   *
   * <p class="nl">Beschikbaarheid en veerkracht, back-up, en tijdig herstel van de toegang na een
   * incident (art. 32 lid 1 onder b en c AVG).
   */
  AVAILABILITY_RESTORE(
      "availability, back-up and restore", "beschikbaarheid, back-up en herstel", null),
  /**
   * Regular testing, assessing and evaluating of the effectiveness of the measures (art. 32(1)(d)
   * GDPR).
   *
   * <p class="nl">Het regelmatig testen, beoordelen en evalueren van de doeltreffendheid van de
   * maatregelen (art. 32 lid 1 onder d AVG).
   */
  TESTING_EVALUATION("regular testing and evaluation", "regelmatig testen en evalueren", null),
  /**
   * Logging and monitoring of access to data and of events.
   *
   * <p class="nl">Logging en monitoring van de toegang tot gegevens en van gebeurtenissen.
   */
  LOGGING("logging", "logging", null),
  /**
   * Physical security of premises and equipment.
   *
   * <p class="nl">Fysieke beveiliging van gebouwen en apparatuur.
   */
  PHYSICAL("physical security", "fysieke beveiliging", "https://w3id.org/dpv#PhysicalMeasure"),
  /**
   * Organisational measures and policy, such as an information security policy, training or
   * screening of staff.
   *
   * <p class="nl">Organisatorische maatregelen en beleid, zoals een informatiebeveiligingsbeleid,
   * opleiding of screening van personeel.
   */
  ORGANISATIONAL_POLICY(
      "organisational measures and policy",
      "organisatorische maatregelen en beleid",
      "https://w3id.org/dpv#OrganisationalMeasure"),
  /**
   * Network security, such as firewalls and separation of networks.
   *
   * <p class="nl">Netwerkbeveiliging, zoals firewalls en scheiding van netwerken.
   */
  NETWORK("network security", "netwerkbeveiliging", null),
  /**
   * Protection against malware and timely patching of software.
   *
   * <p class="nl">Bescherming tegen malware en het tijdig patchen van software.
   */
  MALWARE_PATCHING("malware protection and patching", "malwarebescherming en updates", null);

  private final LocalizedText label;
  private final String dpvIri;

  MeasureCategory(String english, String dutch, String dpvIri) {
    this.label = LocalizedText.of(english, dutch);
    this.dpvIri = dpvIri;
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }

  @Override
  public Optional<String> getDpvIri() {
    return Optional.ofNullable(dpvIri);
  }
}
