package org.dpa4j.model.processing;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.dpa4j.model.Coverage;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.ModelProblemCode;
import org.dpa4j.model.Provision;
import org.dpa4j.model.Term;
import org.dpa4j.model.constraints.NonBlank;
import org.dpa4j.model.value.TimeLimit;
import org.immutables.value.Value;

/**
 * The scope of the processing (art. 28(3) chapeau GDPR): subject matter, duration, nature,
 * purposes, data and data subjects.
 */
@Value.Immutable
public abstract class ProcessingScope extends Term {

  ProcessingScope() {}

  /**
   * Returns the subject matter as written.
   *
   * @return the value, or empty
   */
  public abstract Optional<@NonBlank String> getSubjectMatter();

  /**
   * Returns the services the processing serves.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@NonBlank String> getServices();

  /**
   * Returns the nature of the processing as written.
   *
   * @return the value, or empty
   */
  public abstract Optional<@NonBlank String> getNature();

  /**
   * Returns how long it lasts.
   *
   * @return the value; {@code not_stated} unless set
   */
  @Value.Default
  public ProcessingDuration getDuration() {
    return ProcessingDuration.NOT_STATED;
  }

  /**
   * Returns the period, when the duration is fixed.
   *
   * @return the value, or empty
   */
  public abstract Optional<TimeLimit> getFixedDuration();

  /**
   * Returns the purposes as written.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@NonBlank String> getPurposes();

  /**
   * Returns whether purposes may be added.
   *
   * @return the value; {@code not_stated} unless set
   */
  @Value.Default
  public PurposeExtension getPurposeExtension() {
    return PurposeExtension.NOT_STATED;
  }

  /**
   * Returns the processor's own use of the data.
   *
   * @return the value; not stated unless set
   */
  @Valid
  @Value.Default
  public ProcessorOwnUse getProcessorOwnUse() {
    return ProcessorOwnUse.builder().build();
  }

  /**
   * Returns the categories of data subjects as written.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@NonBlank String> getDataSubjectCategories();

  /**
   * Returns the categories of personal data.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@Valid PersonalDataCategory> getPersonalDataCategories();

  /**
   * Returns whether the list of data is exhaustive (false for "o.a.", "zoals").
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isDataListExhaustive() {
    return false;
  }

  /**
   * Returns what it says about special categories.
   *
   * @return the value; {@code none_declared} unless set
   */
  @Value.Default
  public SpecialCategoriesStance getSpecialCategories() {
    return SpecialCategoriesStance.NONE_DECLARED;
  }

  /**
   * Returns data or processing the agreement declares out of scope.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@Valid Provision> getDeclaredExclusions();

  /**
   * Returns processing in the controller role mixed into the document.
   *
   * @return the value, or empty
   */
  public abstract Optional<@Valid ControllerRoleProcessing> getControllerRoleProcessing();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableProcessingScope.Builder builder() {
    return ImmutableProcessingScope.builder();
  }

  /**
   * Returns the value for an agreement that says nothing on this subject.
   *
   * @return the value, with {@link Coverage#notStated()}
   */
  public static ProcessingScope notStated() {
    return builder().coverage(Coverage.notStated()).build();
  }

  /**
   * Tells whether any listed category is communication content.
   *
   * @return true when a category has {@link PersonalDataCategory#isContentData()}
   */
  public boolean hasContentData() {
    return getPersonalDataCategories().stream().anyMatch(PersonalDataCategory::isContentData);
  }

  /**
   * Tells whether any listed category is traffic or location data.
   *
   * @return true when a category has {@link PersonalDataCategory#isTrafficOrLocationData()}
   */
  public boolean hasTrafficOrLocationData() {
    return getPersonalDataCategories().stream()
        .anyMatch(PersonalDataCategory::isTrafficOrLocationData);
  }

  @Value.Check
  void check() {
    if ((getDuration() == ProcessingDuration.FIXED) != getFixedDuration().isPresent()) {
      throw ModelProblemCode.INCONSISTENT.exception(
          "/fixedDuration",
          LocalizedText.of(
              "a fixed duration is given exactly when the duration is fixed",
              "een vaste duur wordt precies dan gegeven als de duur vast is"));
    }
  }
}
