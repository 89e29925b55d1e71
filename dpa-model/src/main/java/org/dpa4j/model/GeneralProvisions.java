package org.dpa4j.model;

import java.util.Optional;
import org.dpa4j.model.constraints.NonBlank;
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
