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
 *
 * <p class="nl">De reikwijdte van de verwerking (art. 28 lid 3, aanhef, AVG): onderwerp, duur,
 * aard, doeleinden, soorten persoonsgegevens en categorieën betrokkenen.
 */
@Value.Immutable
public abstract class ProcessingScope extends Term implements WithProcessingScope {

  ProcessingScope() {}

  /**
   * Returns the subject matter of the processing as the text writes it (art. 28(3) GDPR; Annex II
   * of 2021/915).
   *
   * <p class="nl">Het onderwerp van de verwerking zoals de tekst het beschrijft (art. 28 lid 3 AVG;
   * bijlage II van 2021/915).
   *
   * @return the value, or empty
   */
  public abstract Optional<@NonBlank String> getSubjectMatter();

  /**
   * Returns the services for which the processor processes the data, one entry per service as
   * written.
   *
   * <p class="nl">De diensten waarvoor de verwerker de gegevens verwerkt, één per dienst zoals
   * geschreven.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@NonBlank String> getServices();

  /**
   * Returns the nature of the processing as the text writes it, such as storage or hosting (art.
   * 28(3) GDPR).
   *
   * <p class="nl">De aard van de verwerking zoals de tekst haar beschrijft, zoals opslag of hosting
   * (art. 28 lid 3 AVG).
   *
   * @return the value, or empty
   */
  public abstract Optional<@NonBlank String> getNature();

  /**
   * Returns how long the text says the processing lasts (art. 28(3) GDPR; clause 7.3 of 2021/915):
   * as long as the main agreement, for a fixed period, indefinitely, or as long as the processing
   * continues.
   *
   * <p class="nl">Hoe lang de verwerking volgens de tekst duurt (art. 28 lid 3 AVG; clausule 7.3
   * van 2021/915): zolang de hoofdovereenkomst, voor een vaste periode, voor onbepaalde tijd, of
   * zolang de verwerking voortduurt.
   *
   * @return the value; {@code not_stated} unless set
   */
  @Value.Default
  public ProcessingDuration getDuration() {
    return ProcessingDuration.NOT_STATED;
  }

  /**
   * Returns the period of a fixed duration, as written, such as {@code P2Y}.
   *
   * <p class="nl">De periode van een vaste duur, zoals geschreven, zoals P2Y.
   *
   * @return the value, or empty; given exactly when the duration is {@link
   *     ProcessingDuration#FIXED}, or building fails with {@link org.dpa4j.model.DpaModelException}
   *     ({@code model.inconsistent})
   */
  public abstract Optional<TimeLimit> getFixedDuration();

  /**
   * Returns the purposes for which the processor processes the data on behalf of the controller,
   * one entry per purpose as written (art. 28(3) GDPR; clause 7.2 of 2021/915).
   *
   * <p class="nl">De doeleinden waarvoor de verwerker de gegevens namens de
   * verwerkingsverantwoordelijke verwerkt, één per doel zoals geschreven (art. 28 lid 3 AVG;
   * clausule 7.2 van 2021/915).
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@NonBlank String> getPurposes();

  /**
   * Returns whether the text lets the purposes grow beyond those listed: not at all, to related
   * purposes, or to related purposes and purposes agreed later.
   *
   * <p class="nl">Of de tekst de doeleinden verder laat gaan dan de opgesomde: helemaal niet, tot
   * verwante doeleinden, of tot verwante en later overeengekomen doeleinden.
   *
   * @return the value; {@code not_stated} unless set
   */
  @Value.Default
  public PurposeExtension getPurposeExtension() {
    return PurposeExtension.NOT_STATED;
  }

  /**
   * Returns what the text says about the processor using the data for purposes of its own, for
   * which it would be a controller itself (art. 28(10) GDPR).
   *
   * <p class="nl">Wat de tekst zegt over gebruik van de gegevens door de verwerker voor eigen
   * doeleinden, waarvoor hij zelf verwerkingsverantwoordelijke zou zijn (art. 28 lid 10 AVG).
   *
   * @return the value; not stated unless set
   */
  @Valid
  @Value.Default
  public ProcessorOwnUse getProcessorOwnUse() {
    return ProcessorOwnUse.builder().build();
  }

