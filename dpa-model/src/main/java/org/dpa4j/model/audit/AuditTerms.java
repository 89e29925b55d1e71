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
public abstract class AuditTerms extends Term implements WithAuditTerms {

  AuditTerms() {}

  /**
   * Returns whether the processor must make available to the controller, on request, the
   * information needed to demonstrate compliance with its obligations (art. 28(3)(h) GDPR; clause
   * 7.6(c) of 2021/915): true when the text imposes that duty, false when it does not say so.
   * Information given only within an audit, or a fixed description in the text, is not this duty.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isInformationOnRequest() {
    return false;
  }

  /**
   * Returns whether the controller may have the processor audited or inspected, by itself or by an
   * auditor it mandates (art. 28(3)(h) GDPR; clause 7.6(c) and (d) of 2021/915): true when the text
   * grants that right, false when it does not say so.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isAuditRight() {
    return false;
  }

  /**
   * Returns who the text lets carry out an audit: the controller or an auditor it mandates, as art.
   * 28(3)(h) GDPR says, or only an independent third party.
   *
   * @return the value; {@code not_stated} unless set
   */
  @Value.Default
  public Auditor getAuditor() {
    return Auditor.NOT_STATED;
  }

  /**
   * Returns what the text lets an audit verify: compliance with all the processor's obligations, as
   * art. 28(3)(h) GDPR says, or only security and misuse of the data, or only security.
   *
   * @return the value; {@code not_stated} unless set
   */
  @Value.Default
  public AuditScope getScope() {
    return AuditScope.NOT_STATED;
  }

  /**
   * Returns when the text lets an audit take place: at any time, at intervals and on indications of
   * non-compliance (clause 7.6(c) of 2021/915), or only on suspicion.
   *
   * @return the value; {@code not_stated} unless set
   */
  @Value.Default
  public AuditTrigger getTrigger() {
    return AuditTrigger.NOT_STATED;
  }

  /**
   * Returns the events the text names that allow an audit beyond the regular ones, one entry per
   * event, such as a breach or a demand of a supervisory authority.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@Valid Provision> getAdditionalTriggers();

  /**
   * Returns the most audits the text allows in one year, such as 1 for "once a year".
   *
   * @return the number, 1 or more, or empty when the text sets no limit; a number below 1 makes
   *     building fail with {@link org.dpa4j.model.DpaModelException} ({@code model.out_of_range})
   */
  public abstract Optional<@Positive Integer> getMaxPerYear();

  /**
   * Returns whether the text requires an audit to be announced to the processor in advance: true
   * when it does, false when it does not say so.
   *
   * @return true when so; false unless set; it must be true when {@link #getNotice()} is given, or
   *     building fails with {@link org.dpa4j.model.DpaModelException} ({@code model.inconsistent})
   */
  @Value.Default
  public boolean isPriorNoticeRequired() {
    return false;
  }

  /**
   * Returns how long before an audit the text requires it to be announced, as written, such as
   * {@code P30D} or {@code P4W}.
   *
   * @return the value, or empty; given only with {@link #isPriorNoticeRequired()} true
   */
  public abstract Optional<TimeLimit> getNotice();

  /**
   * Returns what the text says an announcement of an audit must contain, one entry per item in our
   * words, such as the scope and objective of the audit.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@NonBlank String> getNoticeContents();

  /**
   * Returns the ways the text allows compliance to be verified: on-site inspection, remote audit,
   * review of documents, third-party reports, certifications, questionnaires (clause 7.6(c) and (d)
   * of 2021/915 name certifications and inspections at the premises).
   *
   * @return the methods, in declaration order; empty when not stated
   */
  public abstract Set<AuditMethod> getMethods();

  /**
   * Returns whether the text lets the processor first meet a request by reports or certifications,
   * an audit following only when they do not suffice: true when it says so, false when it does not
   * say so.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isReportsFirst() {
    return false;
  }

  /**
   * Returns who the text bars from carrying out an audit, such as competitors of the processor.
   *
   * @return the excluded auditors; empty for none
   */
  public abstract Set<ExcludedAuditor> getExcludedAuditors();

  /**
   * Returns the conditions the text sets on how an audit takes place, such as business hours, an
   * auditor bound to confidentiality or a scope agreed in advance.
   *
   * @return the conditions, in declaration order; empty for none
   */
  public abstract Set<AuditCondition> getAuditConditions();

  /**
   * Returns whether the processor submits to audits or inspections by a supervisory authority, or
   * gives it information on request (clause 7.6(e) of 2021/915): true when the text says so, false
   * when it does not say so.
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isSupervisoryAuthorityAccess() {
    return false;
  }

  /**
   * Returns the most requests for information or questionnaires the text allows the controller in
   * one year.
   *
   * @return the number, 1 or more, or empty when the text sets no limit; a number below 1 makes
   *     building fail with {@link org.dpa4j.model.DpaModelException} ({@code model.out_of_range})
   */
  public abstract Optional<@Positive Integer> getMaxInformationRequestsPerYear();

  /**
   * Returns how long the text says the processor keeps the records that show its compliance, as
   * written, such as {@code P3Y}.
   *
   * @return the period, or empty
   */
  public abstract Optional<TimeLimit> getRecordsKeptFor();

  /**
   * Returns who the text says pays for an audit, and whether that includes the processor's own
   * costs; art. 28(3)(h) GDPR obliges the processor to contribute to audits.
   *
   * @return the value; {@code not_stated} unless set
   */
  @Value.Default
  public AuditCostBearer getCostBearer() {
    return AuditCostBearer.NOT_STATED;
  }

  /**
   * Returns how the text says the findings of an audit are followed up: at the processor's
   * discretion, in mutual consultation, or by a duty of the processor to remedy them.
   *
   * @return the value; {@code not_stated} unless set
   */
  @Value.Default
  public AuditFindings getFindings() {
    return AuditFindings.NOT_STATED;
  }

  /**
   * Returns whether the text says an audit must not disrupt the processor's business: true when it
   * says so, false when it does not say so.
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
