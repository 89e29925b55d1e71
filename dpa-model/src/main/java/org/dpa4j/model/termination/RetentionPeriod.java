package org.dpa4j.model.termination;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpa4j.model.ClauseRef;
import org.dpa4j.model.Extensible;
import org.dpa4j.model.ExtensionValue;
import org.dpa4j.model.Sourced;
import org.dpa4j.model.constraints.NonBlank;
import org.dpa4j.model.value.DeadlineTrigger;
import org.dpa4j.model.value.TimeLimit;
import org.immutables.value.Value;

/**
 * How long one category of data is kept: a row of a retention table.
 *
 * <p class="nl">Hoe lang één categorie gegevens wordt bewaard: een rij van een bewaartabel.
 */
@Value.Immutable
public abstract class RetentionPeriod implements Sourced, Extensible, WithRetentionPeriod {

  RetentionPeriod() {}

  /**
   * Returns the category of data the row is about, as written, such as "CV's" or "log files".
   *
   * <p class="nl">De categorie gegevens waarover de rij gaat, zoals geschreven, zoals "CV's" of
   * "logbestanden".
   *
   * @return the category
   */
  @NonBlank
  public abstract String getDataCategory();

  /**
   * Returns how long the data of that category is kept, when the text gives a number, as written,
   * such as {@code P4W}.
   *
   * <p class="nl">Hoe lang de gegevens van die categorie worden bewaard, als de tekst een getal
   * geeft, zoals geschreven, zoals P4W.
   *
   * @return the period, or empty; a row with neither period nor description makes building fail
   *     with {@link org.dpa4j.model.DpaModelException} ({@code model.inconsistent})
   */
  public abstract Optional<TimeLimit> getPeriod();

  /**
   * Returns the event from which the period runs, such as the end of the agreement or a request.
   *
   * <p class="nl">De gebeurtenis waarmee de termijn begint te lopen, zoals het einde van de
   * overeenkomst of een verzoek.
   *
   * @return the event; {@link DeadlineTrigger#NOT_STATED} unless set
   */
  @Value.Default
  public DeadlineTrigger getFrom() {
    return DeadlineTrigger.NOT_STATED;
  }

  /**
   * Returns the rule in our words when it is no number, such as "until the candidate withdraws
   * consent".
   *
   * <p class="nl">De regel in onze eigen woorden als het geen getal is, zoals "totdat de kandidaat
   * zijn toestemming intrekt".
   *
   * @return the description, or empty
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
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableRetentionPeriod.Builder builder() {
    return ImmutableRetentionPeriod.builder();
  }

  @Value.Check
  void check() {
    if (getPeriod().isEmpty() && getDescription().isEmpty()) {
      throw org.dpa4j.model.ModelProblemCode.INCONSISTENT.exception(
          "/period",
          org.dpa4j.model.LocalizedText.of(
              "a retention row needs a period or a description",
              "een bewaarregel heeft een termijn of een omschrijving nodig"));
    }
  }
}
