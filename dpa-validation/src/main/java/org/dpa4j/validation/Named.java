package org.dpa4j.validation;

import java.util.Objects;

/**
 * A finding's argument that names something the agreement lists, such as an offending
 * sub-processor: the name its message shows, and the model object it names, so that a program that
 * compares two findings can tell the same sub-processor renamed (same registration number) from
 * another one, as it matches the agreement's list elements. The name is written as the agreement
 * writes it; {@link #toString()} is that name, which is also the argument's JSON form.
 *
 * @param <T> the type of what is named, such as {@code SubProcessor}
 */
public final class Named<T> {
  private final String name;
  private final T entity;

  private Named(String name, T entity) {
    this.name = Objects.requireNonNull(name, "name");
    this.entity = Objects.requireNonNull(entity, "entity");
  }

  /**
   * Returns the name of a model object, as a finding's message shows it.
   *
   * @param name the name, as the agreement writes it ({@code "?"} when it has none)
   * @param entity the model object the name belongs to
   * @param <T> the type of the object
   * @return the named object
   */
  public static <T> Named<T> of(String name, T entity) {
    return new Named<>(name, entity);
  }

  /**
   * Returns the name, as the message shows it.
   *
   * @return the name
   */
  public String getName() {
    return name;
  }

  /**
   * Returns the model object the name belongs to, with what identifies it (a sub-processor's
   * registrations).
   *
   * @return the object
   */
  public T getEntity() {
    return entity;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Named
        && name.equals(((Named<?>) other).name)
        && entity.equals(((Named<?>) other).entity);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, entity);
  }

  /** Returns the name: what the message shows, and the argument's JSON form. */
  @Override
  public String toString() {
    return name;
  }
}
