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

/**
 * Information on compliance and audits (art. 28(3)(h) GDPR).
 *
 * <p class="nl">Informatie over naleving en audits (art. 28 lid 3 onder h AVG).
 */
@Value.Immutable
public abstract class AuditTerms extends Term implements WithAuditTerms {

  AuditTerms() {}

  /**
   * Returns whether the processor must make available to the controller, on request, the
   * information needed to demonstrate compliance with its obligations (art. 28(3)(h) GDPR; clause
   * 7.6(c) of 2021/915): true when the text imposes that duty, false when it does not say so.
   * Information given only within an audit, or a fixed description in the text, is not this duty.
   *
   * <p class="nl">Of de verwerker de verwerkingsverantwoordelijke op verzoek alle informatie moet
   * verstrekken die nodig is om de naleving van zijn verplichtingen aan te tonen (art. 28 lid 3
   * onder h AVG; clausule 7.6 onder c van 2021/915); true als de tekst die plicht oplegt, false als
   * zij daarover niets zegt.
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
   * <p class="nl">Of de verwerkingsverantwoordelijke de verwerker mag laten auditen of inspecteren,
   * zelf of door een gemachtigde controleur (art. 28 lid 3 onder h AVG; clausule 7.6 onder c en d
   * van 2021/915); true als de tekst dat recht geeft, false als zij daarover niets zegt.
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
   * <p class="nl">Wie volgens de tekst een audit mag uitvoeren: de verwerkingsverantwoordelijke of
   * een door haar gemachtigde controleur, zoals art. 28 lid 3 onder h AVG bepaalt, of alleen een
   * onafhankelijke derde.
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
   * <p class="nl">Wat een audit volgens de tekst mag controleren: de naleving van alle
   * verplichtingen van de verwerker, zoals art. 28 lid 3 onder h AVG bepaalt, of alleen beveiliging
   * en misbruik van de gegevens, of alleen beveiliging.
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
   * <p class="nl">Wanneer volgens de tekst een audit mag plaatsvinden: op elk moment, periodiek en
   * bij aanwijzingen van niet-naleving (clausule 7.6 onder c van 2021/915), of alleen bij een
   * vermoeden.
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
   * <p class="nl">De gebeurtenissen die volgens de tekst een audit naast de reguliere toelaten, één
   * per gebeurtenis, zoals een inbreuk in verband met persoonsgegevens of een eis van een
   * toezichthoudende autoriteit.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@Valid Provision> getAdditionalTriggers();

  /**
   * Returns the most audits the text allows in one year, such as 1 for "once a year".
   *
   * <p class="nl">Het hoogste aantal audits dat de tekst per jaar toestaat, zoals 1 voor "eens per
   * jaar".
   *
   * @return the number, 1 or more, or empty when the text sets no limit; a number below 1 makes
   *     building fail with {@link org.dpa4j.model.DpaModelException} ({@code model.out_of_range})
   */
  public abstract Optional<@Positive Integer> getMaxPerYear();

  /**
   * Returns whether the text requires an audit to be announced to the processor in advance: true
   * when it does, false when it does not say so.
   *
   * <p class="nl">Of de tekst eist dat een audit vooraf aan de verwerker wordt aangekondigd; true
   * als de tekst dat zegt, false als zij daarover niets zegt.
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
   * <p class="nl">Hoe lang van tevoren een audit volgens de tekst moet worden aangekondigd, zoals
   * geschreven, zoals P30D of P4W.
   *
   * @return the value, or empty; given only with {@link #isPriorNoticeRequired()} true
   */
  public abstract Optional<TimeLimit> getNotice();

