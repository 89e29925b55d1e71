package org.dpa4j.model.audit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dpa4j.model.Coverage;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.ModelProblemCode;
import org.dpa4j.model.Provision;
import org.dpa4j.model.Term;
import org.dpa4j.model.constraints.NonBlank;
import org.dpa4j.model.value.TimeLimit;
import org.immutables.value.Value;

/** Information on compliance and audits (art. 28(3)(h) GDPR). */
@Value.Immutable
public abstract class AuditTerms extends Term {

  AuditTerms() {}

  /**
   * Returns whether the processor provides information on compliance on request.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isInformationOnRequest() {
    return false;
  }

  /**
   * Returns whether the controller may have the processor audited.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isAuditRight() {
    return false;
  }

  /**
   * Returns who may audit.
   *
   * @return the value; {@code not_stated} unless set
   */
  @Value.Default
  public Auditor getAuditor() {
    return Auditor.NOT_STATED;
  }

  /**
   * Returns what an audit may cover.
   *
   * @return the value; {@code not_stated} unless set
   */
  @Value.Default
  public AuditScope getScope() {
    return AuditScope.NOT_STATED;
  }

  /**
   * Returns when an audit may take place.
   *
   * @return the value; {@code not_stated} unless set
   */
  @Value.Default
  public AuditTrigger getTrigger() {
    return AuditTrigger.NOT_STATED;
  }

  /**
   * Returns events that allow an audit beyond the regular ones.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@Valid Provision> getAdditionalTriggers();

  /**
   * Returns how many audits a year at most.
   *
   * @return the value, or empty
   */
  public abstract Optional<@Positive Integer> getMaxPerYear();

  /**
   * Returns whether an audit must be announced.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isPriorNoticeRequired() {
    return false;
  }

  /**
   * Returns how long before an audit it must be announced, such as {@code P30D} or {@code P4W}.
   *
   * @return the value, or empty
   */
  public abstract Optional<TimeLimit> getNotice();

  /**
   * Returns what an announcement must contain.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@NonBlank String> getNoticeContents();

  /**
   * Returns the ways compliance may be verified: on-site inspection, remote audit, documents,
   * third-party reports, certifications, questionnaires.
   *
   * @return the methods, in declaration order; empty when not stated
   */
  public abstract Set<AuditMethod> getMethods();

  /**
   * Returns whether the processor may first meet a request by reports or certifications, an audit
   * following only when they do not suffice.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isReportsFirst() {
    return false;
  }

  /**
   * Returns who may not audit, such as competitors of the processor.
   *
   * @return the excluded auditors; empty for none
   */
  public abstract Set<ExcludedAuditor> getExcludedAuditors();

  /**
   * Returns the conditions on how an audit takes place: business hours, confidentiality, agreed
   * scope.
   *
   * @return the conditions, in declaration order; empty for none
   */
  public abstract Set<AuditCondition> getAuditConditions();

  /**
   * Returns whether the processor submits to inspections by a supervisory authority or gives it
   * information on request (clause 7.6(e) of 2021/915).
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isSupervisoryAuthorityAccess() {
    return false;
  }

  /**
   * Returns how many requests for information a year at most.
   *
   * @return the value, or empty
   */
  public abstract Optional<@Positive Integer> getMaxInformationRequestsPerYear();

  /**
   * Returns how long the processor keeps the records that show its compliance.
   *
   * @return the period, or empty
   */
  public abstract Optional<TimeLimit> getRecordsKeptFor();

  /**
   * Returns who pays.
   *
   * @return the value; {@code not_stated} unless set
   */
  @Value.Default
  public AuditCostBearer getCostBearer() {
    return AuditCostBearer.NOT_STATED;
  }

  /**
   * Returns how findings are followed up.
   *
   * @return the value; {@code not_stated} unless set
   */
  @Value.Default
  public AuditFindings getFindings() {
    return AuditFindings.NOT_STATED;
  }

  /**
   * Returns whether an audit must not disrupt the processor's business.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isNoDisruption() {
    return false;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableAuditTerms.Builder builder() {
    return ImmutableAuditTerms.builder();
  }

  /**
   * Returns the value for an agreement that says nothing on this subject.
   *
   * @return the value, with {@link Coverage#notStated()}
   */
  public static AuditTerms notStated() {
    return builder().coverage(Coverage.notStated()).build();
  }

  @Value.Check
  void check() {
    if (getMaxPerYear().isPresent() && getMaxPerYear().get() < 1) {
      throw ModelProblemCode.OUT_OF_RANGE.exception(
          "/maxPerYear",
          LocalizedText.of(
              "audits per year " + getMaxPerYear().get(),
              "audits per jaar " + getMaxPerYear().get()),
          LocalizedText.of("1 or more", "1 of meer"));
    }
    if (getMaxInformationRequestsPerYear().isPresent()
        && getMaxInformationRequestsPerYear().get() < 1) {
      throw ModelProblemCode.OUT_OF_RANGE.exception(
          "/maxInformationRequestsPerYear",
          LocalizedText.of(
              "information requests per year " + getMaxInformationRequestsPerYear().get(),
              "informatieverzoeken per jaar " + getMaxInformationRequestsPerYear().get()),
          LocalizedText.of("1 or more", "1 of meer"));
    }
    if (getNotice().isPresent() && !isPriorNoticeRequired()) {
      throw ModelProblemCode.INCONSISTENT.exception(
          "/priorNoticeRequired",
          LocalizedText.of(
              "a notice period is given, so prior notice is required",
              "er is een aankondigingstermijn, dus aankondiging vooraf is vereist"));
    }
  }
}
