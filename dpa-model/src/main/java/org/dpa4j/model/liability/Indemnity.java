package org.dpa4j.model.liability;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpa4j.model.ClauseRef;
import org.dpa4j.model.Extensible;
import org.dpa4j.model.ExtensionValue;
import org.dpa4j.model.Sourced;
import org.dpa4j.model.constraints.NonBlank;
import org.immutables.value.Value;

/**
 * An indemnity: who holds the other harmless, and against what.
 *
 * <p class="nl">Een vrijwaring: wie de ander vrijwaart, en waartegen.
 */
@Value.Immutable
public abstract class Indemnity implements Sourced, Extensible, WithIndemnity {

  Indemnity() {}

  /**
   * Returns which party the text makes hold the other harmless: the processor, the controller, or
   * {@link LiableParty#EACH_PARTY} for a mutual indemnity.
   *
   * <p class="nl">Welke partij de ander volgens de tekst vrijwaart: de verwerker, de
   * verwerkingsverantwoordelijke, of EACH_PARTY voor een wederzijdse vrijwaring.
   *
   * @return the indemnitor
   */
  public abstract LiableParty getIndemnitor();

  /**
   * Returns what the indemnity covers, in our words, such as "claims of data subjects caused by
   * unlawful instructions".
   *
   * <p class="nl">Waartegen de vrijwaring beschermt, in onze eigen woorden, zoals "aanspraken van
   * betrokkenen als gevolg van onrechtmatige instructies".
   *
   * @return the text
   */
  @NonBlank
  public abstract String getText();

  @Override
  @Value.Redacted
  public abstract Map<String, ExtensionValue> getExtensions();

  @Override
  public abstract List<ClauseRef> getClauses();

  @Override
  public abstract Optional<String> getQuote();

  /**
   * Creates an indemnity with its clauses.
   *
   * @param indemnitor who gives it
   * @param text what it covers
   * @param clauses where it stands, such as {@code "11.1"}
   * @return the indemnity
   */
  public static Indemnity of(LiableParty indemnitor, String text, String... clauses) {
    ImmutableIndemnity.Builder builder = builder().indemnitor(indemnitor).text(text);
    for (String clause : clauses) {
      builder.addClauses(ClauseRef.of(clause));
    }
    return builder.build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableIndemnity.Builder builder() {
    return ImmutableIndemnity.builder();
  }
}
