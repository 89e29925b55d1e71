package org.dpa4j.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpa4j.model.audit.AuditTerms;
import org.dpa4j.model.breach.BreachNotification;
import org.dpa4j.model.law.AppliedLaw;
import org.dpa4j.model.law.StandardClauses;
import org.dpa4j.model.liability.LiabilityTerms;
import org.dpa4j.model.parties.Party;
import org.dpa4j.model.parties.PartyRole;
import org.dpa4j.model.processing.Assistance;
import org.dpa4j.model.processing.DataSubjectRequests;
import org.dpa4j.model.processing.Instructions;
import org.dpa4j.model.processing.ProcessingScope;
import org.dpa4j.model.security.Confidentiality;
import org.dpa4j.model.security.SecurityTerms;
import org.dpa4j.model.subprocessing.SubProcessingTerms;
import org.dpa4j.model.termination.AmendmentTerms;
import org.dpa4j.model.termination.EndOfProcessing;
import org.dpa4j.model.termination.RetentionTerms;
import org.dpa4j.model.termination.TerminationTerms;
import org.dpa4j.model.transfers.TransferTerms;
import org.immutables.value.Value;

/**
 * A data processing agreement under art. 28 GDPR (verwerkersovereenkomst): the root of the model.
 *
 * <p>Metadata and the two parties are required. Every section defaults to {@linkplain
 * Coverage#notStated() not stated}, so an agreement that is silent on a subject is built by leaving
 * the section out:
 *
 * <pre>{@code
 * DataProcessingAgreement dpa = DataProcessingAgreement.builder()
 *     .metadata(AgreementMetadata.builder().title("Verwerkersovereenkomst").build())
 *     .processor(Party.builder().role(PartyRole.PROCESSOR).legalName("Example B.V.").build())
 *     .controller(Party.builder().role(PartyRole.CONTROLLER).placeholder(true)
 *         .description("de klant").build())
 *     .breachNotification(BreachNotification.builder()
 *         .processorNotifies(true)
 *         .deadline(Deadline.within(TimeLimit.ofHours(48), DeadlineTrigger.AWARENESS))
 *         .addClauses(ClauseRef.of("7.1"))
 *         .build())
 *     .build();
 * }</pre>
 *
 * <p class="nl">Een verwerkersovereenkomst in de zin van art. 28 AVG: de wortel van het model.
 */
@Value.Immutable
public abstract class DataProcessingAgreement implements Extensible, WithDataProcessingAgreement {

  /** The version of the JSON form this model writes, carried as {@code schemaVersion}. */
  public static final String SCHEMA_VERSION = "2";

  DataProcessingAgreement() {}

  /**
   * Returns the properties read from JSON that the model has no attribute for.
   *
   * @return the extensions by name; empty for none
   */
  @Override
  @Value.Redacted
  public abstract Map<String, ExtensionValue> getExtensions();

  /**
   * Returns what the document is and how it binds: title, version, dates, kind, formation (art.
   * 28(9) GDPR requires the contract in writing, electronic form included) and precedence.
   *
   * <p class="nl">Wat het document is en hoe het bindt: titel, versie, datums, soort,
   * totstandkoming (art. 28 lid 9 AVG eist de overeenkomst schriftelijk, elektronisch daaronder
   * begrepen) en rangorde.
   *
   * @return the metadata
   */
  @Valid
  public abstract AgreementMetadata getMetadata();

  /**
   * Returns the party that processes personal data on behalf of the controller (art. 4(8) and 28
   * GDPR), as the agreement identifies it.
   *
   * <p class="nl">De partij die persoonsgegevens verwerkt ten behoeve van de
   * verwerkingsverantwoordelijke (art. 4 onder 8 en art. 28 AVG), zoals de overeenkomst haar
   * aanwijst.
   *
   * @return the processor, whose role is {@link org.dpa4j.model.parties.PartyRole#PROCESSOR};
   *     another role makes building fail with {@link DpaModelException} ({@code
   *     model.inconsistent})
   */
  @Valid
  public abstract Party getProcessor();

