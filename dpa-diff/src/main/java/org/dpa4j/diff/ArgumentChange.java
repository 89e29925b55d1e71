package org.dpa4j.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.validation.Destination;
import org.dpa4j.validation.Finding;
import org.dpa4j.validation.Named;
import org.dpa4j.validation.Parameter;

/**
 * One argument of a finding's message that differs between two versions: the breach deadline that
 * went from 48 to 72 hours, the list of offending destinations that gained "CN (Alibaba Cloud)".
 * The arguments are the finding's own ({@link Finding#getArguments()}), so a finding whose text is
 * only re-worded between releases has none.
 */
public final class ArgumentChange {
  private final String name;
  private final LocalizedText label;
  private final Optional<Object> oldValue;
  private final Optional<Object> newValue;
  private final Optional<Parameter<?>> parameter;
  private final String pointer;

  ArgumentChange(
      String name,
      LocalizedText label,
      Optional<Parameter<?>> parameter,
      Optional<Object> oldValue,
      Optional<Object> newValue,
      String pointer) {
    this.name = name;
    this.label = label;
    this.parameter = parameter;
    this.oldValue = oldValue;
    this.newValue = newValue;
    this.pointer = pointer;
  }

  /**
   * Returns the argument's name, as the finding's outcome declares it (such as {@code deadline} or
   * {@code destinations}).
   *
   * @return the name
   */
  public String getName() {
    return name;
  }

  /**
   * Returns the argument's name for people, in English and Dutch ("breach deadline",
   * "meldtermijn").
   *
   * @return the label
   */
  public LocalizedText getLabel() {
    return label;
  }

  /**
   * Returns the value in the old version's finding.
   *
   * @return the value (a {@code TimeLimit}, a {@code List} of names, ...), or empty when that
   *     finding lacks the argument
   */
  public Optional<Object> getOldValue() {
    return oldValue;
  }

  /**
   * Returns the value in the new version's finding.
   *
   * @return the value, or empty when that finding lacks the argument
   */
  public Optional<Object> getNewValue() {
    return newValue;
  }

  /**
   * Returns the elements of a list argument that the new version adds (a new offender).
   *
   * @return those elements, in the new version's order; empty for a single value
   */
  public List<Object> getAddedElements() {
    return difference(newValue, oldValue);
  }

  /**
   * Returns the elements of a list argument that the new version no longer has.
   *
   * @return those elements, in the old version's order; empty for a single value
   */
  public List<Object> getRemovedElements() {
    return difference(oldValue, newValue);
  }

  /**
   * Tells whether the new value is worse for the controller: a list (of offenders) gained an
   * element, or a single value moved the looser way by the classification table's rule for the
   * attribute the finding points at (a breach deadline of 72 instead of 48 hours; a liability cap
   * of a smaller amount). A list of offending places ({@link Destination}s) that lost some and
   * gained others is judged as a whole, as the agreement's lists of places are: not worse when that
   * judgement is stricter or neutral (a sub-processor without a transfer mechanism that moved from
   * China to the US), worse otherwise (from the US to China, or from India to China, where the term
   * itself is unknown but the finding names a new offender). Anything else (a list that only lost
   * elements, a value whose direction the table does not tell) is not worse.
   *
   * @return true when worse
   */
  public boolean isWorse() {
    if (isList(oldValue) || isList(newValue)) {
      List<Object> added = getAddedElements();
      List<Object> removed = getRemovedElements();
      if (!added.isEmpty() && !removed.isEmpty() && isPlaces(oldValue) && isPlaces(newValue)) {
        // Offending places replaced by others (a sub-processor without a transfer mechanism that
        // moved from China to the US) are judged as the agreement's lists of places are: as a
        // whole, by the worst place. Only a move that is surely no worse is not: a new offender
        // in a place of the same rank (India -> China) still is.
        Classification places =
            DiffTable.replacedPlaces(
                countries(oldValue), countries(newValue), countries(removed), countries(added));
        return places != Classification.STRICTER && places != Classification.NEUTRAL;
      }
      return !added.isEmpty();
    }
    return oldValue.isPresent()
        && newValue.isPresent()
        && DiffTable.get().argument(pointer, oldValue.get(), newValue.get())
            == Classification.LOOSER;
  }

