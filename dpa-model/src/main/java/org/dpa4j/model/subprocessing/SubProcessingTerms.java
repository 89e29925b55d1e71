package org.dpa4j.model.subprocessing;

import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dpa4j.model.Coverage;
import org.dpa4j.model.DocumentRef;
import org.dpa4j.model.Excerpt;
import org.dpa4j.model.ModelProblemCode;
import org.dpa4j.model.Term;
import org.dpa4j.model.value.TimeLimit;
import org.immutables.value.Value;

/**
 * Sub-processors (art. 28(2) and 28(4) GDPR): authorisation, notice and objection, flow-down and
 * liability.
 *
 * <p class="nl">Subverwerkers (art. 28 leden 2 en 4 AVG): toestemming, kennisgeving en bezwaar,
 * doorleggen van verplichtingen en aansprakelijkheid.
 */
@Value.Immutable
public abstract class SubProcessingTerms extends Term implements WithSubProcessingTerms {

  SubProcessingTerms() {}

  /**
   * Returns how the text authorises the processor to engage sub-processors (art. 28(2) GDPR; clause
   * 7.7(a) of 2021/915): specific prior authorisation, general written authorisation, an implied
   * general authorisation, or none.
   *
   * <p class="nl">Hoe de tekst de verwerker toestemming geeft subverwerkers in te schakelen (art.
   * 28 lid 2 AVG; clausule 7.7 onder a van 2021/915): specifieke voorafgaande toestemming, algemene
   * schriftelijke toestemming, een stilzwijgende algemene toestemming, of geen.
   *
   * @return the value; {@code none} unless set
   */
  @Value.Default
  public SubProcessorAuthorisation getAuthorisation() {
    return SubProcessorAuthorisation.NONE;
  }

  /**
   * Returns whether the processor must inform the controller of intended additions or replacements
   * of sub-processors, giving it the opportunity to object (art. 28(2) GDPR; option 2 of clause
   * 7.7(a) of 2021/915): true when the text says so, false when it does not say so.
   *
   * <p class="nl">Of de verwerker de verwerkingsverantwoordelijke moet informeren over voorgenomen
   * toevoegingen of vervangingen van subverwerkers, zodat zij bezwaar kan maken (art. 28 lid 2 AVG;
   * optie 2 van clausule 7.7 onder a van 2021/915); true als de tekst dat zegt, false als zij
   * daarover niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isChangeNoticeRequired() {
    return false;
  }

  /**
   * Returns how long before a change of sub-processors the text requires the notice, as written,
   * such as {@code P30D}; clause 7.7(a) of 2021/915 leaves the period to the parties.
   *
   * <p class="nl">Hoe lang vóór een wijziging van subverwerkers de tekst de kennisgeving eist,
   * zoals geschreven, zoals P30D; clausule 7.7 onder a van 2021/915 laat die termijn aan partijen.
   *
   * @return the value, or empty
   */
  public abstract Optional<TimeLimit> getNoticePeriod();

  /**
   * Returns how long the controller has to object after the notice, where the text sets a window
   * apart from the notice period, as written, such as {@code P10D}.
   *
   * <p class="nl">Hoe lang de verwerkingsverantwoordelijke na de kennisgeving bezwaar kan maken,
   * als de tekst daarvoor een eigen termijn naast de kennisgevingstermijn stelt, zoals geschreven,
   * zoals P10D.
   *
   * @return the window, or empty
   */
  public abstract Optional<TimeLimit> getObjectionWindow();

  /**
   * Returns how the text says changes of sub-processors are announced, one entry per channel:
   * e-mail, a message in the service, a web page the controller must watch, a list it must
   * subscribe to, or written notice.
   *
   * <p class="nl">Hoe volgens de tekst wijzigingen van subverwerkers worden aangekondigd, één per
   * kanaal: e-mail, een bericht in de dienst, een webpagina die de verwerkingsverantwoordelijke
   * moet volgen, een lijst waarop zij zich moet abonneren, of een schriftelijke kennisgeving.
   *
   * @return the channels, in declaration order; empty when not stated
   */
  public abstract Set<NoticeChannel> getNoticeChannels();

  /**
   * Returns whether the text says a change counts as approved when the controller does not object
   * in time: true when it says so, false when it does not say so.
   *
   * <p class="nl">Of de tekst zegt dat een wijziging als goedgekeurd geldt wanneer de
   * verwerkingsverantwoordelijke niet tijdig bezwaar maakt; true als de tekst dat zegt, false als
   * zij daarover niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isDeemedApprovalOnSilence() {
    return false;
  }

  /**
   * Returns what the text says an objection costs or returns, one entry per term: no penalty,
   * refund, fees that remain due.
   *
   * <p class="nl">Wat een bezwaar volgens de tekst kost of oplevert, één per regeling: geen boete,
   * terugbetaling, of vergoedingen die verschuldigd blijven.
   *
   * @return the terms, in declaration order; empty when not stated
   */
  public abstract Set<ObjectionFinancialTerm> getObjectionFinancialTerms();