  /**
   * Returns the party that determines the purposes and means of the processing (art. 4(7) GDPR) and
   * on whose behalf the processor acts; in standard terms often a placeholder.
   *
   * <p class="nl">De partij die het doel van en de middelen voor de verwerking vaststelt (art. 4
   * onder 7 AVG) en voor wie de verwerker handelt; in standaardvoorwaarden vaak een plaatshouder.
   *
   * @return the controller, whose role is {@link org.dpa4j.model.parties.PartyRole#CONTROLLER};
   *     another role makes building fail with {@link DpaModelException} ({@code
   *     model.inconsistent})
   */
  @Valid
  public abstract Party getController();

  /**
   * Returns the data protection laws the text says the agreement serves or complies with, one entry
   * per law, such as the GDPR, the UK GDPR or a US state law, with what each calls the processor; a
   * law named only in a definition of "Data Protection Laws" counts.
   *
   * <p class="nl">De gegevensbeschermingswetten die de overeenkomst volgens de tekst dient of
   * naleeft, één per wet, zoals de AVG, de UK GDPR of een wet van een Amerikaanse staat, met hoe
   * elke wet de verwerker noemt; een wet die alleen in een definitie van "Data Protection Laws"
   * wordt genoemd, telt mee.
   *
   * @return the laws, in the order of the text; empty when the text names none
   */
  public abstract List<@Valid AppliedLaw> getLaws();

  /**
   * Returns the sets of standard clauses the text incorporates, one entry per set (the
   * controller-processor clauses of 2021/915 under art. 28(7) GDPR, the transfer clauses of
   * 2021/914 under art. 46(2)(c) GDPR, the UK Addendum, ...), with how the text completes their
   * options.
   *
   * <p class="nl">De sets standaardbepalingen die de tekst opneemt, één per set (de bepalingen
   * tussen verwerkingsverantwoordelijke en verwerker van 2021/915 op grond van art. 28 lid 7 AVG,
   * de doorgiftebepalingen van 2021/914 op grond van art. 46 lid 2 onder c AVG, het UK Addendum,
   * ...), met hoe de tekst hun opties invult.
   *
   * @return the incorporated clauses, in the order of the text; empty for none
   */
  public abstract List<@Valid StandardClauses> getStandardClauses();

  /**
   * Returns the terms the text leaves to be completed, one entry per open term named by its JSON
   * Pointer from the root: blanks to fill in, options of which none is chosen, empty annexes and
   * optional clauses. A blank term is incomplete, not silent and not non-compliant.
   *
   * <p class="nl">De bepalingen die de tekst open laat om in te vullen, één per open bepaling,
   * aangewezen met haar JSON Pointer vanaf de wortel: in te vullen plaatsen, opties waarvan er geen
   * is gekozen, lege bijlagen en facultatieve bepalingen; een open bepaling is onvolledig, niet
   * stilzwijgend en niet in strijd met de wet.
   *
   * @return the blanks, in the order of the text; empty for a complete agreement; two entries with
   *     the same pointer make building fail with {@link DpaModelException} ({@code
   *     model.duplicate})
   */
  public abstract List<@Valid Blank> getBlanks();

