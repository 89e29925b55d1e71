package org.dpa4j.model.processing;

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
 * A category of personal data, as the agreement lists it, with flags for the kinds that raise the
 * stakes.
 */
@Value.Immutable
public abstract class PersonalDataCategory implements Sourced, Extensible {

  PersonalDataCategory() {}

  /**
   * Returns the category as written, such as "Belhistorie".
   *
   * @return the value
   */
  @NonBlank
  public abstract String getName();

  /**
   * Returns the group the agreement lists it under, such as "Contactpersoon".
   *
   * @return the value, or empty
   */
  public abstract Optional<@NonBlank String> getGroup();

  /**
   * Returns whether it is a special category of art. 9 GDPR.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isSpecialCategory() {
    return false;
  }

  /**
   * Returns whether it is data on criminal convictions and offences (art. 10 GDPR).
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isCriminalOffenceData() {
    return false;
  }

  /**
   * Returns the categories of data subjects this data is about, by their names in {@link
   * ProcessingScope#getDataSubjectCategories()}; empty when the text does not pair them.
   *
   * @return the names, in order; empty for none
   */
  public abstract List<@NonBlank String> getDataSubjects();

  /**
   * Returns whether it is communication content: recordings, voicemail, fax, e-mail, chat.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isContentData() {
    return false;
  }

  /**
   * Returns whether it is traffic or location data: call detail records, call history, location.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isTrafficOrLocationData() {
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
  public static ImmutablePersonalDataCategory.Builder builder() {
    return ImmutablePersonalDataCategory.builder();
  }

  /**
   * A plain category with no flags.
   *
   * @param name the category as written
   * @return the category
   */
  public static PersonalDataCategory of(String name) {
    return builder().name(name).build();
  }
}
