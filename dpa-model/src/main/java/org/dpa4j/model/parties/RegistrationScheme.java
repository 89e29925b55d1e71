package org.dpa4j.model.parties;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * A register in which an organisation is registered.
 *
 * <p class="nl">Een register waarin een organisatie is ingeschreven.
 */
public enum RegistrationScheme implements CodedEnum {
  /**
   * The Dutch Handelsregister of the KvK: 8 digits.
   *
   * <p class="nl">Het Nederlandse Handelsregister van de KvK: 8 cijfers.
   */
  KVK("Dutch Chamber of Commerce (KvK)", "Kamer van Koophandel (KvK)"),
  /**
   * The German Handelsregister, such as "HRB 12345" with the court.
   *
   * <p class="nl">Het Duitse Handelsregister, zoals "HRB 12345" met het gerecht.
   */
  HANDELSREGISTER("German commercial register (HRA/HRB)", "Duits handelsregister (HRA/HRB)"),
  /**
   * The UK register of companies: 8 characters.
   *
   * <p class="nl">Het Britse register van vennootschappen: 8 tekens.
   */
  COMPANIES_HOUSE("Companies House (UK)", "Companies House (VK)"),
  /**
   * The Belgian enterprise number: 10 digits.
   *
   * <p class="nl">Het Belgische ondernemingsnummer: 10 cijfers.
   */
  KBO("Belgian Crossroads Bank for Enterprises (KBO/BCE)", "Kruispuntbank van Ondernemingen (KBO)"),
  /**
   * The French company number.
   *
   * <p class="nl">Het Franse ondernemingsnummer.
   */
  SIREN("French SIREN/SIRET", "Frans SIREN/SIRET"),
  /**
   * The EU customs identification number.
   *
   * <p class="nl">Het identificatienummer voor de douane in de EU.
   */
  EORI("EORI number", "EORI-nummer"),
  /**
   * ISO 17442: 20 characters.
   *
   * <p class="nl">ISO 17442: 20 tekens.
   */
  LEI("Legal Entity Identifier", "Legal Entity Identifier (LEI)"),
  /**
   * A US state's registry, such as Delaware's file number.
   *
   * <p class="nl">Het register van een Amerikaanse staat, zoals het dossiernummer in Delaware.
   */
  US_STATE_REGISTRY("US state business registry", "bedrijfsregister van een Amerikaanse staat"),
  /**
   * Another register, named in the value.
   *
   * <p class="nl">Een ander register, genoemd in de waarde.
   */
  OTHER("other register", "ander register");

  private final LocalizedText label;

  RegistrationScheme(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
