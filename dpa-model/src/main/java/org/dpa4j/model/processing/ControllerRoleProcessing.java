package org.dpa4j.model.processing;

import jakarta.validation.Valid;
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
 * Processing for which the processor is itself the controller, mixed into the same document (as in
 * a privacy statement combined with a DPA).
 *
 * <p class="nl">Verwerking waarvoor de verwerker zelf verwerkingsverantwoordelijke is, in hetzelfde
 * document opgenomen (zoals bij een privacyverklaring samen met een verwerkersovereenkomst).
 */
@Value.Immutable
public abstract class ControllerRoleProcessing
    implements Sourced, Extensible, WithControllerRoleProcessing {

  ControllerRoleProcessing() {}

  /**
   * Returns the purposes for which the processor processes data as a controller of its own, one
   * entry per purpose as written, such as its own customer administration (art. 28(10) GDPR).
   *
   * <p class="nl">De doeleinden waarvoor de verwerker als eigen verwerkingsverantwoordelijke
   * gegevens verwerkt, één per doel zoals geschreven, zoals zijn eigen klantenadministratie (art.
   * 28 lid 10 AVG).
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@NonBlank String> getPurposes();

  /**
   * Returns the personal data the processor processes as a controller of its own, one entry per
   * category.
   *
   * <p class="nl">De persoonsgegevens die de verwerker als eigen verwerkingsverantwoordelijke
   * verwerkt, één per categorie.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@Valid PersonalDataCategory> getDataCategories();

  /**
   * Returns the data subjects of the processing the processor does as a controller of its own, one
   * entry per category.
   *
   * <p class="nl">De betrokkenen bij de verwerking die de verwerker als eigen
   * verwerkingsverantwoordelijke verricht, één per categorie.
   *
   * @return the values, in order; empty for none
   */
  public abstract List<@Valid DataSubjectCategory> getDataSubjectCategories();

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
  public static ImmutableControllerRoleProcessing.Builder builder() {
    return ImmutableControllerRoleProcessing.builder();
  }
}
