package org.dpa4j.model.transfers;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import org.dpa4j.model.Coverage;
import org.dpa4j.model.Provision;
import org.dpa4j.model.Term;
import org.dpa4j.model.value.CountryCode;
import org.immutables.value.Value;

/**
 * Transfers of personal data outside the EU or EEA (chapter V GDPR).
 *
 * <p class="nl">Doorgifte van persoonsgegevens buiten de EU of EER (hoofdstuk V AVG).
 */
@Value.Immutable
public abstract class TransferTerms extends Term implements WithTransferTerms {

  TransferTerms() {}

  /**
   * Returns the text's rule for transfers of personal data outside the EU or EEA (art. 28(3)(a) and
   * chapter V GDPR; clause 7.8 of 2021/915): within the EU only, within the EEA only, prohibited,
   * allowed under conditions, allowed with the controller's consent, or not addressed.
   *
   * <p class="nl">De regel van de tekst voor doorgifte van persoonsgegevens buiten de EU of EER
   * (art. 28 lid 3 onder a en hoofdstuk V AVG; clausule 7.8 van 2021/915): alleen binnen de EU,
   * alleen binnen de EER, verboden, onder voorwaarden toegestaan, toegestaan met toestemming van de
   * verwerkingsverantwoordelijke, of niet geregeld.
   *
   * @return the value; {@code not_addressed} unless set
   */
  @Value.Default
  public TransferPolicy getPolicy() {
    return TransferPolicy.NOT_ADDRESSED;
  }

  /**
   * Returns the transfer mechanisms the text gives for transfers in general, one entry per
   * mechanism: an adequacy decision (art. 45 GDPR), appropriate safeguards such as standard
   * contractual clauses (art. 46 GDPR), binding corporate rules (art. 47 GDPR) or a derogation
   * (art. 49 GDPR).
   *
   * <p class="nl">De doorgifte-instrumenten die de tekst voor doorgiften in het algemeen noemt, één
   * per instrument: een adequaatheidsbesluit (art. 45 AVG), passende waarborgen zoals
   * standaardcontractbepalingen (art. 46 AVG), bindende bedrijfsvoorschriften (art. 47 AVG) of een
   * afwijking (art. 49 AVG).
   *
   * @return the values, in declaration order; empty for none
   */
  public abstract Set<TransferMechanism> getMechanisms();

  /**
   * Returns the transfers the text exempts from its own transfer rule, such as transfers to listed
   * sub-processors.
   *
   * <p class="nl">De doorgiften die de tekst uitzondert van haar eigen doorgifteregel, zoals
   * doorgiften aan vermelde subverwerkers.
   *
   * @return the values, in declaration order; empty for none
   */
  public abstract Set<TransferExemption> getExemptions();

  /**
   * Returns whether the text guarantees that the data is stored within the EU or EEA: true when it
   * says so, false when it does not say so.
   *
   * <p class="nl">Of de tekst garandeert dat de gegevens binnen de EU of EER worden opgeslagen;
   * true als de tekst dat zegt, false als zij daarover niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isStorageGuaranteedInEea() {
    return false;
  }

  /**
   * Returns whether the text contemplates access to the data from outside the EEA, such as by
   * support staff: true when it does, false when it does not say so.
   *
   * <p class="nl">Of de tekst voorziet in toegang tot de gegevens van buiten de EER, zoals door
   * ondersteuningsmedewerkers; true als zij dat doet, false als zij daarover niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isRemoteAccessFromThirdCountry() {
    return false;
  }

  /**
   * Returns whether the text makes the processor tell the controller to which countries it
   * transfers data: true when it does, false when it does not say so.
   *
   * <p class="nl">Of de tekst de verwerker verplicht de verwerkingsverantwoordelijke te laten weten
   * naar welke landen hij gegevens doorgeeft; true als zij dat doet, false als zij daarover niets
   * zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isProcessorReportsCountries() {
    return false;
  }

  /**
   * Returns the countries outside the EU and EEA the text names as destinations, one entry per
   * country, each with the mechanisms the text gives for that country.
   *
   * <p class="nl">De landen buiten de EU en EER die de tekst als bestemming noemt, één per land,
   * elk met de doorgifte-instrumenten die zij voor dat land noemt.
   *
   * @return the destinations, in the order of the text; empty for none
   */
  public abstract List<@Valid TransferDestination> getDestinations();

  /**
   * Returns the countries or groups where the processor itself hosts the data, one entry per
   * location, when the text says so.
   *
   * <p class="nl">De landen of groepen waar de verwerker zelf de gegevens host, één per locatie,
   * als de tekst dat zegt.
   *
   * @return the locations, in the order of the text; empty when not stated
   */
  public abstract List<CountryCode> getHostingLocations();

  /**
   * Returns whether the controller chooses the hosting region (such as EU or US): true when the
   * text says so, false when it does not say so.
   *
   * <p class="nl">Of de verwerkingsverantwoordelijke de hostingregio kiest (zoals EU of VS); true
   * als de tekst dat zegt, false als zij daarover niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isHostingChosenByController() {
    return false;
  }

  /**
   * Returns whether the text makes the processor disclose its storage locations on request: true
   * when it does, false when it does not say so.
   *
   * <p class="nl">Of de tekst de verwerker verplicht zijn opslaglocaties op verzoek bekend te
   * maken; true als zij dat doet, false als zij daarover niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isStorageLocationsOnRequest() {
    return false;
  }

  /**
   * Returns safeguards and assessment criteria the text sets for transfers and remote access, one
   * entry per safeguard.
   *
   * <p class="nl">Waarborgen en beoordelingscriteria die de tekst stelt voor doorgifte en toegang
   * op afstand, één per waarborg.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@Valid Provision> getSafeguards();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableTransferTerms.Builder builder() {
    return ImmutableTransferTerms.builder();
  }

  /**
   * Returns the value for an agreement that says nothing on this subject.
   *
   * @return the value, with {@link Coverage#notStated()}
   */
  public static TransferTerms notStated() {
    return builder().coverage(Coverage.notStated()).build();
  }
}
