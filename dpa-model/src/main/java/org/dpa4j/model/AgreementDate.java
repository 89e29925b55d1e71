package org.dpa4j.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpa4j.model.value.PartialDate;
import org.immutables.value.Value;

/** A date the agreement states, with what it marks: effective, last updated, signed, published. */
@Value.Immutable
public abstract class AgreementDate implements Sourced, Extensible, WithAgreementDate {

  AgreementDate() {}

  /**
   * Returns what the date marks for the agreement: when it takes effect, was last updated, was
   * signed, was published or ends, or only that the document bears it.
   *
   * @return the kind
   */
  public abstract DateKind getKind();

  /**
   * Returns the date as precise as the text writes it: a year, a month or a day, in ISO 8601 form
   * such as {@code 2018}, {@code 2023-09} or {@code 2023-09-15}.
   *
   * @return the date
   */
  public abstract PartialDate getDate();

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
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableAgreementDate.Builder builder() {
    return ImmutableAgreementDate.builder();
  }
}