  /**
   * Returns the list of sub-processors kept outside the agreement, with its address and date, where
   * the list is published ({@link ListDisclosure#PUBLISHED}).
   *
   * <p class="nl">De lijst van subverwerkers die buiten de overeenkomst wordt bijgehouden, met
   * vindplaats en datum, als de lijst is gepubliceerd (PUBLISHED).
   *
   * @return the document, or empty
   */
  public abstract Optional<@Valid DocumentRef> getListDocument();

  /**
   * Returns whether the processor checks, before engaging a sub-processor, that it gives sufficient
   * guarantees of appropriate measures (art. 28(4) GDPR): true when the text says so, false when it
   * does not say so.
   *
   * <p class="nl">Of de verwerker vóór het inschakelen van een subverwerker nagaat dat die
   * voldoende garanties biedt voor passende maatregelen (art. 28 lid 4 AVG); true als de tekst dat
   * zegt, false als zij daarover niets zegt.
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isDueDiligence() {
    return false;
  }

  /**
   * Returns whether the processor notifies the controller when a sub-processor fails to meet its
   * obligations (clause 7.7(d) of 2021/915): true when the text says so, false when it does not say
   * so.
   *
   * <p class="nl">Of de verwerker de verwerkingsverantwoordelijke informeert wanneer een
   * subverwerker zijn verplichtingen niet nakomt (clausule 7.7 onder d van 2021/915); true als de
   * tekst dat zegt, false als zij daarover niets zegt.
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isFailureNotice() {
    return false;
  }

  /**
   * Returns what the text says a notice of a change of sub-processors contains, one entry per item
   * in our words.
   *
   * <p class="nl">Wat een kennisgeving van een wijziging van subverwerkers volgens de tekst bevat,
   * één onderdeel per item in onze eigen woorden.
   *
   * @return the contents, in order; empty when not stated
   */
  public abstract List<@org.dpa4j.model.constraints.NonBlank String> getChangeNoticeContents();

  /**
   * Returns whether a sub-processor may itself engage further sub-processors, on the same terms:
   * true when the text says so, false when it does not say so.
   *
   * <p class="nl">Of een subverwerker zelf verdere subverwerkers mag inschakelen, onder dezelfde
   * voorwaarden; true als de tekst dat zegt, false als zij daarover niets zegt.
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isSubSubProcessorsAllowed() {
    return false;
  }

  /**
   * Returns whether the text lets the controller object to an intended new or replacing
   * sub-processor (art. 28(2) GDPR; option 2 of clause 7.7(a) of 2021/915): freely, only on
   * conditions, or not at all.
   *
   * <p class="nl">Of de tekst de verwerkingsverantwoordelijke bezwaar laat maken tegen een
   * voorgenomen nieuwe of vervangende subverwerker (art. 28 lid 2 AVG; optie 2 van clausule 7.7
   * onder a van 2021/915): vrij, alleen onder voorwaarden, of helemaal niet.
   *
   * @return the value; {@code absent} unless set
   */
  @Value.Default
  public ObjectionRight getObjectionRight() {
    return ObjectionRight.ABSENT;
  }

  /**
   * Returns what the text says follows when the controller objects: the processor does not engage
   * the sub-processor, the controller may terminate, consultation then termination, or the
   * processor chooses.
   *
   * <p class="nl">Wat volgens de tekst volgt wanneer de verwerkingsverantwoordelijke bezwaar maakt:
   * de verwerker schakelt de subverwerker niet in, de verwerkingsverantwoordelijke mag opzeggen,
   * eerst overleg en dan opzegging, of de verwerker kiest.
   *
   * @return the value; {@code not_stated} unless set
   */
  @Value.Default
  public ObjectionEffect getObjectionEffect() {
    return ObjectionEffect.NOT_STATED;
  }

  /**
   * Returns the notice period, as written, of a termination the controller makes after an
   * objection.
   *
   * <p class="nl">De opzegtermijn, zoals geschreven, van een opzegging door de
   * verwerkingsverantwoordelijke na een bezwaar.
   *
   * @return the value, or empty
   */
  public abstract Optional<TimeLimit> getObjectionTerminationNotice();

  /**
   * Returns how the text lets the controller learn which sub-processors are engaged: named in the
   * agreement or an annex, on request, published outside the agreement, or not at all (Annex IV of
   * 2021/915).
   *
   * <p class="nl">Hoe de verwerkingsverantwoordelijke volgens de tekst te weten komt welke
   * subverwerkers zijn ingeschakeld: genoemd in de overeenkomst of een bijlage, op verzoek,
   * gepubliceerd buiten de overeenkomst, of helemaal niet (bijlage IV van 2021/915).
   *
   * @return the value; {@code none} unless set
   */
  @Value.Default
  public ListDisclosure getListDisclosure() {
    return ListDisclosure.NONE;
  }