  /**
   * Tells whether the term at a pointer, or a term that contains it, is left to be completed. The
   * pointer is not checked against the model: a misspelt one is simply covered by no blank.
   *
   * @param pointer a JSON Pointer from the root, such as {@code /breachNotification/deadline}
   * @return the most specific blank that covers it, or empty
   */
  public Optional<Blank> blankAt(String pointer) {
    // The most specific blank: the one with the longest pointer that covers it.
    Blank found = null;
    for (Blank blank : getBlanks()) {
      if (blank.covers(pointer)
          && (found == null || blank.getPointer().length() > found.getPointer().length())) {
        found = blank;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Returns the terms the agreement defines, one entry per defined term with its meaning in our
   * words; a party's defined short name ("Verwerker", "the Provider") is that party's defined term
   * instead.
   *
   * <p class="nl">De begrippen die de overeenkomst definieert, één per begrip met zijn betekenis in
   * onze woorden; de gedefinieerde korte naam van een partij ("Verwerker", "the Provider") is in
   * plaats daarvan het gedefinieerde begrip van die partij.
   *
   * @return the definitions, in the order of the text; empty for none
   */
  public abstract List<@Valid Definition> getDefinitions();

  /**
   * Returns further parties to the agreement, one entry per party: more controllers or processors
   * the text lists (Annex I of 2021/915), or parties that accede by a docking clause (clause 5 of
   * 2021/915).
   *
   * <p class="nl">Verdere partijen bij de overeenkomst, één per partij: meer
   * verwerkingsverantwoordelijken of verwerkers die de tekst noemt (bijlage I bij 2021/915), of
   * partijen die toetreden met een koppelingsclausule (clausule 5 van 2021/915).
   *
   * @return the parties, in the order of the text; empty for none
   */
  public abstract List<@Valid Party> getOtherParties();

  /**
   * Returns the description of the processing the agreement covers: subject matter, duration,
   * nature and purpose, types of personal data and categories of data subjects (art. 28(3), first
   * subparagraph, GDPR; Annex II of 2021/915).
   *
   * <p class="nl">De beschrijving van de verwerking die de overeenkomst dekt: onderwerp, duur, aard
   * en doel, soorten persoonsgegevens en categorieën betrokkenen (art. 28 lid 3, eerste alinea,
   * AVG; bijlage II bij 2021/915).
   *
   * @return the scope; not stated unless set
   */
  @Value.Default
  @Valid
  public ProcessingScope getScope() {
    return ProcessingScope.notStated();
  }

  /**
   * Returns the terms on processing only on the controller's documented instructions, on legal
   * requirements to process otherwise and on instructions that infringe the law (art. 28(3)(a),
   * 28(3) second subparagraph and 29 GDPR; clause 7.1 of 2021/915).
   *
   * <p class="nl">De afspraken over verwerken alleen op gedocumenteerde instructies van de
   * verwerkingsverantwoordelijke, over wettelijke verplichtingen om anders te verwerken en over
   * instructies die inbreuk maken op de wet (art. 28 lid 3 onder a, art. 28 lid 3, tweede alinea,
   * en art. 29 AVG; clausule 7.1 van 2021/915).
   *
   * @return the instructions; not stated unless set
   */
  @Value.Default
  @Valid
  public Instructions getInstructions() {
    return Instructions.notStated();
  }

  /**
   * Returns the terms on the confidentiality of the persons authorised to process the data (art.
   * 28(3)(b) GDPR; clause 7.4 of 2021/915).
   *
   * <p class="nl">De afspraken over de geheimhouding van de personen die gemachtigd zijn de
   * gegevens te verwerken (art. 28 lid 3 onder b AVG; clausule 7.4 van 2021/915).
   *
   * @return the confidentiality terms; not stated unless set
   */
  @Value.Default
  @Valid
  public Confidentiality getConfidentiality() {
    return Confidentiality.notStated();
  }

  /**
   * Returns the terms on the security of the processing: the processor's commitment, its level and
   * the measures (art. 28(3)(c) and 32 GDPR; clause 7.4 and Annex III of 2021/915).
   *
   * <p class="nl">De afspraken over de beveiliging van de verwerking: de toezegging van de
   * verwerker, het niveau en de maatregelen (art. 28 lid 3 onder c en art. 32 AVG; clausule 7.4 en
   * bijlage III bij 2021/915).
   *
   * @return the security terms; not stated unless set
   */
  @Value.Default
  @Valid
  public SecurityTerms getSecurity() {
    return SecurityTerms.notStated();
  }

  /**
   * Returns the terms on engaging other processors: authorisation, notice and objection, flow-down
   * of obligations and the processor's liability for them (art. 28(2), 28(3)(d) and 28(4) GDPR;
   * clause 7.7 and Annex IV of 2021/915).
   *
   * <p class="nl">De afspraken over het inschakelen van andere verwerkers: toestemming,
   * aankondiging en bezwaar, het doorleggen van verplichtingen en de aansprakelijkheid van de
   * verwerker voor hen (art. 28 lid 2, art. 28 lid 3 onder d en art. 28 lid 4 AVG; clausule 7.7 en
   * bijlage IV bij 2021/915).
   *
   * @return the sub-processing terms; not stated unless set
   */
  @Value.Default
  @Valid
  public SubProcessingTerms getSubProcessing() {
    return SubProcessingTerms.notStated();
  }

  /**
   * Returns the terms on transfers of personal data to third countries outside the EU and EEA (art.
   * 28(3)(a) and chapter V GDPR; clause 7.8 of 2021/915).
   *
   * <p class="nl">De afspraken over doorgifte van persoonsgegevens naar derde landen buiten de EU
   * en de EER (art. 28 lid 3 onder a en hoofdstuk V AVG; clausule 7.8 van 2021/915).
   *
   * @return the transfer terms; not stated unless set
   */
  @Value.Default
  @Valid
  public TransferTerms getTransfers() {
    return TransferTerms.notStated();
  }

  /**
   * Returns the terms on the processor's assistance with requests of data subjects exercising their
   * rights (art. 28(3)(e) GDPR; clause 8(a) and (b) of 2021/915).
   *
   * <p class="nl">De afspraken over de hulp van de verwerker bij verzoeken van betrokkenen die hun
   * rechten uitoefenen (art. 28 lid 3 onder e AVG; clausule 8, onder a en b, van 2021/915).
   *
   * @return the data subject request terms; not stated unless set
   */
  @Value.Default
  @Valid
  public DataSubjectRequests getDataSubjectRequests() {
    return DataSubjectRequests.notStated();
  }

  /**
   * Returns the terms on the processor's assistance with the controller's duties of art. 32 to 36
   * GDPR: security, breach notification, impact assessments and prior consultation (art. 28(3)(f)
   * GDPR; clauses 8(c) and 9.1 of 2021/915).
   *
   * <p class="nl">De afspraken over de hulp van de verwerker bij de verplichtingen van de
   * verwerkingsverantwoordelijke uit de artikelen 32 tot en met 36 AVG: beveiliging, melding van
   * inbreuken, gegevensbeschermingseffectbeoordelingen en voorafgaande raadpleging (art. 28 lid 3
   * onder f AVG; clausules 8, onder c, en 9.1 van 2021/915).
   *
   * @return the assistance terms; not stated unless set
   */
  @Value.Default
  @Valid
  public Assistance getAssistance() {
    return Assistance.notStated();
  }

  /**
   * Returns the terms on the processor notifying the controller of personal data breaches (art.
   * 33(2) and (3) GDPR; clause 9.2 of 2021/915).
   *
   * <p class="nl">De afspraken over het melden van inbreuken in verband met persoonsgegevens door
   * de verwerker aan de verwerkingsverantwoordelijke (art. 33 lid 2 en 3 AVG; clausule 9.2 van
   * 2021/915).
   *
   * @return the breach notification terms; not stated unless set
   */
  @Value.Default
  @Valid
  public BreachNotification getBreachNotification() {
    return BreachNotification.notStated();
  }

  /**
   * Returns what the processor does with the personal data when the services end: delete or return,
   * copies, deadline and certification (art. 28(3)(g) GDPR; clause 10(d) of 2021/915).
   *
   * <p class="nl">Wat de verwerker met de persoonsgegevens doet wanneer de dienstverlening eindigt:
   * wissen of terugbezorgen, kopieën, termijn en verklaring daarvan (art. 28 lid 3 onder g AVG;
   * clausule 10, onder d, van 2021/915).
   *
   * @return the end-of-processing terms; not stated unless set
   */
  @Value.Default
  @Valid
  public EndOfProcessing getEndOfProcessing() {
    return EndOfProcessing.notStated();
  }

  /**
   * Returns the terms on how long personal data is kept during and after the term (storage
   * limitation, art. 5(1)(e) GDPR), apart from deletion or return at the end.
   *
   * <p class="nl">De afspraken over hoe lang persoonsgegevens tijdens en na de looptijd worden
   * bewaard (opslagbeperking, art. 5 lid 1 onder e AVG), los van wissen of terugbezorgen aan het
   * einde.
   *
   * @return the retention terms; not stated unless set
   */
  @Value.Default
  @Valid
  public RetentionTerms getRetention() {
    return RetentionTerms.notStated();
  }

  /**
   * Returns the terms on making compliance information available and on audits and inspections by
   * the controller or an auditor it mandates (art. 28(3)(h) GDPR; clause 7.6 of 2021/915).
   *
   * <p class="nl">De afspraken over het beschikbaar stellen van informatie over de naleving en over
   * audits en inspecties door de verwerkingsverantwoordelijke of een door haar gemachtigde
   * controleur (art. 28 lid 3 onder h AVG; clausule 7.6 van 2021/915).
   *
   * @return the audit terms; not stated unless set
   */
  @Value.Default
  @Valid
  public AuditTerms getAudit() {
    return AuditTerms.notStated();
  }

  /**
   * Returns the terms on liability between the parties, indemnities and administrative fines (art.
   * 82 and 83 GDPR).
   *
   * <p class="nl">De afspraken over aansprakelijkheid tussen de partijen, vrijwaringen en
   * administratieve geldboeten (art. 82 en 83 AVG).
   *
   * @return the liability terms; not stated unless set
   */
  @Value.Default
  @Valid
  public LiabilityTerms getLiability() {
    return LiabilityTerms.notStated();
  }

  /**
   * Returns the terms on who may amend the agreement and how; the GDPR sets none, and clause 2 of
   * 2021/915 lets parties only complete or update the annexes of its clauses.
   *
   * <p class="nl">De afspraken over wie de overeenkomst mag wijzigen en hoe; de AVG stelt daarvoor
   * geen eisen, en clausule 2 van 2021/915 laat partijen alleen de bijlagen bij haar bepalingen
   * aanvullen of bijwerken.
   *
   * @return the amendment terms; not stated unless set
   */
  @Value.Default
  @Valid
  public AmendmentTerms getAmendment() {
    return AmendmentTerms.notStated();
  }

  /**
   * Returns the controller's rights to suspend the processing or terminate the agreement, and how
   * long the agreement lasts (clause 10(a) and (b) of 2021/915).
   *
   * <p class="nl">De rechten van de verwerkingsverantwoordelijke om de verwerking op te schorten of
   * de overeenkomst te beëindigen, en hoe lang de overeenkomst duurt (clausule 10, onder a en b,
   * van 2021/915).
   *
   * @return the termination terms; not stated unless set
   */
  @Value.Default
  @Valid
  public TerminationTerms getTermination() {
    return TerminationTerms.notStated();
  }

  /**
   * Returns the general provisions: governing law and forum (art. 28(3) GDPR requires a contract
   * under Union or Member State law), severability, survival and how notices are given.
   *
   * <p class="nl">De algemene bepalingen: toepasselijk recht en bevoegde rechter (art. 28 lid 3 AVG
   * eist een overeenkomst naar Unierecht of lidstatelijk recht), nietigheid van een bepaling,
   * nawerking en hoe kennisgevingen worden gedaan.
   *
   * @return the general provisions; not stated unless set
   */
  @Value.Default
  @Valid
  public GeneralProvisions getGeneral() {
    return GeneralProvisions.notStated();
  }

  /**
   * Returns the clauses that have no typed home in the model yet, one entry per clause, so that
   * nothing of the agreement is lost; a fact kept only here counts as untyped.
   *
   * <p class="nl">Bepalingen zonder eigen plaats in het model, zodat niets verloren gaat.
   *
   * @return the clauses, in the order of the text
   */
  public abstract List<@Valid OtherClause> getOtherClauses();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableDataProcessingAgreement.Builder builder() {
    return ImmutableDataProcessingAgreement.builder();
  }

  @Value.Check
  void check() {
    java.util.Set<String> blanks = new java.util.HashSet<>();
    for (int i = 0; i < getBlanks().size(); i++) {
      if (!blanks.add(getBlanks().get(i).getPointer())) {
        throw ModelProblemCode.DUPLICATE.exception(
            "/blanks/" + i + "/pointer", getBlanks().get(i).getPointer());
      }
    }
    List<AgreementDate> dates = getMetadata().getDates();
    for (int i = 0; i < dates.size(); i++) {
      String date = "/metadata/dates/" + i + "/date";
      if (dates.get(i).getDate().isEmpty() && blankAt(date).isEmpty()) {
        throw ModelProblemCode.INCONSISTENT.exception(
            date,
            LocalizedText.of(
                "a date without a value needs a blank that points at it",
                "een datum zonder waarde heeft een open plek nodig die ernaar wijst"));
      }
    }
    if (getProcessor().getRole() != PartyRole.PROCESSOR) {
      throw ModelProblemCode.INCONSISTENT.exception(
          "/processor/role",
          LocalizedText.of(
              "the processor's role must be processor",
              "de rol van de verwerker moet verwerker zijn"));
    }
    if (getController().getRole() != PartyRole.CONTROLLER) {
      throw ModelProblemCode.INCONSISTENT.exception(
          "/controller/role",
          LocalizedText.of(
              "the controller's role must be controller",
              "de rol van de verwerkingsverantwoordelijke moet verwerkingsverantwoordelijke zijn"));
    }
  }
}
