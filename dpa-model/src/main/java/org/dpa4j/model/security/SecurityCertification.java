package org.dpa4j.model.security;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * A security certification or attestation the processor holds.
 *
 * <p class="nl">Een beveiligingscertificering of -verklaring die de verwerker heeft.
 */
public enum SecurityCertification implements CodedEnum {
  /**
   * ISO/IEC 27001.
   *
   * <p class="nl">Certificering volgens ISO/IEC 27001.
   */
  ISO_27001("ISO/IEC 27001", "ISO/IEC 27001"),
  /**
   * ISO/IEC 27701.
   *
   * <p class="nl">Certificering volgens ISO/IEC 27701.
   */
  ISO_27701("ISO/IEC 27701", "ISO/IEC 27701"),
  /**
   * ISO/IEC 27017.
   *
   * <p class="nl">Certificering volgens ISO/IEC 27017.
   */
  ISO_27017("ISO/IEC 27017", "ISO/IEC 27017"),
  /**
   * ISO/IEC 27018.
   *
   * <p class="nl">Certificering volgens ISO/IEC 27018.
   */
  ISO_27018("ISO/IEC 27018", "ISO/IEC 27018"),
  /**
   * NEN 7510 (Dutch health care).
   *
   * <p class="nl">Certificering volgens NEN 7510 (Nederlandse zorg).
   */
  NEN_7510("NEN 7510", "NEN 7510"),
  /**
   * A SOC 1 report.
   *
   * <p class="nl">Een SOC 1-rapport.
   */
  SOC_1("SOC 1 report", "SOC 1-rapport"),
  /**
   * A SOC 2 report (type I or II).
   *
   * <p class="nl">Een SOC 2-rapport (type I of II).
   */
  SOC_2("SOC 2 report", "SOC 2-rapport"),
  /**
   * PCI DSS.
   *
   * <p class="nl">Certificering volgens PCI DSS.
   */
  PCI_DSS("PCI DSS", "PCI DSS"),
  /**
   * Cloud Security Alliance STAR.
   *
   * <p class="nl">STAR van de Cloud Security Alliance.
   */
  CSA_STAR("CSA STAR", "CSA STAR"),
  /**
   * Another certification.
   *
   * <p class="nl">Een andere certificering.
   */
  OTHER("other certification", "andere certificering");

  private final LocalizedText label;

  SecurityCertification(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