  /**
   * Returns the categories of data subjects whose data is processed, one entry per category as
   * written (art. 28(3) GDPR; Annex II of 2021/915).
   *
   * <p class="nl">De categorieën betrokkenen van wie gegevens worden verwerkt, één per categorie
   * zoals geschreven (art. 28 lid 3 AVG; bijlage II van 2021/915).
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@Valid DataSubjectCategory> getDataSubjectCategories();

  /**
   * Returns the types of personal data processed, one entry per category as written (art. 28(3)
   * GDPR; Annex II of 2021/915).
   *
   * <p class="nl">De soorten persoonsgegevens die worden verwerkt, één per categorie zoals
   * geschreven (art. 28 lid 3 AVG; bijlage II van 2021/915).
   *
   * @return the values, in order; empty for none; a category whose data subjects name no listed
   *     category makes building fail with {@link org.dpa4j.model.DpaModelException} ({@code
   *     model.inconsistent})
   */
  public abstract List<@Valid PersonalDataCategory> getPersonalDataCategories();

  /**
   * Returns whether the text presents the list of personal data as complete: true when it does,
   * false for an open list ("o.a.", "zoals") or when it does not say so.
   *
   * <p class="nl">Of de tekst de lijst van persoonsgegevens als volledig presenteert; true als zij
   * dat doet, false bij een open opsomming ("onder andere", "zoals") of als zij daarover niets
   * zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isDataListExhaustive() {
    return false;
  }

  /**
   * Returns the safeguards the text applies to special categories of data, one entry per safeguard
   * (art. 9 GDPR; clause 7.5 of Implementing Decision (EU) 2021/915).
   *
   * <p class="nl">De waarborgen die de tekst op bijzondere categorieën van gegevens toepast, één
   * per waarborg (art. 9 AVG; clausule 7.5 van Uitvoeringsbesluit (EU) 2021/915).
   *
   * @return the safeguards, in declaration order; empty for none
   */
  public abstract java.util.Set<SpecialCategorySafeguard> getSpecialCategorySafeguards();

  /**
   * Returns how often the text says the processing or transfer takes place: continuously, once, or
   * at intervals (as Annex I.B of 2021/914 asks).
   *
   * <p class="nl">Hoe vaak de verwerking of doorgifte volgens de tekst plaatsvindt: doorlopend,
   * eenmalig of periodiek (zoals bijlage I.B van 2021/914 vraagt).
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
   * Returns what the text says about special categories of personal data (art. 9 GDPR): none
   * declared, excluded by the design of the service, listed, or only named in a heading.
   *
   * <p class="nl">Wat de tekst zegt over bijzondere categorieën persoonsgegevens (art. 9 AVG): geen
   * opgegeven, uitgesloten door de opzet van de dienst, opgesomd, of alleen in een kop genoemd.
   *
   * @return the value; {@code none_declared} unless set
   */
  @Value.Default
  public SpecialCategoriesStance getSpecialCategories() {
    return SpecialCategoriesStance.NONE_DECLARED;
  }

  /**
   * Returns the data or processing the text declares out of scope, one entry per exclusion.
   *
   * <p class="nl">De gegevens of verwerkingen die de tekst buiten de reikwijdte verklaart, één per
   * uitsluiting.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@Valid Provision> getDeclaredExclusions();

  /**
   * Returns processing for which the processor is itself the controller, mixed into the same
   * document, such as its own customer administration.
   *
   * <p class="nl">Verwerking waarvoor de verwerker zelf verwerkingsverantwoordelijke is, in
   * hetzelfde document opgenomen, zoals zijn eigen klantenadministratie.
   *
   * @return the value, or empty
   */
  public abstract Optional<@Valid ControllerRoleProcessing> getControllerRoleProcessing();

  /**
   * Returns whether the text says the personal data remains the property of the controller
   * ("blijven eigendom van"): true when it says so, false when it does not say so.
   *
   * <p class="nl">Of de tekst zegt dat de persoonsgegevens eigendom van de
   * verwerkingsverantwoordelijke blijven; true als de tekst dat zegt, false als zij daarover niets
   * zegt.
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
