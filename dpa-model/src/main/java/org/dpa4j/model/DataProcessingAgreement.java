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
 */
@Value.Immutable
public abstract class DataProcessingAgreement implements Extensible {

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
   * Returns what the agreement is: title, version, date, formation, precedence.
   *
   * @return the metadata
   */
  @Valid
  public abstract AgreementMetadata getMetadata();

  /**
   * Returns the processor.
   *
   * @return the processor, whose role is {@link org.dpa4j.model.parties.PartyRole#PROCESSOR}
   */
  @Valid
  public abstract Party getProcessor();

  /**
   * Returns the controller, often a placeholder in standard terms.
   *
   * @return the controller, whose role is {@link org.dpa4j.model.parties.PartyRole#CONTROLLER}
   */
  @Valid
  public abstract Party getController();

  /**
   * Returns the data protection laws the agreement serves, such as the GDPR, the UK GDPR or a US
   * state law, with what each calls the processor.
   *
   * @return the laws, in the order of the text; empty when the text names none
   */
  public abstract List<@Valid AppliedLaw> getLaws();

  /**
   * Returns the standard clauses the agreement incorporates (the EU clauses of 2021/915 or
   * 2021/914, the UK Addendum, ...) and how they were completed.
   *
   * @return the incorporated clauses, in the order of the text; empty for none
   */
  public abstract List<@Valid StandardClauses> getStandardClauses();

  /**
   * Returns the terms the text leaves to be completed: blanks, unchosen options, empty annexes.
   *
   * @return the blanks, in the order of the text; empty for a complete agreement
   */
  public abstract List<@Valid Blank> getBlanks();

  /**
   * Tells whether the term at a pointer, or a term that contains it, is left to be completed.
   *
   * @param pointer a JSON Pointer from the root, such as {@code /breachNotification/deadline}
   * @return the blank that covers it, or empty
   */
  public Optional<Blank> blankAt(String pointer) {
    for (Blank blank : getBlanks()) {
      if (blank.covers(pointer)) {
        return Optional.of(blank);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the terms the agreement defines, with their meaning.
   *
   * @return the definitions, in the order of the text; empty for none
   */
  public abstract List<@Valid Definition> getDefinitions();

  /**
   * Returns further parties: more controllers or processors the text lists (Annex I of 2021/915),
   * or parties that accede by a docking clause.
   *
   * @return the parties, in the order of the text; empty for none
   */
  public abstract List<@Valid Party> getOtherParties();

  /**
   * Returns the scope of the processing.
   *
   * @return the scope; not stated unless set
   */
  @Value.Default
  @Valid
  public ProcessingScope getScope() {
    return ProcessingScope.notStated();
  }

  /**
   * Returns the terms on instructions.
   *
   * @return the instructions; not stated unless set
   */
  @Value.Default
  @Valid
  public Instructions getInstructions() {
    return Instructions.notStated();
  }

  /**
   * Returns the terms on confidentiality.
   *
   * @return the confidentiality terms; not stated unless set
   */
  @Value.Default
  @Valid
  public Confidentiality getConfidentiality() {
    return Confidentiality.notStated();
  }

  /**
   * Returns the terms on security.
   *
   * @return the security terms; not stated unless set
   */
  @Value.Default
  @Valid
  public SecurityTerms getSecurity() {
    return SecurityTerms.notStated();
  }

  /**
   * Returns the terms on sub-processors.
   *
   * @return the sub-processing terms; not stated unless set
   */
  @Value.Default
  @Valid
  public SubProcessingTerms getSubProcessing() {
    return SubProcessingTerms.notStated();
  }

  /**
   * Returns the terms on transfers outside the EU and EEA.
   *
   * @return the transfer terms; not stated unless set
   */
  @Value.Default
  @Valid
  public TransferTerms getTransfers() {
    return TransferTerms.notStated();
  }

  /**
   * Returns the terms on requests of data subjects.
   *
   * @return the data subject request terms; not stated unless set
   */
  @Value.Default
  @Valid
  public DataSubjectRequests getDataSubjectRequests() {
    return DataSubjectRequests.notStated();
  }

  /**
   * Returns the terms on assistance with art. 32 to 36 GDPR.
   *
   * @return the assistance terms; not stated unless set
   */
  @Value.Default
  @Valid
  public Assistance getAssistance() {
    return Assistance.notStated();
  }

  /**
   * Returns the terms on breach notification.
   *
   * @return the breach notification terms; not stated unless set
   */
  @Value.Default
  @Valid
  public BreachNotification getBreachNotification() {
    return BreachNotification.notStated();
  }

  /**
   * Returns what happens to the data at the end.
   *
   * @return the end-of-processing terms; not stated unless set
   */
  @Value.Default
  @Valid
  public EndOfProcessing getEndOfProcessing() {
    return EndOfProcessing.notStated();
  }

  /**
   * Returns the terms on retention.
   *
   * @return the retention terms; not stated unless set
   */
  @Value.Default
  @Valid
  public RetentionTerms getRetention() {
    return RetentionTerms.notStated();
  }

  /**
   * Returns the terms on compliance information and audits.
   *
   * @return the audit terms; not stated unless set
   */
  @Value.Default
  @Valid
  public AuditTerms getAudit() {
    return AuditTerms.notStated();
  }

  /**
   * Returns the terms on liability.
   *
   * @return the liability terms; not stated unless set
   */
  @Value.Default
  @Valid
  public LiabilityTerms getLiability() {
    return LiabilityTerms.notStated();
  }

  /**
   * Returns the terms on amendment.
   *
   * @return the amendment terms; not stated unless set
   */
  @Value.Default
  @Valid
  public AmendmentTerms getAmendment() {
    return AmendmentTerms.notStated();
  }

  /**
   * Returns the controller's rights to suspend or terminate.
   *
   * @return the termination terms; not stated unless set
   */
  @Value.Default
  @Valid
  public TerminationTerms getTermination() {
    return TerminationTerms.notStated();
  }

  /**
   * Returns governing law, forum, severability and survival.
   *
   * @return the general provisions; not stated unless set
   */
  @Value.Default
  @Valid
  public GeneralProvisions getGeneral() {
    return GeneralProvisions.notStated();
  }

  /**
   * Returns clauses that have no typed home yet, so that nothing is lost.
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
