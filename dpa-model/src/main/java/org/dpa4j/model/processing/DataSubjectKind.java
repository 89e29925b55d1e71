package org.dpa4j.model.processing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * The kind of people a category of data subjects consists of.
 *
 * <p class="nl">Het soort personen waaruit een categorie betrokkenen bestaat.
 */
public enum DataSubjectKind implements CodedEnum {
  /**
   * Customers or clients of the controller.
   *
   * <p class="nl">Klanten of cliënten van de verwerkingsverantwoordelijke.
   */
  CUSTOMERS("customers of the controller", "klanten van de verwerkingsverantwoordelijke"),
  /**
   * Users of the controller's products or of the service.
   *
   * <p class="nl">Gebruikers van de producten van de verwerkingsverantwoordelijke of van de dienst.
   */
  END_USERS("end users", "eindgebruikers"),
  /**
   * Visitors of the controller's websites or apps.
   *
   * <p class="nl">Bezoekers van de websites of apps van de verwerkingsverantwoordelijke.
   */
  WEBSITE_VISITORS("website and app visitors", "bezoekers van websites en apps"),
  /**
   * The controller's employees, staff or contractors.
   *
   * <p class="nl">Werknemers, personeel of ingehuurde krachten van de verwerkingsverantwoordelijke.
   */
  EMPLOYEES("employees and staff", "werknemers en personeel"),
  /**
   * Applicants and candidates for a job.
   *
   * <p class="nl">Sollicitanten en kandidaten voor een functie.
   */
  JOB_APPLICANTS("job applicants and candidates", "sollicitanten en kandidaten"),
  /**
   * Contact persons of business customers, suppliers or partners.
   *
   * <p class="nl">Contactpersonen van zakelijke klanten, leveranciers of partners.
   */
  CONTACT_PERSONS("contact persons", "contactpersonen"),
  /**
   * People who communicate with the controller's users, such as called parties or e-mail
   * correspondents.
   *
   * <p class="nl">Personen die communiceren met de gebruikers van de verwerkingsverantwoordelijke,
   * zoals gebelde personen of e-mailcorrespondenten.
   */
  COMMUNICATION_PARTIES("other parties to communications", "andere partijen bij communicatie"),
  /**
   * Patients or clients of health or social care.
   *
   * <p class="nl">Patiënten of cliënten van de gezondheidszorg of de maatschappelijke zorg.
   */
  PATIENTS("patients and clients of care", "patiënten en cliënten in de zorg"),
  /**
   * Pupils and students of an educational institution.
   *
   * <p class="nl">Leerlingen en studenten van een onderwijsinstelling.
   */
  PUPILS_AND_STUDENTS("pupils and students", "leerlingen en studenten"),
  /**
   * Children or minors as such.
   *
   * <p class="nl">Kinderen of minderjarigen als zodanig.
   */
  CHILDREN("children", "kinderen"),
  /**
   * Suppliers and their staff.
   *
   * <p class="nl">Leveranciers en hun personeel.
   */
  SUPPLIERS("suppliers", "leveranciers"),
  /**
   * Another kind, described by the name.
   *
   * <p class="nl">Een andere soort, beschreven in de naam.
   */
  OTHER("other", "anders"),
  /**
   * The text names the category without saying who they are.
   *
   * <p class="nl">De tekst noemt de categorie zonder te zeggen wie ertoe behoren.
   */
  NOT_STATED("not stated", "niet vermeld");

  private final LocalizedText label;

  DataSubjectKind(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
