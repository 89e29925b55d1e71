package org.dpa4j.model.security;

import java.util.Optional;
import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** The category of a technical or organisational security measure, after art. 32(1) GDPR. */
public enum MeasureCategory implements CodedEnum {
  /** Art. 32(1)(a). */
  PSEUDONYMISATION_ENCRYPTION(
      "pseudonymisation and encryption",
      "pseudonimisering en versleuteling",
      "https://w3id.org/dpv#CryptographicMethods"),
  /** Art. 32(1)(b). */
  ACCESS_CONFIDENTIALITY_INTEGRITY(
      "access control, confidentiality and integrity",
      "toegangsbeveiliging, vertrouwelijkheid en integriteit",
      "https://w3id.org/dpv#AccessControlMethod"),
  /** Art. 32(1)(b) and (c). */
  AVAILABILITY_RESTORE(
      "availability, back-up and restore", "beschikbaarheid, back-up en herstel", null),
  /** Art. 32(1)(d). */
  TESTING_EVALUATION("regular testing and evaluation", "regelmatig testen en evalueren", null),
  /** Logging. */
  LOGGING("logging", "logging", null),
  /** Physical security. */
  PHYSICAL("physical security", "fysieke beveiliging", "https://w3id.org/dpv#PhysicalMeasure"),
  /** Organisational measures and policy. */
  ORGANISATIONAL_POLICY(
      "organisational measures and policy",
      "organisatorische maatregelen en beleid",
      "https://w3id.org/dpv#OrganisationalMeasure"),
  /** Network security. */
  NETWORK("network security", "netwerkbeveiliging", null),
  /** Malware protection and patching. */
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
