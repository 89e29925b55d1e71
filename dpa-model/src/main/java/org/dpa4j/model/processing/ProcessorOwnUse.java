package org.dpa4j.model.processing;

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
 * Whether and how the processor may use the data for its own purposes.
 *
 * <p class="nl">Of en hoe de verwerker de gegevens voor eigen doeleinden mag gebruiken.
 */
@Value.Immutable
public abstract class ProcessorOwnUse implements Sourced, Extensible, WithProcessorOwnUse {

  ProcessorOwnUse() {}

  /**
   * Returns whether the text lets the processor use the data for purposes of its own (art. 28(3)(a)
   * and 28(10) GDPR): prohibited, only once anonymised, allowed, or not addressed.
   *
   * <p class="nl">Of de tekst de verwerker toestaat de gegevens voor eigen doeleinden te gebruiken
   * (art. 28 lid 3 onder a en 28 lid 10 AVG): verboden, alleen na anonimisering, toegestaan, of
   * niet geregeld.
   *
   * @return the value; {@code not_addressed} unless set
   */
  @Value.Default
  public OwnUsePolicy getPolicy() {
    return OwnUsePolicy.NOT_ADDRESSED;
  }

  /**
   * Returns the own purposes the text allows, one entry per purpose as written, such as
   * "kwaliteitsdoeleinden".
   *
   * <p class="nl">De eigen doeleinden die de tekst toestaat, één per doel zoals geschreven, zoals
   * "kwaliteitsdoeleinden".
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@NonBlank String> getPurposes();

  /**
   * Returns the conditions the text sets on that use, one entry per condition as written, such as
   * "volledig en onomkeerbaar geanonimiseerd".
   *
   * <p class="nl">De voorwaarden die de tekst aan dat gebruik stelt, één per voorwaarde zoals
   * geschreven, zoals "volledig en onomkeerbaar geanonimiseerd".
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@NonBlank String> getConditions();

  /**
   * Returns whether the text lets the processor use the data to train or improve machine-learning
   * models, its own or its providers'.
   *
   * <p class="nl">Of de tekst de verwerker toestaat de gegevens te gebruiken om modellen voor
   * machinaal leren te trainen of te verbeteren, die van hemzelf of van zijn leveranciers.
   *
   * @return the policy; {@link OwnUsePolicy#NOT_ADDRESSED} unless set
   */
  @Value.Default
  public OwnUsePolicy getModelTraining() {
    return OwnUsePolicy.NOT_ADDRESSED;
  }

  /**
   * Returns the properties read from JSON that the model has no attribute for.
   *
   * @return the extensions by name; empty for none
   */
  @Override
  @Value.Redacted
  public abstract Map<String, ExtensionValue> getExtensions();

  @Override
  public abstract List<ClauseRef> getClauses();

  @Override
  public abstract Optional<String> getQuote();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableProcessorOwnUse.Builder builder() {
    return ImmutableProcessorOwnUse.builder();
  }
}
