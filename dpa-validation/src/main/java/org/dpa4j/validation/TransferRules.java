package org.dpa4j.validation;

import static org.dpa4j.validation.RuleSupport.*;
import static org.dpa4j.validation.Severity.ERROR;
import static org.dpa4j.validation.Severity.WARNING;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dpa4j.model.ClauseRef;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.law.StandardClauses;
import org.dpa4j.model.law.StandardClausesInstrument;
import org.dpa4j.model.subprocessing.SubProcessor;
import org.dpa4j.model.transfers.TransferDestination;
import org.dpa4j.model.transfers.TransferMechanism;
import org.dpa4j.model.transfers.TransferPolicy;
import org.dpa4j.model.transfers.TransferTerms;
import org.dpa4j.model.value.CountryCode;

/**
 * The catalogue's rules on transfers to third countries (chapter V): each rule with its id, legal
 * basis, requirement, outcomes and logic, in one place.
 */
public final class TransferRules {
  static final RuleSet RULES = new RuleSet(Chapter.TRANSFERS);

  private static final Parameter<List<Destination>> DESTINATIONS =
      Parameter.destinations("destinations").withLabel("destinations", "bestemmingen");
  private static final Parameter<List<StandardClausesInstrument>> INSTRUMENTS =
      Parameter.labels("instruments", StandardClausesInstrument.class)
          .withLabel("standard clauses", "standaardbepalingen");

  /** Transfer clauses repealed by Decision 2021/914 (art. 4; transition ended 27 December 2022). */
  private static final Set<StandardClausesInstrument> REPEALED =
      EnumSet.of(
          StandardClausesInstrument.EU_2010_87,
          StandardClausesInstrument.EU_2004_915,
          StandardClausesInstrument.EU_2001_497);

  private static final RulePointer DESTINATION_COUNTRY =
      RULES.pointer("/transfers/destinations/*/country");
  private static final RulePointer SUB_PROCESSOR_LOCATION =
      RULES.pointer("/subProcessing/subProcessors/*/processingLocations/*");
  private static final RulePointer SUB_PROCESSOR_COUNTRY =
      RULES.pointer("/subProcessing/subProcessors/*/country");
  private static final RulePointer INSTRUMENT = RULES.pointer("/standardClauses/*/instrument");

  private static final RulePointer TRANSFERS_CONDITIONS = RULES.pointer("/transfers/conditions");
  private static final RulePointer TRANSFERS_DESTINATIONS =
      RULES.pointer("/transfers/destinations");
  private static final RulePointer TRANSFERS_REMOTE_ACCESS_FROM_THIRD_COUNTRY =
      RULES.pointer("/transfers/remoteAccessFromThirdCountry");

  /**
   * 38. GDPR-44-TRANSFER-MECHANISM: any transfer outside the EEA rests on adequacy, appropriate
   * safeguards or a derogation, and the DPA documents which one.
   */
  public static final CatalogRule GDPR_44_TRANSFER_MECHANISM =
      RULES
          .rule(
              "GDPR-44-TRANSFER-MECHANISM",
              38,
              "GDPR 44–46, 49; CJEU C-311/18 (Schrems II, 16 July 2020: Privacy Shield invalid); SCC 2021/914 (art. 4: Decisions 2001/497, as amended by 2004/915, and 2010/87 repealed from 27 September 2021; contracts concluded on them earlier covered until 27 December 2022); adequacy decision (EU) 2023/1795 (EU–US Data Privacy Framework, an adequacy decision, not an art. 46 safeguard)",
              "art. 44–46 en 49 AVG; HvJ EU C-311/18 (Schrems II, 16 juli 2020: Privacy Shield ongeldig); modelbepalingen 2021/914 (art. 4: besluiten 2001/497, zoals gewijzigd bij 2004/915, en 2010/87 ingetrokken per 27 september 2021; eerder daarop gesloten overeenkomsten gedekt tot 27 december 2022); adequaatheidsbesluit (EU) 2023/1795 (EU-VS Data Privacy Framework, een adequaatheidsbesluit en geen passende waarborg van art. 46)",
              "Every transfer outside the EEA rests on an adequacy decision, appropriate safeguards or a derogation, and the DPA says which.",
              "Elke doorgifte buiten de EER berust op een adequaatheidsbesluit, passende waarborgen of een uitzondering, en de overeenkomst zegt welke.",
              TransferRules::transferMechanism)
          .threshold("allowedTransferAreas", Policy::describeTransferAreas)
          .forSubProcessorLists();

