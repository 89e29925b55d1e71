package org.dpa4j.model.processing;

import java.util.List;
import java.util.Optional;
import org.dpa4j.model.ClauseRef;
import org.dpa4j.model.Sourced;
import org.immutables.value.Value;

/**
 * Processing for which the processor is itself the controller, mixed into the same document (as in
 * a privacy statement combined with a DPA).
 */
@Value.Immutable
public abstract class ControllerRoleProcessing implements Sourced {

  ControllerRoleProcessing() {}

  /**
   * Returns the purposes.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<String> getPurposes();

  /**
   * Returns the personal data.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<PersonalDataCategory> getDataCategories();

  /**
   * Returns the data subjects.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<String> getDataSubjectCategories();

  @Override
  public abstract List<ClauseRef> getClauses();

  @Override
  public abstract Optional<String> getQuote();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableControllerRoleProcessing.Builder builder() {
    return ImmutableControllerRoleProcessing.builder();
  }
}
