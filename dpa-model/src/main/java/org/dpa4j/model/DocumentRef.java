package org.dpa4j.model;

import java.util.Map;
import java.util.Optional;
import org.dpa4j.model.constraints.NonBlank;
import org.immutables.value.Value;

/** A document outside the agreement that the agreement refers to. */
@Value.Immutable
public abstract class DocumentRef implements Extensible {

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
   * Returns the kind of document.
   *
   * @return the kind
   */
  public abstract DocumentKind getKind();

  /**
   * Returns the document's title as the agreement names it, if it does.
   *
   * @return the title, or empty
   */
  public abstract Optional<@NonBlank String> getTitle();

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
