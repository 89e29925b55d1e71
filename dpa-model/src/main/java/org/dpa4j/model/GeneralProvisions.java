package org.dpa4j.model;

import java.util.Optional;
import org.dpa4j.model.constraints.NonBlank;
import org.dpa4j.model.value.Jurisdiction;
import org.immutables.value.Value;

/** General provisions: governing law, forum, severability and survival. */
@Value.Immutable
public abstract class GeneralProvisions extends Term implements WithGeneralProvisions {

  GeneralProvisions() {}

  /**
   * Returns the law the text says governs the agreement, as written, such as "Nederlands recht"
   * (art. 28(3) GDPR requires a contract under Union or Member State law).
   *
   * @return the value, or empty
   */
  public abstract Optional<@NonBlank String> getGoverningLaw();

  /**
   * Returns the court the text makes competent for disputes under the agreement, as written.
   *
   * @return the value, or empty
   */
  public abstract Optional<@NonBlank String> getForum();

  /**
   * Returns the legal system whose law governs the agreement, such as {@code NL} or {@code US-NY};
   * present when the text names one country or state, whatever words it uses.
   *
   * @return the jurisdiction, or empty
   */
  public abstract Optional<Jurisdiction> getGoverningLawJurisdiction();

  /**
   * Returns the legal system of the competent courts, such as {@code NL} or {@code GB-ENG}, when
   * the text names one.
   *
   * @return the jurisdiction, or empty
   */
  public abstract Optional<Jurisdiction> getForumJurisdiction();

  /**
   * Returns whether the text says governing law and forum are those of the main agreement: true
   * when it refers to them, false when it does not say so.
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