  /**
   * Returns what changed, in English and Dutch: {@code meldtermijn: 48 uur -> 72 uur}, or for a
   * list what it gained and lost: {@code bestemmingen: toegevoegd "CN (Alibaba Cloud)"}.
   *
   * @return the description
   */
  public LocalizedText getMessage() {
    if (isList(oldValue) && isList(newValue)) {
      List<Object> parts = new ArrayList<>();
      List<Object> added = getAddedElements();
      List<Object> removed = getRemovedElements();
      if (!added.isEmpty()) {
        parts.add(
            LocalizedText.of("{0} {1}", "{0} {1}")
                .format(ChangeKind.ADDED.getLabel(), elements(added)));
      }
      if (!removed.isEmpty()) {
        parts.add(
            LocalizedText.of("{0} {1}", "{0} {1}")
                .format(ChangeKind.REMOVED.getLabel(), elements(removed)));
      }
      if (!parts.isEmpty()) {
        return LocalizedText.of("{0}: {1}", "{0}: {1}").format(label, Values.joined(parts, "; "));
      }
    }
    return LocalizedText.of("{0}: {1} -> {2}", "{0}: {1} -> {2}")
        .format(label, text(oldValue), text(newValue));
  }

  /**
   * A value as the finding's message shows it, by its parameter (a country by its name, a time
   * limit in words), or by the diff's renderer for an argument without one (a custom rule's).
   */
  private LocalizedText text(Optional<Object> value) {
    if (value.isEmpty()) {
      return Values.NONE;
    }
    return parameter.isPresent() ? parameter.get().format(value.get()) : Values.text(value.get());
  }

  /** Elements of a list argument, each as the finding's message shows it, joined by commas. */
  private LocalizedText elements(List<Object> elements) {
    if (parameter.isEmpty()) {
      return Values.text(elements);
    }
    List<Object> parts = new ArrayList<>();
    for (Object element : elements) {
      parts.add(parameter.get().format(List.of(element)));
    }
    return Values.joined(parts, ", ");
  }

  /**
   * Returns the description in a locale (Dutch for {@code nl}, English otherwise).
   *
   * @param locale the locale
   * @return the description
   */
  public String getMessage(Locale locale) {
    return getMessage().get(locale);
  }

  /** Tells whether a value is a list of places ({@link Destination}s). */
  private static boolean isPlaces(Optional<Object> value) {
    return isList(value)
        && ((Collection<?>) value.get()).stream().allMatch(Destination.class::isInstance);
  }

  /** The countries of a list of {@link Destination}s. */
  private static List<Object> countries(Optional<Object> places) {
    return countries((Collection<?>) places.get());
  }

  private static List<Object> countries(Collection<?> places) {
    return places.stream().map(p -> (Object) ((Destination) p).getCountry()).toList();
  }

  private static boolean isList(Optional<Object> value) {
    return value.isPresent() && value.get() instanceof Collection;
  }