  private static final Outcome TRANSFER_MECHANISM_ERROR =
      GDPR_44_TRANSFER_MECHANISM.outcome(
          "no-valid-mechanism",
          ERROR,
          "Transfer to {destinations} without a valid transfer mechanism (adequacy decision, DPF for the US, SCCs, BCRs; not the processor's own assessment or the Privacy Shield).",
          "Doorgifte naar {destinations} zonder geldig doorgiftemechanisme (adequaatheidsbesluit, voor de VS het DPF, modelcontractbepalingen, bindende bedrijfsvoorschriften; niet de eigen beoordeling van de verwerker of het Privacy Shield).",
          DESTINATIONS);

  private static final Outcome TRANSFER_MECHANISM_WARNING =
      GDPR_44_TRANSFER_MECHANISM.outcome(
          "destinations-not-named",
          WARNING,
          "Transfers outside the EEA are allowed, but neither the countries nor the recipients are named, so their transfer mechanism cannot be checked.",
          "Doorgifte buiten de EER is toegestaan, maar landen en ontvangers worden niet genoemd; hun doorgiftemechanisme is dus niet te controleren.");

  private static final Outcome LIST_WITHOUT_MECHANISM =
      GDPR_44_TRANSFER_MECHANISM.outcome(
          "list-without-mechanism",
          WARNING,
          "The list of sub-processors names no transfer mechanism for {destinations}; the agreement that refers to the list must give one for each.",
          "De lijst van subverwerkers noemt geen doorgiftemechanisme voor {destinations}; de overeenkomst die naar de lijst verwijst moet er voor elk een geven.",
          DESTINATIONS);

  private static final Outcome TRANSFER_MECHANISM_REPEALED =
      GDPR_44_TRANSFER_MECHANISM.outcome(
          "repealed-clauses",
          ERROR,
          "Transfers rest on {instruments}, repealed by Decision 2021/914 (transition ended on 27 December 2022); the standard data protection clauses adopted under Art. 46(2)(c) are now those of 2021/914.",
          "Doorgifte berust op {instruments}, ingetrokken bij besluit 2021/914 (overgangstermijn geëindigd op 27 december 2022); de standaardbepalingen inzake gegevensbescherming op grond van art. 46 lid 2 onder c AVG zijn nu die van 2021/914.",
          INSTRUMENTS);

  /**
   * 39. EDPB-44-REMOTE-ACCESS-TRANSFER: remote access from a third country to data stored in the
   * EEA is a transfer.
   */
  public static final CatalogRule EDPB_44_REMOTE_ACCESS_TRANSFER =
      RULES
          .rule(
              "EDPB-44-REMOTE-ACCESS-TRANSFER",
              39,
              "EDPB Guidelines 05/2021 (Art. 3 / Chapter V interplay); GDPR 44; adequacy decision (EU) 2023/1795 (Data Privacy Framework, only for certified recipients in the US)",
              "EDPB-richtsnoeren 05/2021 (samenloop van art. 3 en hoofdstuk V); art. 44 AVG; adequaatheidsbesluit (EU) 2023/1795 (Data Privacy Framework, alleen voor gecertificeerde ontvangers in de VS)",
              "Remote access from a third country to data stored in the EEA is treated as a transfer.",
              "Toegang vanuit een derde land tot gegevens die in de EER zijn opgeslagen wordt als doorgifte behandeld.",
              TransferRules::remoteAccessTransfer)
          .forSubProcessorLists();

