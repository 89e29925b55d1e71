package org.dpa4j.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A section of the agreement: a group of terms on one subject (breach notification, audit, ...).
 *
 * <p>Besides its own attributes each section says how the agreement covers it ({@link
 * #getCoverage()}): stated in the text, not stated at all, stated by reference to another document,
 * or expressly excluded. A validator uses this to tell silence from exclusion.
 */
public abstract class Term implements Sourced, Extensible {

  /** For subclasses only. */
  protected Term() {}

  @Override
  public abstract List<ClauseRef> getClauses();

  @Override
  public abstract Optional<String> getQuote();

  /**
   * Returns the properties read from JSON that the model has no attribute for.
   *
   * @return the extensions by name; empty for none
   */
  @Override
  @Value.Redacted
  public abstract Map<String, ExtensionValue> getExtensions();

  /**
   * Returns the conditions and limits the text puts on this section's duties, one entry per
   * condition, such as "only where the law affords an audit right"; each entry names the duty it
   * limits by a JSON Pointer relative to the section, or none when it limits the whole section.
   *
   * <p class="nl">De voorwaarden en beperkingen die de tekst aan de verplichtingen uit dit
   * onderdeel verbindt, één per voorwaarde, elk met een JSON Pointer naar de verplichting die zij
   * beperkt, of zonder als zij het hele onderdeel beperkt.
   *
   * @return the conditions, in the order of the text; empty for none
   */
  public abstract List<@Valid Condition> getConditions();

  /**
   * Returns how the agreement covers this section's subject: stated in its own text, not stated at
   * all, stated by reference to another document, or expressly excluded.
   *
   * <p class="nl">Hoe de overeenkomst het onderwerp van dit onderdeel regelt: in haar eigen tekst,
   * helemaal niet, door verwijzing naar een ander document, of uitdrukkelijk uitgesloten.
   *
   * @return the coverage; {@link Coverage#stated()} unless set
   */
  @Value.Default
  @Valid
  public Coverage getCoverage() {
    return Coverage.stated();
  }
}
