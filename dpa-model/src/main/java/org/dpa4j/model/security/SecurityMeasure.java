package org.dpa4j.model.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpa4j.model.ClauseRef;
import org.dpa4j.model.Extensible;
import org.dpa4j.model.ExtensionValue;
import org.dpa4j.model.Sourced;
import org.dpa4j.model.constraints.NonBlank;
import org.immutables.value.Value;

/**
 * A technical or organisational security measure as the agreement lists it.
 *
 * <p class="nl">Een technische of organisatorische beveiligingsmaatregel zoals de overeenkomst die
 * opsomt.
 */
@Value.Immutable
public abstract class SecurityMeasure implements Sourced, Extensible, WithSecurityMeasure {

  SecurityMeasure() {}

  /**
   * Returns the technical or organisational measure as the text writes it.
   *
   * <p class="nl">De technische of organisatorische maatregel zoals de tekst die beschrijft.
   *
   * @return the value
   */
  @NonBlank
  public abstract String getDescription();

  /**
   * Returns the category of the measure after art. 32(1) GDPR, such as encryption, access control
   * or back-up.
   *
   * <p class="nl">De categorie van de maatregel naar art. 32 lid 1 AVG, zoals versleuteling,
   * toegangsbeheer of back-up.
   *
   * @return the value
   */
  public abstract MeasureCategory getCategory();

  /**
   * Returns whether the text qualifies the measure, such as "waar mogelijk": true when it does,
   * false when it does not say so.
   *
   * <p class="nl">Of de tekst de maatregel afzwakt, zoals met "waar mogelijk"; true als zij dat
   * doet, false als zij daarover niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isQualified() {
    return false;
  }

  /**
   * Returns the properties read from JSON that the model has no attribute for.
   *
   * @return the extensions by name; empty for none
   */
  @Override
  @Value.Redacted
  public abstract Map<String, ExtensionValue> getExtensions();

  @Override
  public abstract List<ClauseRef> getClauses();

  @Override
  public abstract Optional<String> getQuote();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableSecurityMeasure.Builder builder() {
    return ImmutableSecurityMeasure.builder();
  }

  /**
   * A measure of a category.
   *
   * @param description the measure as written
   * @param category the category
   * @return the measure
   */
  public static SecurityMeasure of(String description, MeasureCategory category) {
    return builder().description(description).category(category).build();
  }
}
