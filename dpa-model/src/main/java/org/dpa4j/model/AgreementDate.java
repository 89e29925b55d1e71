package org.dpa4j.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpa4j.model.value.PartialDate;
import org.immutables.value.Value;

/** A date the agreement states, with what it marks: effective, last updated, signed, published. */
@Value.Immutable
public abstract class AgreementDate implements Sourced, Extensible {

  AgreementDate() {}

  /**
   * Returns what the date marks.
   *
   * @return the kind
   */
  public abstract DateKind getKind();

  /**
   * Returns the date as precise as written.
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
