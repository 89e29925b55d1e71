package org.dpa4j.model;

import java.util.Map;
import java.util.Optional;
import org.dpa4j.model.constraints.NonBlank;
import org.dpa4j.model.value.PartialDate;
import org.immutables.value.Value;

/**
 * A document outside the agreement that the agreement refers to.
 *
 * <p class="nl">Een document buiten de overeenkomst waarnaar de overeenkomst verwijst.
 */
@Value.Immutable
public abstract class DocumentRef implements Extensible, WithDocumentRef {

  DocumentRef() {}

  /**
   * Returns the properties read from JSON that the model has no attribute for.
   *
   * @return the extensions by name; empty for none
   */
  @Override
  @Value.Redacted
  public abstract Map<String, ExtensionValue> getExtensions();

  /**
   * Returns what kind of document the agreement refers to: main agreement, general terms, a
   * template, security documentation, a list of sub-processors, ...
   *
   * <p class="nl">Naar wat voor document de overeenkomst verwijst: de hoofdovereenkomst, algemene
   * voorwaarden, een model, beveiligingsdocumentatie, een lijst van subverwerkers of iets anders.
   *
   * @return the kind
   */
  public abstract DocumentKind getKind();

  /**
   * Returns the document's title as the agreement names it, if it does.
   *
   * <p class="nl">De titel van het document zoals de overeenkomst het noemt, als zij dat doet.
   *
   * @return the title, or empty
   */
  public abstract Optional<@NonBlank String> getTitle();

  /**
   * Returns the version of the document as the agreement names it, such as {@code "1.2"}.
   *
   * <p class="nl">De versie van het document zoals de overeenkomst die noemt, zoals "1.2".
   *
   * @return the version, or empty
   */
  public abstract Optional<@NonBlank String> getVersion();

  /**
   * Returns the web address the agreement gives for the document.
   *
   * <p class="nl">Het webadres dat de overeenkomst voor het document geeft.
   *
   * @return the address as written, or empty
   */
  public abstract Optional<@NonBlank String> getUrl();

  /**
   * Returns the date of the document as the agreement gives it, such as the date of a list of
   * sub-processors, as precise as written.
   *
   * <p class="nl">De datum van het document zoals de overeenkomst die geeft, zoals de datum van een
   * lijst van subverwerkers, zo nauwkeurig als geschreven.
   *
   * @return the date, or empty
   */
  public abstract Optional<PartialDate> getDate();

  /**
   * Returns who publishes the document, such as the body that issued a model agreement.
   *
   * <p class="nl">Wie het document uitgeeft, zoals de instantie die een modelovereenkomst heeft
   * opgesteld.
   *
   * @return the publisher as written, or empty
   */
  public abstract Optional<@NonBlank String> getPublisher();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableDocumentRef.Builder builder() {
    return ImmutableDocumentRef.builder();
  }

  /**
   * Refers to a document by kind only.
   *
   * @param kind the kind
   * @return the reference
   */
  public static DocumentRef of(DocumentKind kind) {
    return ImmutableDocumentRef.builder().kind(kind).build();
  }

  /**
   * Refers to a document by kind and title.
   *
   * @param kind the kind
   * @param title the title as written
   * @return the reference
   */
  public static DocumentRef of(DocumentKind kind, String title) {
    return ImmutableDocumentRef.builder().kind(kind).title(title).build();
  }
}
