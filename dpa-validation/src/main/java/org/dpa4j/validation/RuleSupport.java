package org.dpa4j.validation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dpa4j.model.AgreementKind;
import org.dpa4j.model.ClauseRef;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.model.Sourced;
import org.dpa4j.model.subprocessing.ListDisclosure;
import org.dpa4j.model.subprocessing.SubProcessingTerms;
import org.dpa4j.model.subprocessing.SubProcessor;
import org.dpa4j.model.subprocessing.SubProcessorAuthorisation;
import org.dpa4j.model.transfers.TransferMechanism;
import org.dpa4j.model.transfers.TransferTerms;
import org.dpa4j.model.value.CountryCode;

/** What several chapters' rules share. */
final class RuleSupport {
  static final Optional<RuleResult> PASS = Optional.empty();

  /**
   * The chapter V bases a transfer can rest on: an adequacy decision (art. 45), among them the
   * EU–US Data Privacy Framework (adequacy decision (EU) 2023/1795, with its UK and Swiss
   * extensions), appropriate safeguards (art. 46: clauses, binding corporate rules, codes,
   * certification) or a derogation (art. 49). Not the processor's own assessment, not the Privacy
   * Shield (invalid since CJEU C-311/18, 16 July 2020).
   */
  static final Set<TransferMechanism> MECHANISMS =
      EnumSet.of(
          TransferMechanism.ADEQUACY_DECISION,
          TransferMechanism.DPF,
          TransferMechanism.APPROPRIATE_SAFEGUARDS,
          TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES,
          TransferMechanism.BINDING_CORPORATE_RULES,
          TransferMechanism.DEROGATION,
          TransferMechanism.CODE_OF_CONDUCT,
          TransferMechanism.CERTIFICATION,
          TransferMechanism.UK_EXTENSION_DPF,
          TransferMechanism.SWISS_US_DPF);

  /** The Data Privacy Framework and its extensions: adequacy for certified US recipients only. */
  static final Set<TransferMechanism> US_ONLY =
      EnumSet.of(
          TransferMechanism.DPF,
          TransferMechanism.UK_EXTENSION_DPF,
          TransferMechanism.SWISS_US_DPF);

  private RuleSupport() {}

  static List<ClauseRef> clauses(Sourced... sources) {
    Set<ClauseRef> all = new LinkedHashSet<>();
    for (Sourced source : sources) {
      all.addAll(source.getClauses());
    }
    return new ArrayList<>(all);
  }

  static List<ClauseRef> distinct(List<ClauseRef> clauses) {
    return new ArrayList<>(new LinkedHashSet<>(clauses));
  }

  static boolean isGeneral(SubProcessorAuthorisation authorisation) {
    return authorisation == SubProcessorAuthorisation.GENERAL_EXPLICIT
        || authorisation == SubProcessorAuthorisation.GENERAL_IMPLICIT;
  }

  /**
   * Tells whether the document is the text of standard clauses (such as the Commission's 2021/915
   * clauses under art. 28(7) GDPR): a text made to be included in a broader contract (its clause
   * 2(b)), identified by the instrument that adopts it, that leaves governing law and liability to
   * that contract on purpose.
   */
  static boolean isStandardClausesText(DataProcessingAgreement a) {
    return a.getMetadata().getDocumentKind() == AgreementKind.STANDARD_CLAUSES;
  }

  static boolean subProcessingAllowed(SubProcessingTerms s) {
    return s.getAuthorisation() != SubProcessorAuthorisation.NONE;
  }

  static boolean hasMechanism(TransferTerms t) {
    return t.getMechanisms().stream().anyMatch(MECHANISMS::contains);
  }

  /**
   * Tells whether mechanisms give a valid chapter V basis for a country: the Data Privacy Framework
   * only for the US; the processor's own assessment and the Privacy Shield never.
   */
  static boolean valid(Set<TransferMechanism> mechanisms, CountryCode country) {
    for (TransferMechanism m : mechanisms) {
      if (MECHANISMS.contains(m) && (!US_ONLY.contains(m) || country.getCode().equals("US"))) {
        return true;
      }
    }
    return false;
  }

  /** The names of sub-processors, {@code ?} for one without a name. */
  static List<String> names(List<SubProcessor> subProcessors) {
    List<String> names = new ArrayList<>(subProcessors.size());
    for (SubProcessor s : subProcessors) {
      names.add(s.getName().orElse("?"));
    }
    return names;
  }

  static List<SubProcessor> annexed(SubProcessingTerms s) {
    return s.getListDisclosure() == ListDisclosure.ANNEXED ? s.getSubProcessors() : List.of();
  }
}
