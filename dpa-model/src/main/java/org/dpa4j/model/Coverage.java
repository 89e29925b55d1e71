package org.dpa4j.model;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How an agreement covers a subject, and for {@link CoverageKind#BY_REFERENCE} which document it
 * refers to.
 *
 * <p class="nl">Hoe een overeenkomst een onderwerp regelt, en bij BY_REFERENCE naar welk document
 * zij verwijst.
 */
@Value.Immutable
public abstract class Coverage implements Extensible, WithCoverage {

  Coverage() {}

  /**
   * Returns the properties read from JSON that the model has no attribute for.
   *
   * @return the extensions by name; empty for none
   */
  @Override
  @Value.Redacted
  public abstract Map<String, ExtensionValue> getExtensions();

  /**
   * Returns how the agreement covers the subject: stated in its own text, not stated at all, stated
   * by reference to another document, or expressly excluded.
   *
   * <p class="nl">Hoe de overeenkomst het onderwerp regelt: in haar eigen tekst, helemaal niet,
   * door verwijzing naar een ander document, of uitdrukkelijk uitgesloten.
   *
   * @return the kind
   */
  public abstract CoverageKind getKind();

  /**
   * Returns the document the agreement refers to for the subject's terms; present exactly when the
   * kind is {@link CoverageKind#BY_REFERENCE}.
   *
   * <p class="nl">Het document waarnaar de overeenkomst voor de regeling van het onderwerp
   * verwijst; aanwezig precies wanneer de soort BY_REFERENCE is.
   *
   * @return the referenced document, or empty; a document with another kind, or none with {@link
   *     CoverageKind#BY_REFERENCE}, makes building fail with {@link DpaModelException} ({@code
   *     model.inconsistent})
   */
  public abstract Optional<@Valid DocumentRef> getDocument();

  /**
   * The subject is stated in the agreement itself.
   *
   * @return the coverage
   */
  public static Coverage stated() {
    return ImmutableCoverage.builder().kind(CoverageKind.STATED).build();
  }

  /**
   * The agreement says nothing on the subject.
   *
   * @return the coverage
   */
  public static Coverage notStated() {
    return ImmutableCoverage.builder().kind(CoverageKind.NOT_STATED).build();
  }

  /**
   * The agreement expressly excludes the subject.
   *
   * @return the coverage
   */
  public static Coverage excluded() {
    return ImmutableCoverage.builder().kind(CoverageKind.EXCLUDED).build();
  }

  /**
   * The agreement refers to another document for the subject.
   *
   * @param document the document referred to
   * @return the coverage
   */
  public static Coverage byReference(DocumentRef document) {
    return ImmutableCoverage.builder().kind(CoverageKind.BY_REFERENCE).document(document).build();
  }

  @Value.Check
  void check() {
    if ((getKind() == CoverageKind.BY_REFERENCE) != getDocument().isPresent()) {
      throw ModelProblemCode.INCONSISTENT.exception(
          "/document",
          LocalizedText.of(
              "a document is given exactly when the kind is by_reference",
              "een document wordt precies dan gegeven als de soort by_reference is"));
    }
  }
}
