package org.dpa4j.model.processing;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/**
 * The kind of people a category of data subjects consists of.
 *
 * <p class="nl">Het soort personen waaruit een categorie betrokkenen bestaat.
 */
public enum DataSubjectKind implements CodedEnum {
  /** Customers or clients of the controller. */
  CUSTOMERS("customers of the controller", "klanten van de verwerkingsverantwoordelijke"),
  /** Users of the controller's products or of the service. */
  END_USERS("end users", "eindgebruikers"),
  /** Visitors of the controller's websites or apps. */
  WEBSITE_VISITORS("website and app visitors", "bezoekers van websites en apps"),
  /** The controller's employees, staff or contractors. */
  EMPLOYEES("employees and staff", "werknemers en personeel"),
  /** Applicants and candidates for a job. */
  JOB_APPLICANTS("job applicants and candidates", "sollicitanten en kandidaten"),
  /** Contact persons of business customers, suppliers or partners. */
  CONTACT_PERSONS("contact persons", "contactpersonen"),
  /**
   * People who communicate with the controller's users, such as called parties or e-mail
   * correspondents.
   */
  COMMUNICATION_PARTIES("other parties to communications", "andere partijen bij communicatie"),
  /** Patients or clients of health or social care. */
  PATIENTS("patients and clients of care", "patiënten en cliënten in de zorg"),
  /** Pupils and students of an educational institution. */
  PUPILS_AND_STUDENTS("pupils and students", "leerlingen en studenten"),
  /** Children or minors as such. */
  CHILDREN("children", "kinderen"),
  /** Suppliers and their staff. */
  SUPPLIERS("suppliers", "leveranciers"),
  /** Another kind, described by the name. */
  OTHER("other", "anders"),
  /** The text names the category without saying who they are. */
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
