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
 * A category of data subjects as the agreement lists it, with the kind of people it consists of and
 * whether children are among them.
 *
 * <p class="nl">Een categorie betrokkenen zoals de overeenkomst haar opsomt, met het soort personen
 * waaruit zij bestaat en of daar kinderen onder zijn.
 */
@Value.Immutable
public abstract class DataSubjectCategory implements Sourced, Extensible, WithDataSubjectCategory {

  DataSubjectCategory() {}

  /**
   * Returns the category of data subjects as the text writes it, such as "eindgebruikers van de
   * klant".
   *
   * <p class="nl">De categorie betrokkenen zoals de tekst haar schrijft, zoals "eindgebruikers van
   * de klant".
   *
   * @return the name
   */
  @NonBlank
  public abstract String getName();

  /**
   * Returns the kind of people the category consists of, such as customers, employees or end users.
   *
   * <p class="nl">Het soort personen waaruit de categorie bestaat, zoals klanten, werknemers of
   * eindgebruikers.
   *
   * @return the kind; {@link DataSubjectKind#NOT_STATED} unless set
   */
  @Value.Default
  public DataSubjectKind getKind() {
    return DataSubjectKind.NOT_STATED;
  }

  /**
   * Returns whether the text says children or minors are, or may be, among them: true when it says
   * so, false when it does not say so.
   *
   * <p class="nl">Of de tekst zegt dat er kinderen of minderjarigen onder zijn of kunnen zijn; true
   * als de tekst dat zegt, false als zij daarover niets zegt.
   *
   * @return true when so; false unless set
   */
  @Value.Default
  public boolean isIncludesChildren() {
    return false;
  }

  @Override
  @Value.Redacted
  public abstract Map<String, ExtensionValue> getExtensions();

  @Override
  public abstract List<ClauseRef> getClauses();

  @Override
  public abstract Optional<String> getQuote();

  /**
   * A category with its name only.
   *
   * @param name the category as written
   * @return the category
   */
  public static DataSubjectCategory of(String name) {
    return builder().name(name).build();
  }

  /**
   * A category with its name and kind.
   *
   * @param name the category as written
   * @param kind the kind of people
   * @return the category
   */
  public static DataSubjectCategory of(String name, DataSubjectKind kind) {
    return builder().name(name).kind(kind).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableDataSubjectCategory.Builder builder() {
    return ImmutableDataSubjectCategory.builder();
  }
}
