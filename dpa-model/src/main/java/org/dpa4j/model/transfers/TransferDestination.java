package org.dpa4j.model.transfers;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dpa4j.model.ClauseRef;
import org.dpa4j.model.Extensible;
import org.dpa4j.model.ExtensionValue;
import org.dpa4j.model.Sourced;
import org.dpa4j.model.constraints.NonBlank;
import org.dpa4j.model.value.CountryCode;
import org.immutables.value.Value;

/**
 * A country outside the EU or EEA to which the text says data is, or may be, transferred, with the
 * mechanisms it gives for that country.
 *
 * <p class="nl">Een land buiten de EU of EER waarnaar volgens de tekst gegevens worden of kunnen
 * worden doorgegeven, met de doorgifte-instrumenten die zij voor dat land noemt.
 */
@Value.Immutable
public abstract class TransferDestination implements Sourced, Extensible, WithTransferDestination {

  TransferDestination() {}

  /**
   * Returns the third country outside the EU and EEA to which the text says data is, or may be,
   * transferred, as an ISO 3166-1 alpha-2 code.
   *
   * <p class="nl">Het derde land buiten de EU en EER waarnaar volgens de tekst gegevens worden of
   * kunnen worden doorgegeven, als ISO 3166-1 alpha-2-code.
   *
   * @return the country
   */
  public abstract CountryCode getCountry();

  /**
   * Returns who receives the data there, as written, such as "our US affiliate".
   *
   * <p class="nl">Wie de gegevens daar ontvangt, zoals geschreven, zoals "onze Amerikaanse
   * dochteronderneming".
   *
   * @return the recipient, or empty
   */
  public abstract Optional<@NonBlank String> getRecipient();

  /**
   * Returns the mechanisms the text gives for this country; empty when it gives none for this
   * country in particular (the section's {@link TransferTerms#getMechanisms() mechanisms} then
   * apply).
   *
   * <p class="nl">De doorgifte-instrumenten die de tekst voor dit land noemt; leeg als zij er voor
   * dit land in het bijzonder geen noemt (dan gelden die van het onderdeel).
   *
   * @return the mechanisms, in declaration order
   */
  public abstract Set<TransferMechanism> getMechanisms();

  @Override
  @Value.Redacted
  public abstract Map<String, ExtensionValue> getExtensions();

  @Override
  public abstract List<ClauseRef> getClauses();

  @Override
  public abstract Optional<String> getQuote();

  /**
   * A destination with nothing else said.
   *
   * @param country the country
   * @return the destination
   */
  public static TransferDestination of(CountryCode country) {
    return builder().country(country).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableTransferDestination.Builder builder() {
    return ImmutableTransferDestination.builder();
  }
}
