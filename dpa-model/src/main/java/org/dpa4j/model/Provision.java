package org.dpa4j.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpa4j.model.constraints.NonBlank;
import org.immutables.value.Value;

/**
 * A stipulation the model records as text because its content is open-ended (a warranty, an
 * indemnity, an extra audit trigger), with the clauses it comes from.
 *
 * <p class="nl">Een bepaling die het model als tekst vastlegt omdat haar inhoud open is (een
 * garantie, een vrijwaring, een extra aanleiding voor een audit), met de artikelen waaruit zij
 * komt.
 */
@Value.Immutable
public abstract class Provision implements Sourced, Extensible, WithProvision {

  Provision() {}

  /**
   * Returns the properties read from JSON that the model has no attribute for.
   *
   * @return the extensions by name; empty for none
   */
  @Override
  @Value.Redacted
  public abstract Map<String, ExtensionValue> getExtensions();

  /**
   * Returns what the stipulation says, summarised in our words or verbatim.
   *
   * <p class="nl">Wat de bepaling inhoudt, samengevat in onze eigen woorden of letterlijk.
   *
   * @return the text
   */
  @NonBlank
  public abstract String getText();

  @Override
  public abstract List<ClauseRef> getClauses();

  @Override
  public abstract Optional<String> getQuote();

  /**
   * Creates a provision with its clauses.
   *
   * @param text what it says
   * @param clauses where it stands, such as {@code "11.1"}
   * @return the provision
   */
  public static Provision of(String text, String... clauses) {
    ImmutableProvision.Builder builder = ImmutableProvision.builder().text(text);
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
  public static ImmutableProvision.Builder builder() {
    return ImmutableProvision.builder();
  }
}
