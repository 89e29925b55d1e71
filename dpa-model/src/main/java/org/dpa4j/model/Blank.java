package org.dpa4j.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpa4j.model.constraints.NonBlank;
import org.immutables.value.Value;

/**
 * A term a template leaves to be completed: a blank to fill in ("[SPECIFY TIME PERIOD]"), options
 * of which none is chosen, an empty annex or an optional clause.
 *
 * <p>A blank is neither silence nor a value: the text does speak to the term, but the parties have
 * not completed it. The blank names the term by its JSON Pointer in the agreement ({@code
 * /breachNotification/deadline}); the term itself is left out or holds what the text does fix (the
 * trigger, say). Validators report a blank term as incomplete, not as non-compliant.
 *
 * <p class="nl">Een bepaling die een model openlaat om in te vullen: een open plek ("[SPECIFY TIME
 * PERIOD]"), keuzemogelijkheden waarvan geen is gekozen, een lege bijlage of een facultatieve
 * clausule.
 */
@Value.Immutable
public abstract class Blank implements Sourced, Extensible, WithBlank {

  Blank() {}

  /**
   * Returns the term the text leaves open, as a JSON Pointer (RFC 6901) from the root of the
   * agreement, such as {@code /breachNotification/deadline} or {@code
   * /subProcessing/subProcessors}. The pointer follows the model's attributes; the value it names
   * need not be present.
   *
   * <p class="nl">De bepaling die de tekst openlaat, als JSON Pointer (RFC 6901) vanaf de wortel
   * van de overeenkomst, zoals /breachNotification/deadline of /subProcessing/subProcessors.
   *
   * @return the pointer, starting with {@code /}; a text that is no JSON Pointer makes building
   *     fail with {@link DpaModelException} ({@code model.syntax})
   */
  public abstract String getPointer();

  /**
   * Returns how the text leaves the term open: a blank to fill in, options of which none is chosen,
   * an empty annex, or a clause the parties may keep or drop.
   *
   * <p class="nl">Hoe de tekst de bepaling openlaat: een plek om in te vullen, keuzemogelijkheden
   * waarvan geen is gekozen, een lege bijlage, of een clausule die partijen mogen behouden of
   * schrappen.
   *
   * @return the kind; {@link BlankKind#FILL_IN} unless set
   */
  @Value.Default
  public BlankKind getKind() {
    return BlankKind.FILL_IN;
  }

  /**
   * Returns the placeholder as the text writes it, such as {@code [SPECIFY TIME PERIOD]}.
   *
   * <p class="nl">De invulplek zoals de tekst die schrijft, zoals [SPECIFY TIME PERIOD].
   *
   * @return the placeholder, or empty
   */
  public abstract Optional<@NonBlank String> getPlaceholder();

  /**
   * Returns the options the text offers for the open term, one entry per option in our words, for
   * {@link BlankKind#CHOOSE_OPTION} ("specific prior authorisation", "general written
   * authorisation"), or the examples a template gives for an {@link BlankKind#EMPTY_ANNEX} (the
   * measures Annex III of 2021/915 suggests).
   *
   * <p class="nl">De keuzemogelijkheden die de tekst voor de open bepaling biedt, één per
   * mogelijkheid in onze eigen woorden, of de voorbeelden die een model voor een lege bijlage geeft
   * (zoals de maatregelen die bijlage III van 2021/915 voorstelt).
   *
   * @return the options, in the order of the text; empty for none; fewer than two for {@link
   *     BlankKind#CHOOSE_OPTION} make building fail with {@link DpaModelException} ({@code
   *     model.inconsistent})
   */
  public abstract List<@NonBlank String> getOptions();

  @Override
  @Value.Redacted
  public abstract Map<String, ExtensionValue> getExtensions();

  @Override
  public abstract List<ClauseRef> getClauses();

  @Override
  public abstract Optional<String> getQuote();

  /**
   * Creates a blank to fill in.
   *
   * @param pointer the term left open, such as {@code /breachNotification/deadline}
   * @return the blank
   */
  public static Blank of(String pointer) {
    return builder().pointer(pointer).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableBlank.Builder builder() {
    return ImmutableBlank.builder();
  }

  /**
   * Tells whether this blank leaves open the term at a pointer or a term that contains it: the
   * blank {@code /breachNotification} covers {@code /breachNotification/deadline}.
   *
   * @param pointer a JSON Pointer from the root of the agreement
   * @return true when the pointer is this blank's or lies under it
   */
  public boolean covers(String pointer) {
    String own = getPointer();
    return pointer.equals(own)
        || (pointer.startsWith(own)
            && pointer.length() > own.length()
            && pointer.charAt(own.length()) == '/');
  }

  @Value.Check
  void check() {
    Pointers.checkSyntax(getPointer(), "/pointer");
    if (getKind() == BlankKind.CHOOSE_OPTION && getOptions().size() < 2) {
      throw ModelProblemCode.INCONSISTENT.exception(
          "/options",
          LocalizedText.of(
              "an open choice needs the two or more options offered",
              "een open keuze heeft de twee of meer aangeboden opties nodig"));
    }
  }
}