  private static final Outcome REMOTE_ACCESS_TRANSFER_WARNING =
      EDPB_44_REMOTE_ACCESS_TRANSFER.outcome(
          "warning",
          WARNING,
          "Remote access from third countries to data stored in the EEA is itself a transfer; no transfer mechanism is named for it.",
          "Toegang op afstand vanuit derde landen tot in de EER opgeslagen gegevens is ook doorgifte; daarvoor wordt geen doorgiftemechanisme genoemd.");

  /**
   * 40. GDPR-45-ADEQUACY-SELF-ASSESSMENT: WARNING if the processor itself judges whether a country
   * has a "passend beschermingsniveau" using its own criteria (the old Wbp art. 76 test).
   */
  public static final CatalogRule GDPR_45_ADEQUACY_SELF_ASSESSMENT =
      RULES
          .rule(
              "GDPR-45-ADEQUACY-SELF-ASSESSMENT",
              40,
              "GDPR 45 (adequacy is decided by the Commission), 46",
              "art. 45 AVG (de Commissie besluit over adequaatheid) en art. 46 AVG",
              "Whether a third country offers adequate protection is not left to the processor's own assessment.",
              "Of een derde land passende bescherming biedt, wordt niet aan het eigen oordeel van de verwerker overgelaten.",
              TransferRules::adequacySelfAssessment)
          .forSubProcessorLists();

  private static final Outcome ADEQUACY_SELF_ASSESSMENT_WARNING =
      GDPR_45_ADEQUACY_SELF_ASSESSMENT.outcome(
          "warning",
          WARNING,
          "The processor itself assesses whether a third country offers adequate protection; under the GDPR that takes a Commission adequacy decision or appropriate safeguards.",
          "De verwerker beoordeelt zelf of derde landen een passend beschermingsniveau bieden; onder de AVG vraagt dat een adequaatheidsbesluit van de Commissie of passende waarborgen.");

  private TransferRules() {}

  private static Optional<RuleResult> transferMechanism(DataProcessingAgreement a, Policy p) {
    TransferTerms t = a.getTransfers();
    Optional<RuleResult> repealed = repealedClauses(a);
    if (repealed.isPresent()) {
      return repealed;
    }
    // Every third country the text names: each destination with its own mechanisms or the
    // section's, each sub-processor's locations and establishment with its own or the section's.
    List<Destination> offenders = new ArrayList<>();
    RulePointer first = null;
    List<ClauseRef> clauses = new ArrayList<>(t.getClauses());
    List<TransferDestination> destinations = t.getDestinations();
    for (int i = 0; i < destinations.size(); i++) {
      TransferDestination d = destinations.get(i);
      Set<TransferMechanism> own =
          d.getMechanisms().isEmpty() ? t.getMechanisms() : d.getMechanisms();
      if (needsMechanism(p, d.getCountry()) && !valid(own, d.getCountry())) {
        offenders.add(Destination.of(d.getCountry(), d.getRecipient(), d));
        first = first == null ? DESTINATION_COUNTRY.index(i) : first;
        clauses.addAll(d.getClauses());
      }
    }
    // A list of sub-processors that names no mechanism at all leaves it to the agreement that
    // refers to it; a mechanism it names that is no valid basis is wrong wherever it stands.
    boolean invalidStated = !offenders.isEmpty();
    List<SubProcessor> subProcessors = a.getSubProcessing().getSubProcessors();
    for (int i = 0; i < subProcessors.size(); i++) {
      SubProcessor s = subProcessors.get(i);
      Set<TransferMechanism> own =
          s.getTransferMechanisms().isEmpty() ? t.getMechanisms() : s.getTransferMechanisms();
      for (CountryCode country : s.thirdCountries()) {
        if (needsMechanism(p, country) && !valid(own, country)) {
          invalidStated |= !own.isEmpty();
          offenders.add(Destination.of(country, Optional.of(s.getName().orElse("?")), s));
          if (first == null) {
            int location = s.getProcessingLocations().indexOf(country);
            first =
                location >= 0
                    ? SUB_PROCESSOR_LOCATION.index(i, location)
                    : SUB_PROCESSOR_COUNTRY.index(i);
          }
          clauses.addAll(s.getClauses());
        }
      }
    }
    if (!offenders.isEmpty() && isSubProcessorList(a) && !invalidStated) {
      return LIST_WITHOUT_MECHANISM.at(first, distinct(clauses), DESTINATIONS.of(offenders));
    }
    if (!offenders.isEmpty()) {
      return TRANSFER_MECHANISM_ERROR.at(first, distinct(clauses), DESTINATIONS.of(offenders));
    }
    // A transfer the controller must instruct each time, without exemptions, under a named chapter
    // V
    // basis: the controller names the destination when it instructs (SCC 2021/915 clause 7.8).
    boolean eachOnInstruction =
        t.getPolicy() == TransferPolicy.ALLOWED_WITH_CONSENT
            && t.getExemptions().isEmpty()
            && hasMechanism(t);
    boolean general =
        t.getPolicy() == TransferPolicy.ALLOWED_CONDITIONAL
            || (t.getPolicy() == TransferPolicy.ALLOWED_WITH_CONSENT && !eachOnInstruction);
    return general && t.getDestinations().isEmpty()
        ? TRANSFER_MECHANISM_WARNING.at(TRANSFERS_DESTINATIONS, t)
        : PASS;
  }

