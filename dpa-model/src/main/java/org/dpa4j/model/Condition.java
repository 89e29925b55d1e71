package org.dpa4j.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpa4j.model.constraints.NonBlank;
import org.immutables.value.Value;

/**
 * A condition or limit the text puts on a duty of a section: "only where the law affords an audit
 * right", "attributable to the processor", "to the extent legally permitted".
 *
 * <p>The duty is named by a JSON Pointer relative to the section ({@code /auditRight}, {@code
 * /deadline}); without one the condition limits the section as a whole.
 *
 * <p class="nl">Een voorwaarde of beperking die de tekst aan een verplichting uit een onderdeel
 * verbindt: "alleen voor zover de wet een auditrecht geeft", "toerekenbaar aan de verwerker", "voor
 * zover wettelijk toegestaan".
 */
@Value.Immutable
public abstract class Condition implements Sourced, Extensible, WithCondition {

  Condition() {}

  /**
   * Returns what the condition limits the duty to, such as only where the law requires it, only at
   * the controller's request or only to events attributable to the processor.
   *
   * <p class="nl">Waartoe de voorwaarde de verplichting beperkt, zoals alleen waar de wet het eist,
   * alleen op verzoek van de verwerkingsverantwoordelijke of alleen bij gebeurtenissen die aan de
   * verwerker toerekenbaar zijn.
   *
   * @return the kind
   */
  public abstract ConditionKind getKind();

  /**
   * Returns the duty the condition limits, as a JSON Pointer relative to the section that holds the
   * condition, such as {@code /deadline}.
   *
   * <p class="nl">De verplichting die de voorwaarde beperkt, als JSON Pointer ten opzichte van het
   * onderdeel dat de voorwaarde bevat, zoals /deadline.
   *
   * @return the pointer, or empty when the condition limits the whole section; a text that is no
   *     JSON Pointer makes building fail with {@link DpaModelException} ({@code model.syntax})
   */
  public abstract Optional<String> getDuty();

  /**
   * Returns the condition in our words, as the text sets it; required for {@link
   * ConditionKind#OTHER}.
   *
   * <p class="nl">De voorwaarde in onze eigen woorden, zoals de tekst haar stelt; verplicht bij
   * OTHER.
   *
   * @return the description, or empty; empty for {@link ConditionKind#OTHER} makes building fail
   *     with {@link DpaModelException} ({@code model.inconsistent})
   */
  public abstract Optional<@NonBlank String> getDescription();

  @Override
  @Value.Redacted
  public abstract Map<String, ExtensionValue> getExtensions();

  @Override
  public abstract List<ClauseRef> getClauses();

  @Override
  public abstract Optional<String> getQuote();

  /**
   * Creates a condition on one duty.
   *
   * @param kind the kind
   * @param duty the duty, relative to the section, such as {@code /deadline}
   * @return the condition
   */
  public static Condition on(ConditionKind kind, String duty) {
    return builder().kind(kind).duty(duty).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableCondition.Builder builder() {
    return ImmutableCondition.builder();
  }

  @Value.Check
  void check() {
    getDuty().ifPresent(duty -> Pointers.checkSyntax(duty, "/duty"));
    if (getKind() == ConditionKind.OTHER && getDescription().isEmpty()) {
      throw ModelProblemCode.INCONSISTENT.exception(
          "/description",
          LocalizedText.of(
              "a condition of kind other needs a description",
              "een voorwaarde van de soort anders heeft een omschrijving nodig"));
    }
  }
}
