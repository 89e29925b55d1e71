package org.dpa4j.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpa4j.model.value.PartialDate;
import org.immutables.value.Value;

/**
 * A date the agreement states, with what it marks: effective, last updated, signed, published.
 *
 * <p class="nl">Een datum die de overeenkomst vermeldt, met wat die datum markeert:
 * inwerkingtreding, laatste wijziging, ondertekening of publicatie.
 */
@Value.Immutable
public abstract class AgreementDate implements Sourced, Extensible, WithAgreementDate {

  AgreementDate() {}

  /**
   * Returns what the date marks for the agreement: when it takes effect, was last updated, was
   * signed, was published or ends, or only that the document bears it.
   *
   * <p class="nl">Wat de datum voor de overeenkomst markeert: inwerkingtreding, laatste wijziging,
   * ondertekening, publicatie of einde, of alleen dat het document die datum draagt.
   *
   * @return the kind
   */
  public abstract DateKind getKind();

  /**
   * Returns the date as precise as the text writes it: a year, a month or a day, in ISO 8601 form
   * such as {@code 2018}, {@code 2023-09} or {@code 2023-09-15}; absent when the text leaves the
   * date to be completed ("takes effect on the date at the signatures" with that date blank).
   *
   * <p class="nl">De datum zo nauwkeurig als de tekst hem schrijft: een jaar, een maand of een dag
   * in ISO 8601-vorm zoals 2018, 2023-09 of 2023-09-15; ontbreekt als de tekst de datum openlaat om
   * in te vullen ("takes effect on the date at the signatures" met die datum niet ingevuld).
   *
   * @return the date, or empty; empty only when a blank of the agreement points at it ({@code
   *     /metadata/dates/N/date} or above), else building the agreement fails with {@link
   *     DpaModelException} ({@code model.inconsistent})
   */
  public abstract Optional<PartialDate> getDate();

  @Override
  @Value.Redacted
  public abstract Map<String, ExtensionValue> getExtensions();

  @Override
  public abstract List<ClauseRef> getClauses();

  @Override
  public abstract Optional<String> getQuote();

  /**
   * Creates a date.
   *
   * @param kind what it marks
   * @param date the date
   * @return the agreement date
   */
  public static AgreementDate of(DateKind kind, PartialDate date) {
    return builder().kind(kind).date(date).build();
  }

  /**
   * Creates a date the text marks but leaves to be completed; the agreement needs a blank that
   * points at it.
   *
   * @param kind what it marks
   * @return the agreement date, without a value
   */
  public static AgreementDate toBeCompleted(DateKind kind) {
    return builder().kind(kind).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableAgreementDate.Builder builder() {
    return ImmutableAgreementDate.builder();
  }
}