  /** A country outside the allowed areas with no adequacy decision for the whole country. */
  private static boolean needsMechanism(Policy p, CountryCode country) {
    return !p.isAllowedTransferDestination(country) && !country.isAdequate();
  }

  /**
   * Standard clauses relied on for transfers that are only repealed ones (2001/497, 2004/915,
   * 2010/87): no longer a safeguard since 27 December 2022, unless the clauses of 2021/914 are
   * there too.
   */
  private static Optional<RuleResult> repealedClauses(DataProcessingAgreement a) {
    List<StandardClauses> clauses = a.getStandardClauses();
    List<StandardClausesInstrument> repealed = new ArrayList<>(0);
    int first = -1;
    for (int i = 0; i < clauses.size(); i++) {
      StandardClausesInstrument instrument = clauses.get(i).getInstrument();
      if (instrument == StandardClausesInstrument.EU_2021_914) {
        return PASS;
      }
      if (REPEALED.contains(instrument)) {
        repealed.add(instrument);
        first = first < 0 ? i : first;
      }
    }
    boolean reliedOn =
        a.getTransfers().getMechanisms().contains(TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES)
            || a.getTransfers().getDestinations().stream()
                .anyMatch(
                    d -> d.getMechanisms().contains(TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES))
            || a.getSubProcessing().getSubProcessors().stream()
                .anyMatch(
                    s ->
                        s.getTransferMechanisms()
                            .contains(TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES));
    return repealed.isEmpty() || !reliedOn
        ? PASS
        : TRANSFER_MECHANISM_REPEALED.at(
            INSTRUMENT.index(first), clauses.get(first), INSTRUMENTS.of(repealed));
  }

  private static Optional<RuleResult> remoteAccessTransfer(DataProcessingAgreement a, Policy p) {
    TransferTerms t = a.getTransfers();
    return t.isRemoteAccessFromThirdCountry() && !hasMechanism(t)
        ? REMOTE_ACCESS_TRANSFER_WARNING.at(TRANSFERS_REMOTE_ACCESS_FROM_THIRD_COUNTRY, t)
        : PASS;
  }

  private static Optional<RuleResult> adequacySelfAssessment(DataProcessingAgreement a, Policy p) {
    return a.getTransfers().getMechanisms().contains(TransferMechanism.PROCESSOR_SELF_ASSESSMENT)
        ? ADEQUACY_SELF_ASSESSMENT_WARNING.at(TRANSFERS_CONDITIONS, a.getTransfers())
        : PASS;
  }
}