  /**
   * Returns what the text says an announcement of an audit must contain, one entry per item in our
   * words, such as the scope and objective of the audit.
   *
   * <p class="nl">Wat een aankondiging van een audit volgens de tekst moet bevatten, één onderdeel
   * per item in onze eigen woorden, zoals reikwijdte en doel van de audit.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@NonBlank String> getNoticeContents();

  /**
   * Returns the ways the text allows compliance to be verified: on-site inspection, remote audit,
   * review of documents, third-party reports, certifications, questionnaires (clause 7.6(c) and (d)
   * of 2021/915 name certifications and inspections at the premises).
   *
   * <p class="nl">De manieren waarop de naleving volgens de tekst mag worden gecontroleerd:
   * inspectie ter plaatse, audit op afstand, beoordeling van documenten, rapporten van derden,
   * certificeringen of vragenlijsten (clausule 7.6 onder c en d van 2021/915 noemt certificeringen
   * en inspecties in de bedrijfsruimten).
   *
   * @return the methods, in declaration order; empty when not stated
   */
  public abstract Set<AuditMethod> getMethods();

  /**
   * Returns whether the text lets the processor first meet a request by reports or certifications,
   * an audit following only when they do not suffice: true when it says so, false when it does not
   * say so.
   *
   * <p class="nl">Of de tekst de verwerker toestaat eerst met rapporten of certificeringen aan een
   * verzoek te voldoen, zodat pas een audit volgt als die niet volstaan; true als de tekst dat
   * zegt, false als zij daarover niets zegt.
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
   * <p class="nl">Wie de tekst uitsluit van het uitvoeren van een audit, zoals concurrenten van de
   * verwerker.
   *
   * @return the excluded auditors; empty for none
   */
  public abstract Set<ExcludedAuditor> getExcludedAuditors();

  /**
   * Returns the conditions the text sets on how an audit takes place, such as business hours, an
   * auditor bound to confidentiality or a scope agreed in advance.
   *
   * <p class="nl">De voorwaarden die de tekst stelt aan de manier waarop een audit plaatsvindt,
   * zoals kantooruren, een tot geheimhouding verplichte auditor of een vooraf afgesproken
   * reikwijdte.
   *
   * @return the conditions, in declaration order; empty for none
   */
  public abstract Set<AuditCondition> getAuditConditions();

  /**
   * Returns whether the processor submits to audits or inspections by a supervisory authority, or
   * gives it information on request (clause 7.6(e) of 2021/915): true when the text says so, false
   * when it does not say so.
   *
   * <p class="nl">Of de verwerker zich onderwerpt aan audits of inspecties door een
   * toezichthoudende autoriteit of haar op verzoek informatie geeft (clausule 7.6 onder e van
   * 2021/915); true als de tekst dat zegt, false als zij daarover niets zegt.
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
   * <p class="nl">Het hoogste aantal informatieverzoeken of vragenlijsten dat de tekst de
   * verwerkingsverantwoordelijke per jaar toestaat.
   *
   * @return the number, 1 or more, or empty when the text sets no limit; a number below 1 makes
   *     building fail with {@link org.dpa4j.model.DpaModelException} ({@code model.out_of_range})
   */
  public abstract Optional<@Positive Integer> getMaxInformationRequestsPerYear();

  /**
   * Returns how long the text says the processor keeps the records that show its compliance, as
   * written, such as {@code P3Y}.
   *
   * <p class="nl">Hoe lang de verwerker volgens de tekst de gegevens bewaart waarmee hij zijn
   * naleving aantoont, zoals geschreven, zoals P3Y.
   *
   * @return the period, or empty
   */
  public abstract Optional<TimeLimit> getRecordsKeptFor();

  /**
   * Returns who the text says pays for an audit, and whether that includes the processor's own
   * costs; art. 28(3)(h) GDPR obliges the processor to contribute to audits.
   *
   * <p class="nl">Wie volgens de tekst de kosten van een audit draagt, en of daaronder de eigen
   * kosten van de verwerker vallen; art. 28 lid 3 onder h AVG verplicht de verwerker aan audits bij
   * te dragen.
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
   * <p class="nl">Hoe volgens de tekst de bevindingen van een audit worden opgevolgd: naar
   * goeddunken van de verwerker, in onderling overleg, of doordat de verwerker ze moet herstellen.
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
   * <p class="nl">Of de tekst zegt dat een audit de bedrijfsvoering van de verwerker niet mag
   * verstoren; true als de tekst dat zegt, false als zij daarover niets zegt.
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
