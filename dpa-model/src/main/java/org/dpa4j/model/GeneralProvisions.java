package org.dpa4j.model;

import java.util.Optional;
import org.dpa4j.model.constraints.NonBlank;
import org.dpa4j.model.value.Jurisdiction;
import org.immutables.value.Value;

/**
 * General provisions: governing law, forum, severability and survival.
 *
 * <p class="nl">Algemene bepalingen: toepasselijk recht, bevoegde rechter, partiële nietigheid en
 * voortdurende werking.
 */
@Value.Immutable
public abstract class GeneralProvisions extends Term implements WithGeneralProvisions {

  GeneralProvisions() {}

  /**
   * Returns the law the text says governs the agreement, as written, such as "Nederlands recht"
   * (art. 28(3) GDPR requires a contract under Union or Member State law).
   *
   * <p class="nl">Het recht dat volgens de tekst op de overeenkomst van toepassing is, zoals
   * geschreven, zoals "Nederlands recht" (art. 28 lid 3 AVG eist een overeenkomst naar Unierecht of
   * lidstatelijk recht).
   *
   * @return the value, or empty
   */
  public abstract Optional<@NonBlank String> getGoverningLaw();

  /**
   * Returns the court the text makes competent for disputes under the agreement, as written.
   *
   * <p class="nl">De rechter die de tekst bevoegd maakt voor geschillen uit de overeenkomst, zoals
   * geschreven.
   *
   * @return the value, or empty
   */
  public abstract Optional<@NonBlank String> getForum();

  /**
   * Returns the legal system whose law governs the agreement, such as {@code NL} or {@code US-NY};
   * present when the text names one country or state, whatever words it uses.
   *
   * <p class="nl">Het rechtsstelsel waarvan het recht de overeenkomst beheerst, zoals NL of US-NY;
   * aanwezig wanneer de tekst één land of staat noemt, in welke woorden ook.
   *
   * @return the jurisdiction, or empty
   */
  public abstract Optional<Jurisdiction> getGoverningLawJurisdiction();

  /**
   * Returns the legal system of the competent courts, such as {@code NL} or {@code GB-ENG}, when
   * the text names one.
   *
   * <p class="nl">Het rechtsstelsel van de bevoegde rechter, zoals NL of GB-ENG, als de tekst er
   * een noemt.
   *
   * @return the jurisdiction, or empty
   */
  public abstract Optional<Jurisdiction> getForumJurisdiction();

  /**
   * Returns whether the text says governing law and forum are those of the main agreement: true
   * when it refers to them, false when it does not say so.
   *
   * <p class="nl">Of de tekst zegt dat toepasselijk recht en bevoegde rechter die van de
   * hoofdovereenkomst zijn; true als zij daarnaar verwijst, false als zij daarover niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isFollowsMainAgreement() {
    return false;
  }

  /**
   * Returns whether the text makes the chosen court the only competent one: true when it says so,
   * false when it does not say so.
   *
   * <p class="nl">Of de tekst de gekozen rechter als enige bevoegd maakt; true als de tekst dat
   * zegt, false als zij daarover niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isForumExclusive() {
    return false;
  }

  /**
   * Returns whether the text says a void or unenforceable clause leaves the rest of the agreement
   * in force: true when it says so, false when it does not say so.
   *
   * <p class="nl">Of de tekst zegt dat een nietige of onverbindende bepaling de rest van de
   * overeenkomst in stand laat; true als de tekst dat zegt, false als zij daarover niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isSeverability() {
    return false;
  }

  /**
   * Returns whether the text says obligations that by their nature last, such as confidentiality,
   * survive the end of the agreement: true when it says so, false when it does not say so.
   *
   * <p class="nl">Of de tekst zegt dat verplichtingen die naar hun aard voortduren, zoals
   * geheimhouding, na het einde van de overeenkomst blijven gelden; true als de tekst dat zegt,
   * false als zij daarover niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isSurvival() {
    return false;
  }

  /**
   * Returns whether the processor commits in general to comply with the data protection law that
   * applies to it: true when the text says so, false when it does not say so.
   *
   * <p class="nl">Of de verwerker zich in het algemeen verbindt de op hem toepasselijke
   * gegevensbeschermingswetgeving na te leven; true als de tekst dat zegt, false als zij daarover
   * niets zegt.
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isProcessorCompliesWithLaw() {
    return false;
  }

  /**
   * Returns how the text says notices under the agreement are given, one entry per channel, such as
   * by e-mail or in writing.
   *
   * <p class="nl">Hoe volgens de tekst mededelingen onder de overeenkomst worden gedaan, één per
   * kanaal, zoals per e-mail of schriftelijk.
   *
   * @return the channels, in declaration order; empty when not stated
   */
  public abstract java.util.Set<org.dpa4j.model.subprocessing.NoticeChannel> getNoticeChannels();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableGeneralProvisions.Builder builder() {
    return ImmutableGeneralProvisions.builder();
  }

  /**
   * Returns the value for an agreement that says nothing on this subject.
   *
   * @return the value, with {@link Coverage#notStated()}
   */
  public static GeneralProvisions notStated() {
    return builder().coverage(Coverage.notStated()).build();
  }
}
