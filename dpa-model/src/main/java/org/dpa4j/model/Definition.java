package org.dpa4j.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpa4j.model.constraints.NonBlank;
import org.immutables.value.Value;

/**
 * A term the agreement defines, with its meaning in our words.
 *
 * <p class="nl">Een begrip dat de overeenkomst definieert, met zijn betekenis in onze eigen
 * woorden.
 */
@Value.Immutable
public abstract class Definition implements Sourced, Extensible, WithDefinition {

  Definition() {}

  /**
   * Returns a term the agreement defines, as written, such as "Affiliate" or "Hoofdovereenkomst".
   *
   * <p class="nl">Een begrip dat de overeenkomst definieert, zoals geschreven, zoals "Affiliate" of
   * "Hoofdovereenkomst".
   *
   * @return the term
   */
  @NonBlank
  public abstract String getTerm();

  /**
   * Returns what the agreement defines the term to mean, in our words.
   *
   * <p class="nl">Wat het begrip volgens de definitie in de overeenkomst betekent, in onze eigen
   * woorden.
   *
   * @return the meaning
   */
  @NonBlank
  public abstract String getMeaning();

  @Override
  @Value.Redacted
  public abstract Map<String, ExtensionValue> getExtensions();

  @Override
  public abstract List<ClauseRef> getClauses();

  @Override
  public abstract Optional<String> getQuote();

  /**
   * Creates a definition.
   *
   * @param term the term as written
   * @param meaning its meaning in our words
   * @return the definition
   */
  public static Definition of(String term, String meaning) {
    return builder().term(term).meaning(meaning).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableDefinition.Builder builder() {
    return ImmutableDefinition.builder();
  }
}
