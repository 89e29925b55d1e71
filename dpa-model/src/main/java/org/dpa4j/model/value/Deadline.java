package org.dpa4j.model.value;

import java.util.Map;
import java.util.Optional;
import org.dpa4j.model.DocumentRef;
import org.dpa4j.model.Extensible;
import org.dpa4j.model.ExtensionValue;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.ModelProblemCode;
import org.immutables.value.Value;

/**
 * A deadline as an agreement writes it: an optional time limit, the event that starts the clock,
 * and the qualifying words ("onmiddellijk, in ieder geval binnen 48 uur").
 *
 * <p>At least one of limit, qualifier and the document that sets the period is given.
 *
 * <p class="nl">Een termijn zoals een overeenkomst hem schrijft: een eventuele termijnlengte, de
 * gebeurtenis waarmee hij begint te lopen en de kwalificerende woorden ("onmiddellijk, in ieder
 * geval binnen 48 uur").
 */
@Value.Immutable
public abstract class Deadline implements Extensible, WithDeadline {

  Deadline() {}

  /**
   * Returns the properties read from JSON that the model has no attribute for.
   *
   * @return the extensions by name; empty for none
   */
  @Override
  @Value.Redacted
  public abstract Map<String, ExtensionValue> getExtensions();

  /**
   * Returns the time limit the text gives, as written, such as {@code PT48H} or {@code P2BD}; with
   * a qualifier, it is the outer limit ("without undue delay and in any case within 48 hours").
   *
   * <p class="nl">De termijn die de tekst geeft, zoals geschreven, zoals PT48H of P2BD; met een
   * kwalificatie is het de uiterste termijn ("zonder onredelijke vertraging en in ieder geval
   * binnen 48 uur").
   *
   * @return the time limit, or empty; a deadline with no limit, no qualifier and no document that
   *     sets it makes building fail with {@link org.dpa4j.model.DpaModelException} ({@code
   *     model.inconsistent})
   */
  public abstract Optional<TimeLimit> getLimit();

  /**
   * Returns the document that sets the period, for "within the period set by our incident policy".
   *
   * <p class="nl">Het document dat de termijn vaststelt, bij "binnen de termijn uit ons
   * incidentenbeleid".
   *
   * @return the document, or empty
   */
  public abstract Optional<@jakarta.validation.Valid DocumentRef> getSetBy();

  /**
   * Returns the event that starts the clock, such as becoming aware of a breach (art. 33(2) GDPR)
   * or the end of the agreement; never inferred when the text names none.
   *
   * <p class="nl">De gebeurtenis waarmee de termijn begint te lopen, zoals het bekend worden met
   * een inbreuk (art. 33 lid 2 AVG) of het einde van de overeenkomst; nooit afgeleid als de tekst
   * er geen noemt.
   *
   * @return the trigger; {@link DeadlineTrigger#NOT_STATED} unless set
   */
  @Value.Default
  public DeadlineTrigger getTrigger() {
    return DeadlineTrigger.NOT_STATED;
  }

  /**
   * Returns the words the deadline uses besides or instead of a number, such as "without undue
   * delay".
   *
   * <p class="nl">De woorden die de termijn naast of in plaats van een getal gebruikt, zoals
   * "zonder onredelijke vertraging".
   *
   * @return the qualifier; {@link DeadlineQualifier#NONE} unless set
   */
  @Value.Default
  public DeadlineQualifier getQualifier() {
    return DeadlineQualifier.NONE;
  }

  /**
   * A deadline of a number only, from an event.
   *
   * @param limit the time limit
   * @param trigger the starting event
   * @return the deadline
   */
  public static Deadline within(TimeLimit limit, DeadlineTrigger trigger) {
    return ImmutableDeadline.builder().limit(limit).trigger(trigger).build();
  }

  /**
   * A deadline of words only, such as "binnen een redelijke termijn".
   *
   * @param qualifier the words
   * @param trigger the starting event
   * @return the deadline
   */
  public static Deadline qualified(DeadlineQualifier qualifier, DeadlineTrigger trigger) {
    return ImmutableDeadline.builder().qualifier(qualifier).trigger(trigger).build();
  }

  /**
   * A deadline of words and an outer limit, such as "onverwijld, doch uiterlijk binnen 72 uur".
   *
   * @param qualifier the words
   * @param limit the outer limit
   * @param trigger the starting event
   * @return the deadline
   */
  public static Deadline of(DeadlineQualifier qualifier, TimeLimit limit, DeadlineTrigger trigger) {
    return ImmutableDeadline.builder().qualifier(qualifier).limit(limit).trigger(trigger).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableDeadline.Builder builder() {
    return ImmutableDeadline.builder();
  }

  @Value.Check
  void check() {
    if (getLimit().isEmpty() && getQualifier() == DeadlineQualifier.NONE && getSetBy().isEmpty()) {
      throw ModelProblemCode.INCONSISTENT.exception(
          "/limit",
          LocalizedText.of(
              "a deadline needs a time limit, a qualifier or the document that sets it",
              "een termijn heeft een duur, een kwalificatie of het bepalende document nodig"));
    }
  }
}
