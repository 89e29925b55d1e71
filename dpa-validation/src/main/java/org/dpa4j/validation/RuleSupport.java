package org.dpa4j.validation;

import java.time.Duration;
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
import org.dpa4j.model.value.TimeLimit;
import org.dpa4j.model.value.TimeLimitUnit;

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

  /**
   * The calendar time a time limit can last at worst, the one conversion every deadline rule
   * compares with its threshold: business days with their weekends and the policy's public holidays
   * ({@code n + 2 * ceil(n / 5) + holidays} days, so "2 business days" may last 6 days over
   * Easter); other units at their nominal length (months as 30 days, years as 365), in which the
   * catalogue's thresholds are written ("3 months pass against 90 days").
   */
  static Duration longest(TimeLimit limit, Policy policy) {
    long n = limit.getAmount();
    if (limit.getUnit() != TimeLimitUnit.BUSINESS_DAYS) {
      return limit.toNominalDuration();
    }
    return n == 0
        ? Duration.ZERO
        : Duration.ofDays(n + 2 * ((n + 4) / 5) + policy.getBusinessDayHolidays());
  }

  /**
   * The calendar time a time limit lasts at least, for thresholds that a limit must reach (a window
   * to object): business days with only the weekends they must span ({@code n + 2 * floor((n - 1) /
   * 5)} days: 5 business days from a Monday end on Friday), months as 28 days, other units at their
   * nominal length.
   */
  static Duration shortest(TimeLimit limit) {
    long n = limit.getAmount();
    switch (limit.getUnit()) {
      case BUSINESS_DAYS:
        return n == 0 ? Duration.ZERO : Duration.ofDays(n + 2 * ((n - 1) / 5));
      case MONTHS:
        return Duration.ofDays(28).multipliedBy(n);
      default:
        return limit.toNominalDuration();
    }
  }

  /** Whole hours, rounded up. */
  static long hours(Duration duration) {
    return duration.toHours() + (duration.toMinutesPart() > 0 ? 1 : 0);
  }

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
  static List<Named<SubProcessor>> names(List<SubProcessor> subProcessors) {
    List<Named<SubProcessor>> names = new ArrayList<>(subProcessors.size());
    for (SubProcessor s : subProcessors) {
      names.add(Named.of(s.getName().orElse("?"), s));
    }
    return names;
  }

  /**
   * The sub-processors a document lists as its own content: those of an agreement's annex, or every
   * entry of a published list of sub-processors.
   */
  static List<SubProcessor> listed(DataProcessingAgreement a) {
    return isSubProcessorList(a)
        ? a.getSubProcessing().getSubProcessors()
        : annexed(a.getSubProcessing());
  }

  /**
   * Tells whether the document is a list of sub-processors published apart from the agreement (such
   * as the web page a DPA refers to), which is judged only on what such a list must say.
   */
  static boolean isSubProcessorList(DataProcessingAgreement a) {
    return a.getMetadata().getDocumentKind() == AgreementKind.SUB_PROCESSOR_LIST;
  }

  static List<SubProcessor> annexed(SubProcessingTerms s) {
    return s.getListDisclosure() == ListDisclosure.ANNEXED ? s.getSubProcessors() : List.of();
  }
}
