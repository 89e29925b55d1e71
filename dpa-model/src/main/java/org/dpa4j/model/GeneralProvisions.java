package org.dpa4j.model;

import java.util.Optional;
import org.dpa4j.model.constraints.NonBlank;
import org.dpa4j.model.value.Jurisdiction;
import org.immutables.value.Value;

/** General provisions: governing law, forum, severability and survival. */
@Value.Immutable
public abstract class GeneralProvisions extends Term {

  GeneralProvisions() {}

  /**
   * Returns the governing law as written, such as "Nederlands recht".
   *
   * @return the value, or empty
   */
  public abstract Optional<@NonBlank String> getGoverningLaw();

  /**
   * Returns the competent court as written.
   *
   * @return the value, or empty
   */
  public abstract Optional<@NonBlank String> getForum();

  /**
   * Returns the jurisdiction whose law governs, such as {@code NL} or {@code US-NY}; present when
   * the text names one country or state, whatever words it uses.
   *
   * @return the jurisdiction, or empty
   */
  public abstract Optional<Jurisdiction> getGoverningLawJurisdiction();

  /**
   * Returns the jurisdiction of the competent courts, such as {@code NL} or {@code GB-ENG}.
   *
   * @return the jurisdiction, or empty
   */
  public abstract Optional<Jurisdiction> getForumJurisdiction();

  /**
   * Returns whether law and forum are those of the main agreement, by reference.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isFollowsMainAgreement() {
    return false;
  }

  /**
   * Returns whether that court is the only competent one.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isForumExclusive() {
    return false;
  }

  /**
   * Returns whether a void clause leaves the rest in force.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isSeverability() {
    return false;
  }

  /**
   * Returns whether obligations that by nature last survive the end of the agreement.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isSurvival() {
    return false;
  }

  /**
   * Returns whether the processor commits in general to comply with the data protection law that
   * applies to it.
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isProcessorCompliesWithLaw() {
    return false;
  }

  /**
   * Returns how notices under the agreement are given.
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
