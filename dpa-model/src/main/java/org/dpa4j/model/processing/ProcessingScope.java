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
  public abstract List<@Valid DataSubjectCategory> getDataSubjectCategories();

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
   * Returns the safeguards the text applies to special categories of data (art. 9 GDPR; clause 7.5
   * of Implementing Decision (EU) 2021/915).
   *
   * @return the safeguards, in declaration order; empty for none
   */
  public abstract java.util.Set<SpecialCategorySafeguard> getSpecialCategorySafeguards();

  /**
   * Returns how often the processing takes place.
   *
   * @return the frequency; {@link ProcessingFrequency#NOT_STATED} unless set
   */
  @Value.Default
  public ProcessingFrequency getFrequency() {
    return ProcessingFrequency.NOT_STATED;
  }

  /**
   * Tells whether any category of data subjects includes children.
   *
   * @return true when one does
   */
  public boolean hasChildren() {
    return getDataSubjectCategories().stream().anyMatch(DataSubjectCategory::isIncludesChildren)
        || getDataSubjectCategories().stream()
            .anyMatch(c -> c.getKind() == DataSubjectKind.CHILDREN);
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
   * Returns whether the personal data remains the property of the controller ("blijven eigendom
   * van").
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isDataOwnedByController() {
    return false;
  }

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
    java.util.Set<String> subjects = new java.util.HashSet<>();
    getDataSubjectCategories().forEach(c -> subjects.add(c.getName()));
    for (int i = 0; i < getPersonalDataCategories().size(); i++) {
      List<String> named = getPersonalDataCategories().get(i).getDataSubjects();
      for (int j = 0; j < named.size(); j++) {
        if (!subjects.contains(named.get(j))) {
          throw ModelProblemCode.INCONSISTENT.exception(
              "/personalDataCategories/" + i + "/dataSubjects/" + j,
              LocalizedText.of(
                  "names no listed category of data subjects",
                  "noemt geen vermelde categorie betrokkenen"));
        }
      }
    }
    if ((getDuration() == ProcessingDuration.FIXED) != getFixedDuration().isPresent()) {
      throw ModelProblemCode.INCONSISTENT.exception(
          "/fixedDuration",
          LocalizedText.of(
              "a fixed duration is given exactly when the duration is fixed",
              "een vaste duur wordt precies dan gegeven als de duur vast is"));
    }
  }
}