  /** The elements of one list that the other lacks ({@link #pair}), counting duplicates. */
  private static List<Object> difference(Optional<Object> from, Optional<Object> without) {
    if (!isList(from) || !isList(without)) {
      return List.of();
    }
    List<?> elements = List.copyOf((Collection<?>) from.get());
    int[] partner = pair(elements, List.copyOf((Collection<?>) without.get()));
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < elements.size(); i++) {
      if (partner[i] < 0) {
        out.add(elements.get(i));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Pairs the elements of two versions of a list argument the way the agreement's list elements are
   * paired ({@link Walker#match}): the things a finding names ({@link Named}, such as offending
   * sub-processors) by the identity of what they name (a registration number, then the name, so a
   * renamed sub-processor with the same registration is the same offender); places ({@link
   * Destination}) so too, within one country, so the same company in another country is another
   * offender; other values when equal, in any order.
   *
   * @return for each element of {@code from} the index of its partner in {@code to}, or -1
   */
  static int[] pair(List<?> from, List<?> to) {
    int[] partner = new int[from.size()];
    Arrays.fill(partner, -1);
    Map<List<Object>, List<Integer>> toGroups = groups(to);
    groups(from)
        .forEach(
            (key, fromIndices) -> {
              List<Integer> toIndices = toGroups.getOrDefault(key, List.of());
              int[] paired =
                  pairGroup(
                      fromIndices.stream().<Object>map(from::get).toList(),
                      toIndices.stream().<Object>map(to::get).toList());
              for (int k = 0; k < paired.length; k++) {
                partner[fromIndices.get(k)] = paired[k] < 0 ? -1 : toIndices.get(paired[k]);
              }
            });
    return partner;
  }

  /**
   * The indices of a list's elements by what they may pair with: a place by its country and the
   * type of what names it, a named thing by that type, any other value with all other values.
   */
  private static Map<List<Object>, List<Integer>> groups(List<?> elements) {
    Map<List<Object>, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < elements.size(); i++) {
      Object element = elements.get(i);
      List<Object> key = new ArrayList<>(2);
      if (element instanceof Destination) {
        key.add(((Destination) element).getCountry());
      }
      entity(element).ifPresent(e -> key.add(typeKey(e)));
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
    return groups;
  }

  /** What a named thing or a place names, if the element is one. */
  private static Optional<Object> entity(Object element) {
    if (element instanceof Named) {
      return Optional.of(((Named<?>) element).getEntity());
    }
    if (element instanceof Destination) {
      return Optional.of(((Destination) element).getEntity());
    }
    return Optional.empty();
  }

  /** The model type of an entity, or its class when the model has no such type. */
  private static Object typeKey(Object entity) {
    ModelTypes.ObjectType type = ModelTypes.get().typeOf(entity);
    return type == null ? entity.getClass() : type.name();
  }

  /**
   * Pairs elements of one group: by the identity of what they name when the table gives its type
   * one (a custom rule may name anything), otherwise when equal.
   */
  private static int[] pairGroup(List<Object> from, List<Object> to) {
    Object any = from.isEmpty() ? null : from.get(0);
    Optional<Object> entity = any == null ? Optional.empty() : entity(any);
    ModelTypes.ObjectType type = entity.map(ModelTypes.get()::typeOf).orElse(null);
    if (type != null && DiffTable.get().identities().containsKey(type.name())) {
      return Walker.match(
          type,
          from.stream().map(e -> entity(e).orElseThrow()).toList(),
          to.stream().map(e -> entity(e).orElseThrow()).toList());
    }
    return Walker.match(null, from, to);
  }

  /**
   * Tells whether two values of an argument say the same: lists whose elements all pair ({@link
   * #pair}), other values when equal.
   */
  static boolean sameValue(Object a, Object b) {
    if (a instanceof Collection && b instanceof Collection) {
      List<?> from = List.copyOf((Collection<?>) a);
      List<?> to = List.copyOf((Collection<?>) b);
      return from.size() == to.size() && Arrays.stream(pair(from, to)).allMatch(j -> j >= 0);
    }
    return Objects.equals(a, b);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ArgumentChange
        && name.equals(((ArgumentChange) other).name)
        && oldValue.equals(((ArgumentChange) other).oldValue)
        && newValue.equals(((ArgumentChange) other).newValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, oldValue, newValue);
  }

  /** Returns the argument's name only: its values may be names an agreement writes. */
  @Override
  public String toString() {
    return "ArgumentChange[" + name + "]";
  }
}