  /**
   * Returns whether the text lets the processor add sub-processors to the list at its own
   * discretion: true when it does, false when it does not say so.
   *
   * <p class="nl">Of de tekst de verwerker toestaat naar eigen inzicht subverwerkers aan de lijst
   * toe te voegen; true als zij dat doet, false als zij daarover niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isProcessorMayExtendList() {
    return false;
  }

  /**
   * Returns the sub-processors the text names, one entry per sub-processor (Annex IV of 2021/915).
   *
   * <p class="nl">De subverwerkers die de tekst noemt, één per subverwerker (bijlage IV van
   * 2021/915).
   *
   * @return the values, in order; empty for none; two entries with the same name make building fail
   *     with {@link org.dpa4j.model.DpaModelException} ({@code model.duplicate})
   */
  public abstract List<@Valid SubProcessor> getSubProcessors();

  /**
   * Returns which obligations the text makes the processor impose on its sub-processors by contract
   * (art. 28(4) GDPR; clause 7.7(b) of 2021/915): the same obligations, the same only where
   * possible, security only, an adequate level of protection only, or none.
   *
   * <p class="nl">Welke verplichtingen de verwerker volgens de tekst bij overeenkomst aan zijn
   * subverwerkers moet opleggen (art. 28 lid 4 AVG; clausule 7.7 onder b van 2021/915): dezelfde
   * verplichtingen, dezelfde alleen waar mogelijk, alleen beveiliging, alleen een passend
   * beschermingsniveau, of geen.
   *
   * @return the value; {@code absent} unless set
   */
  @Value.Default
  public FlowDown getFlowDown() {
    return FlowDown.ABSENT;
  }

  /**
   * Returns whether the text lets the controller see the contracts with sub-processors, such as a
   * copy on request (clause 7.7(c) of 2021/915): true when it does, false when it does not say so.
   *
   * <p class="nl">Of de tekst de verwerkingsverantwoordelijke inzage geeft in de overeenkomsten met
   * subverwerkers, zoals een kopie op verzoek (clausule 7.7 onder c van 2021/915); true als zij dat
   * doet, false als zij daarover niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isControllerMayInspectContracts() {
    return false;
  }

  /**
   * Returns how far the text makes the processor answer to the controller for its sub-processors;
   * art. 28(4) GDPR and clause 7.7(d) of 2021/915 keep it fully liable.
   *
   * <p class="nl">In hoeverre de verwerker volgens de tekst jegens de verwerkingsverantwoordelijke
   * instaat voor zijn subverwerkers; art. 28 lid 4 AVG en clausule 7.7 onder d van 2021/915 houden
   * hem volledig aansprakelijk.
   *
   * @return the value; {@code absent} unless set
   */
  @Value.Default
  public SubProcessorLiability getProcessorLiability() {
    return SubProcessorLiability.ABSENT;
  }

  /**
   * Returns whether the text disclaims the processor's knowledge of, or notice about, the
   * sub-processors its sub-processors engage: true when it does, false when it does not say so.
   *
   * <p class="nl">Of de tekst uitsluit dat de verwerker weet heeft van, of bericht geeft over, de
   * subverwerkers die zijn subverwerkers inschakelen; true als zij dat doet, false als zij dat niet
   * zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isSubSubProcessorVisibilityDisclaimer() {
    return false;
  }

  /**
   * Returns whether the text leaves unclear whether a party is the processor's sub-processor or a
   * processor the controller engages itself, such as by listing it as a sub-processor while
   * disclaiming responsibility for it: true when it does, false otherwise.
   *
   * <p class="nl">Of de tekst onduidelijk laat of een partij subverwerker van de verwerker is of
   * een verwerker die de verwerkingsverantwoordelijke zelf inschakelt, zoals door haar als
   * subverwerker te vermelden en tegelijk verantwoordelijkheid voor haar af te wijzen; true als dat
   * zo is, anders false.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isRoleAmbiguity() {
    return false;
  }

  /**
   * Returns whether the text disclaims the processor's responsibility for processing by third
   * parties, and whether it carves out the processor's own sub-processors.
   *
   * <p class="nl">Of de tekst de verantwoordelijkheid van de verwerker voor verwerking door derden
   * afwijst, en of zij de eigen subverwerkers van de verwerker daarvan uitzondert.
   *
   * @return the value; {@code none} unless set
   */
  @Value.Default
  public ThirdPartyDisclaimer getThirdPartyDisclaimer() {
    return ThirdPartyDisclaimer.NONE;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableSubProcessingTerms.Builder builder() {
    return ImmutableSubProcessingTerms.builder();
  }

  /**
   * Returns the value for an agreement that says nothing on this subject.
   *
   * @return the value, with {@link Coverage#notStated()}
   */
  public static SubProcessingTerms notStated() {
    return builder().coverage(Coverage.notStated()).build();
  }

  @Value.Check
  void check() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < getSubProcessors().size(); i++) {
      Optional<String> name = getSubProcessors().get(i).getName();
      if (name.isPresent() && !seen.add(name.get())) {
        // An excerpt, as every document value in a message: a name can be 256 Ki characters.
        throw ModelProblemCode.DUPLICATE.exception(
            "/subProcessors/" + i + "/name", Excerpt.of(name.get()));
      }
    }
  }
}
