package org.dpa4j.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpa4j.model.constraints.NonBlank;
import org.dpa4j.model.value.PartialDate;
import org.immutables.value.Value;

/**
 * What the agreement is: title, version, date, language, how it comes into force and how it ranks
 * against other documents.
 */
@Value.Immutable
public abstract class AgreementMetadata implements Sourced, Extensible {

  AgreementMetadata() {}

  /**
   * Returns the title as written.
   *
   * @return the value
   */
  @NonBlank
  public abstract String getTitle();

  /**
   * Returns the version as written, such as {@code "1.1"} or {@code "v270526RT"}.
   *
   * @return the value, or empty
   */
  public abstract Optional<@NonBlank String> getVersion();

  /**
   * Returns the dates the text states, each with what it marks (effective, last updated, signed,
   * published, or only the date the document bears), as precise as written.
   *
   * @return the dates, in the order of the text; empty for none
   */
  public abstract List<@Valid AgreementDate> getDates();

  /**
   * Returns the templates, model agreements or standard terms the text says it is based on, such as
   * a sector's model agreement or a standard DPA of a given version.
   *
   * @return the documents, in order; empty for none
   */
  public abstract List<@Valid DocumentRef> getBasedOn();

  /**
   * Returns the date of a kind, the first one the text states.
   *
   * @param kind what the date marks
   * @return the date, or empty
   */
  public Optional<PartialDate> date(DateKind kind) {
    return getDates().stream()
        .filter(d -> d.getKind() == kind)
        .map(AgreementDate::getDate)
        .findFirst();
  }

  /**
   * Returns the BCP 47 language tag of the text.
   *
   * @return the value; {@code "nl"} unless set
   */
  @NonBlank
  @Value.Default
  public String getLanguage() {
    return "nl";
  }

  /**
   * Returns what kind of document it is.
   *
   * @return the value; {@code dpa} unless set
   */
  @Value.Default
  public AgreementKind getDocumentKind() {
    return AgreementKind.DPA;
  }

  /**
   * Returns how it comes into force.
   *
   * @return the value; {@code not_stated} unless set
   */
  @Value.Default
  public Formation getFormation() {
    return Formation.NOT_STATED;
  }

  /**
   * Returns whether the agreement says it forms part of the main agreement (whatever its
   * formation).
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isPartOfMainAgreement() {
    return false;
  }

  /**
   * Returns an official identifier or address of the text, such as {@code CELEX 32021D0915} or the
   * web page it is published on.
   *
   * @return the reference as written, or empty
   */
  public abstract Optional<@NonBlank String> getReference();

  /**
   * Returns the licence under which the text is published, such as {@code CC BY 4.0}.
   *
   * @return the licence as written, or empty
   */
  public abstract Optional<@NonBlank String> getLicence();

  /**
   * Returns whether the annexes are an integral part of the agreement.
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isAnnexesIntegral() {
    return false;
  }

  /**
   * Returns whether the text says it neither reduces the processor's obligations under the main
   * agreement nor permits processing that the main agreement forbids.
   *
   * @return true when the text says so; false unless set
   */
  @Value.Default
  public boolean isMainAgreementProtectionKept() {
    return false;
  }

  /**
   * Returns which prevails on a conflict with the main agreement.
   *
   * @return the value; {@code not_stated} unless set
   */
  @Value.Default
  public Precedence getPrecedenceOverMainAgreement() {
    return Precedence.NOT_STATED;
  }

  /**
   * Returns which prevails on a conflict with the general terms.
   *
   * @return the value; {@code not_stated} unless set
   */
  @Value.Default
  public Precedence getPrecedenceOverGeneralTerms() {
    return Precedence.NOT_STATED;
  }

  /**
   * Returns the documents this agreement replaces.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@Valid DocumentRef> getReplaces();

  /**
   * Returns whether it rejects the controller's own DPA or terms ("wordt uitdrukkelijk van de hand
   * gewezen").
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isRejectsControllerTerms() {
    return false;
  }

  /**
   * Returns remarks on the drafting of the text, such as numbering that skips an article.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@NonBlank String> getDraftingNotes();

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
  public static ImmutableAgreementMetadata.Builder builder() {
    return ImmutableAgreementMetadata.builder();
  }

  @Value.Check
  void check() {
    if (getTitle().isBlank()) {
      throw ModelProblemCode.INCONSISTENT.exception(
          "/title", LocalizedText.of("the title is blank", "de titel is leeg"));
    }
    if (!getLanguage().matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
      throw ModelProblemCode.SYNTAX.exception(
          "/language",
          Excerpt.of(getLanguage()),
          LocalizedText.of("language tag", "taalcode"),
          LocalizedText.of(
              "expected a BCP 47 tag such as nl", "verwacht een BCP 47-code zoals nl"));
    }
  }
}
