package org.dpa4j.model;

import java.util.Map;
import java.util.Optional;
import org.dpa4j.model.constraints.NonBlank;
import org.immutables.value.Value;

/**
 * A clause that has no typed home in the model yet. Kept so that nothing of an agreement is lost;
 * the core terms of an agreement belong in the typed sections, not here.
 *
 * <p class="nl">Een bepaling die in het model nog geen getypeerde plaats heeft.
 */
@Value.Immutable
public abstract class OtherClause implements Extensible, WithOtherClause {

  OtherClause() {}

  /**
   * Returns the properties read from JSON that the model has no attribute for.
   *
   * @return the extensions by name; empty for none
   */
  @Override
  @Value.Redacted
  public abstract Map<String, ExtensionValue> getExtensions();

  /**
   * Returns the clause's number or name as the agreement writes it, such as {@code "14.2"}.
   *
   * <p class="nl">Het nummer of de naam van de bepaling zoals de overeenkomst die schrijft, zoals
   * "14.2".
   *
   * @return the reference, or empty when unnumbered
   */
  public abstract Optional<ClauseRef> getReference();

  /**
   * Returns the clause's heading as written.
   *
   * <p class="nl">Het opschrift van de bepaling zoals geschreven.
   *
   * @return the heading, or empty
   */
  public abstract Optional<@NonBlank String> getHeading();

  /**
   * Returns the text of the clause that has no typed home in the model.
   *
   * <p class="nl">De tekst van de bepaling die in het model geen getypeerde plaats heeft.
   *
   * @return the text; a blank text makes building fail with {@link DpaModelException} ({@code
   *     model.inconsistent})
   */
  public abstract String getText();

  /**
   * Creates a clause.
   *
   * @param reference the clause number as written
   * @param heading the heading, or {@code null} when there is none
   * @param text the text
   * @return the clause
   */
  public static OtherClause of(String reference, String heading, String text) {
    return ImmutableOtherClause.builder()
        .reference(ClauseRef.of(reference))
        .heading(Optional.ofNullable(heading))
        .text(text)
        .build();
  }

  @Value.Check
  void check() {
    if (TextSyntax.isBlank(getText())) {
      throw ModelProblemCode.INCONSISTENT.exception(
          "/text",
          LocalizedText.of("the text of a clause is blank", "de tekst van een bepaling is leeg"));
    }
  }
}
