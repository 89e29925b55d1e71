package org.dpa4j.diff;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.value.AdequacyDecision;
import org.dpa4j.model.value.CountryCode;
import org.dpa4j.model.value.Jurisdiction;
import org.dpa4j.model.value.Money;
import org.dpa4j.model.value.TimeLimit;

/**
 * The classification table ({@code classification.properties} next to this class): per model
 * attribute how a change bears on the processor, whether its value is personal data, and per list
 * element type how elements are matched between versions. Nothing else in this module knows an
 * attribute by name.
 */
final class DiffTable {
  private static final String RESOURCE = "classification.properties";
  private static final String IDENTITY = "#identity";
  private static final String SAME_ENTITY = "#sameEntity";

  /** The kinds of rule; see the resource's header. */
  enum Kind {
    NEUTRAL,
    UNKNOWN,
    TRUE_STRICTER,
    TRUE_LOOSER,
    MORE_STRICTER,
    MORE_LOOSER,
    ORDER,
    EEA
  }

  /** One attribute's entry. */
  static final class Rule {
    final Kind kind;
    final List<String> order;
    final Classification absent;
    final boolean personal;

    /**
     * Whether the attribute is a transfer safeguard (mechanisms) for the places of the term that
     * holds it: its changes name that term's third countries.
     */
    final boolean safeguard;

    /** Codes the rule does not judge (no safeguard at all): a change of them is unknown. */
    final List<String> except;

    Rule(
        Kind kind,
        List<String> order,
        Classification absent,
        boolean personal,
        boolean safeguard,
        List<String> except) {
      this.kind = kind;
      this.order = order;
      this.absent = absent;
      this.personal = personal;
      this.safeguard = safeguard;
      this.except = except;
    }
  }

  private static final DiffTable INSTANCE = load();

  private final Map<String, Rule> rules;
  private final Map<String, List<String>> identities;
  private final Map<String, List<String>> sameEntities;

  private DiffTable(
      Map<String, Rule> rules,
      Map<String, List<String>> identities,
      Map<String, List<String>> sameEntities) {
    this.rules = rules;
    this.identities = identities;
    this.sameEntities = sameEntities;
  }

  static DiffTable get() {
    return INSTANCE;
  }

  /** The keys of the table ({@code Type.attribute}), for the test that holds it to the model. */
  Map<String, Rule> rules() {
    return Collections.unmodifiableMap(rules);
  }

  /** The identities by type name, for the test that holds them to the model. */
  Map<String, List<String>> identities() {
    return Collections.unmodifiableMap(identities);
  }

  Rule rule(ModelTypes.Attr attribute) {
    Rule rule = rules.get(attribute.key());
    if (rule == null) {
      throw new IllegalStateException("the classification table lacks " + attribute.key());
    }
    return rule;
  }

  /**
   * Returns the attributes that identify an element of a list of this type, or an empty list when
   * only equal elements match.
   */
  List<String> identity(ModelTypes.ObjectType type) {
    List<String> identity = identities.get(type.name());
    if (identity == null) {
      throw new IllegalStateException("the classification table lacks " + type.name() + IDENTITY);
    }
    return identity;
  }

  /**
   * Tells whether the identity of a list element type has personal data (a contact's name): such
   * elements that no identity matches are matched by the rest of their identity, since a change of
   * the personal part is one redacted change, not another element.
   */
  boolean hasPersonalIdentity(ModelTypes.ObjectType type) {
    return identityOrNone(type).stream()
        .anyMatch(name -> rule(type.attribute(name).orElseThrow()).personal);
  }

  /**
   * Tells whether the identity of a list element type has a place (an {@code eea} attribute, such
   * as a transfer destination's country): such elements that no identity matches are matched by the
   * rest of their identity, since a move is one changed place, not another element.
   */
  boolean hasPlaceIdentity(ModelTypes.ObjectType type) {
    return identityOrNone(type).stream().anyMatch(name -> isPlace(type, name));
  }

  /** Tells whether an attribute of an identity is one place ({@code eea}, not a list). */
  boolean isPlace(ModelTypes.ObjectType type, String name) {
    ModelTypes.Attr attr = type.attribute(name).orElseThrow();
    return rule(attr).kind == Kind.EEA && !attr.isMany();
  }

  /**
   * Returns the attributes that tell surely whether two elements of this type are the same entity
   * (a party's registration numbers): where both elements have a value for them, they decide, and
   * the identity does not (a renamed party with the same registration is the same party; two of one
   * name with different registrations are two). Empty for a type that has none.
   */
  List<String> sameEntity(ModelTypes.ObjectType type) {
    return sameEntities.getOrDefault(type.name(), List.of());
  }

  /** The same-entity attributes by type name, for the test that holds them to the model. */
  Map<String, List<String>> sameEntities() {
    return Collections.unmodifiableMap(sameEntities);
  }

  /**
   * Returns the attributes that identify a model object of this type, or an empty list for a type
   * that is no list element or matches only equal elements.
   */
  List<String> identityOrNone(ModelTypes.ObjectType type) {
    return identities.getOrDefault(type.name(), List.of());
  }

  /** Classifies a value that both versions have and that differs. */
  Classification changed(ModelTypes.Attr attribute, Object before, Object after) {
    Rule rule = rule(attribute);
    switch (rule.kind) {
      case NEUTRAL:
        return Classification.NEUTRAL;
      case TRUE_STRICTER:
      case TRUE_LOOSER:
        if (!(before instanceof Boolean) || !(after instanceof Boolean)) {
          return Classification.UNKNOWN;
        }
        boolean tighter = ((Boolean) after) != (rule.kind == Kind.TRUE_LOOSER);
        return tighter ? Classification.STRICTER : Classification.LOOSER;
      case MORE_STRICTER:
      case MORE_LOOSER:
        int sign = compare(before, after);
        if (sign == Integer.MIN_VALUE) {
          return Classification.UNKNOWN;
        }
        if (sign == 0) {
          return Classification.NEUTRAL;
        }
        return (sign < 0) == (rule.kind == Kind.MORE_STRICTER)
            ? Classification.STRICTER
            : Classification.LOOSER;
      case ORDER:
        int from = codeIndex(rule, before);
        int to = codeIndex(rule, after);
        if (from < 0 || to < 0) {
          return Classification.UNKNOWN;
        }
        return to < from ? Classification.STRICTER : Classification.LOOSER;
      case EEA:
        return comparePlaces(place(before), place(after));
      default:
        return Classification.UNKNOWN;
    }
  }

  /**
   * Tells whether the rule of a list attribute judges its elements one by one (an added element is
   * stricter, looser or named as a third country), so that an element replaced by another is a
   * removal and an addition; a neutral or unknown list's replaced value is one change.
   */
  boolean judgesElements(ModelTypes.Attr attribute) {
    Kind kind = rule(attribute).kind;
    return kind != Kind.NEUTRAL && kind != Kind.UNKNOWN;
  }

  /**
   * Classifies a finding's argument that moved (a deadline, an amount, a count) by the rule of the
   * attribute the finding points at (see {@link ModelTypes#attributeAt}), with the same ordering as
   * a change of that term: a breach deadline of 72 instead of 48 hours is looser.
   *
   * @return the classification; unknown when the pointer names no attribute of the value's type
   */
  Classification argument(String pointer, Object before, Object after) {
    return ModelTypes.get()
        .attributeAt(pointer, after.getClass())
        .filter(attr -> before.getClass() == after.getClass())
        .map(attr -> changed(attr, before, after))
        .orElse(Classification.UNKNOWN);
  }

  /**
   * Classifies an optional value that one version has and the other lacks.
   *
   * @param value the value that one version has
   * @param added whether the new version has it
   */
  Classification presence(ModelTypes.Attr attribute, Object value, boolean added) {
    Rule rule = rule(attribute);
    if (rule.kind == Kind.EEA) {
      return appearing(place(value), true, added);
    }
    Classification removed =
        rule.absent != null
            ? rule.absent
            : rule.kind == Kind.NEUTRAL ? Classification.NEUTRAL : Classification.UNKNOWN;
    return added ? removed.mirror() : removed;
  }

  /**
   * Classifies an element that one version's list or set has and the other's lacks.
   *
   * @param element the element
   * @param added whether the new version has it
   * @param other the list of the version that lacks the element
   */
  Classification element(
      ModelTypes.Attr attribute, Object element, boolean added, Collection<?> other) {
    Rule rule = rule(attribute);
    if (element instanceof CodedEnum && rule.except.contains(((CodedEnum) element).getCode())) {
      return Classification.UNKNOWN;
    }
    Classification onAdding;
    switch (rule.kind) {
      case NEUTRAL:
        onAdding = Classification.NEUTRAL;
        break;
      case MORE_STRICTER:
        onAdding = Classification.STRICTER;
        break;
      case MORE_LOOSER:
        onAdding = Classification.LOOSER;
        break;
      case EEA:
        return appearing(place(element), !hasPlaceInEea(other), added);
      default:
        onAdding = Classification.UNKNOWN;
    }
    return added ? onAdding : onAdding.mirror();
  }

  /**
   * Classifies a list of places (a rule of kind {@code eea}) in which the new version replaces some
   * places by others ({@code [CN] -> [US]}), as a whole, the way a lawyer reads it: by its worst
   * place, and by whether it still has a place in the EEA. The worst place moving towards the EEA
   * is stricter and away from it looser (as for one country: CN to US stricter, CH to JP looser);
   * the last place in the EEA replaced is looser and a first one stricter; when the two point
   * different ways the change is unknown. When neither moves, the replaced places are compared,
   * worst with worst, as one country changed (US to JP unknown, DE to FR neutral). Every element
   * added or removed in the replacement gets this one classification, so that a move to a better
   * place does not read as a looser addition.
   *
   * @param before the old version's list
   * @param after the new version's list
   * @param removed the elements of the old list that the new lacks
   * @param added the elements of the new list that the old lacks
   * @return the classification; empty when the rule is not {@code eea} or the list only gains or
   *     only loses places, which {@link #element} judges one by one
   */
  Optional<Classification> replacedPlaces(
      ModelTypes.Attr attribute,
      Collection<?> before,
      Collection<?> after,
      List<?> removed,
      List<?> added) {
    if (removed.isEmpty() || added.isEmpty()) {
      return Optional.empty();
    }
    if (rule(attribute).kind == Kind.EEA) {
      return Optional.of(replacedPlaces(before, after, removed, added));
    }
    // A list of things whose identity includes where they are (a transfer destination: country
    // and recipient): one that moves is removed and added, so the list is judged by its places.
    ModelTypes.ObjectType element = attribute.objectType();
    if (element == null) {
      return Optional.empty();
    }
    for (String name : identityOrNone(element)) {
      Optional<ModelTypes.Attr> place = element.attribute(name);
      if (place.isPresent() && isPlace(element, name)) {
        Function<Collection<?>, List<Object>> places =
            list -> list.stream().map(e -> place.get().get(e)).toList();
        return Optional.of(
            replacedPlaces(
                places.apply(before),
                places.apply(after),
                places.apply(removed),
                places.apply(added)));
      }
    }
    return Optional.empty();
  }

  /**
   * Judges a list of places in which some were replaced by others, as a whole ({@link
   * #replacedPlaces(ModelTypes.Attr, Collection, Collection, List, List)}): the places of both
   * versions, and those removed and added (none of them empty). A finding's list of offending
   * places is judged so too ({@link ArgumentChange#isWorse()}).
   */
  static Classification replacedPlaces(
      Collection<?> before, Collection<?> after, Collection<?> removed, Collection<?> added) {
    Integer worstBefore = worst(before);
    Integer worstAfter = worst(after);
    if (worstBefore == null || worstAfter == null) {
      return Classification.UNKNOWN;
    }
    int worst = Integer.signum(worstAfter - worstBefore);
    int inside = Boolean.compare(hasPlaceInEea(before), hasPlaceInEea(after));
    if (worst != 0 && inside != 0 && worst != inside) {
      return Classification.UNKNOWN;
    }
    int direction = worst != 0 ? worst : inside;
    if (direction != 0) {
      return direction > 0 ? Classification.LOOSER : Classification.STRICTER;
    }
    return comparePlaces(worst(removed), worst(added));
  }

  /** The worst place of a list of places ({@link #place}), or null when one is no place. */
  private static Integer worst(Collection<?> places) {
    int worst = IN_EEA;
    for (Object value : places) {
      Integer place = place(value);
      if (place == null) {
        return null;
      }
      worst = Math.max(worst, place);
    }
    return worst;
  }

  private static boolean hasPlaceInEea(Collection<?> places) {
    return places.stream().anyMatch(v -> Integer.valueOf(IN_EEA).equals(place(v)));
  }

  /** A place in the EEA (or the EU or EEA as a whole): the best for the controller. */
  static final int IN_EEA = 0;

  /** A country outside the EEA with an adequacy decision for the whole country (art. 45 GDPR). */
  static final int ADEQUATE = 1;

  /**
   * A country outside the EEA whose adequacy decision covers only part of its recipients ({@link
   * AdequacyDecision#isPartial()}: the US for certified recipients, Canada and Japan for a sector):
   * a recipient there may or may not be covered.
   */
  static final int PARTIALLY_ADEQUATE = 2;

  /** Any other country outside the EEA: no adequacy decision. */
  static final int THIRD_COUNTRY = 3;

  /**
   * Where a country (or a jurisdiction's country) puts processing, from best to worst for the
   * controller: {@link #IN_EEA}, {@link #ADEQUATE}, {@link #PARTIALLY_ADEQUATE}, {@link
   * #THIRD_COUNTRY}; null for any other value. The model's {@link AdequacyDecision} table says
   * which decisions there are and which are partial.
   */
  static Integer place(Object value) {
    CountryCode country =
        value instanceof Jurisdiction
            ? ((Jurisdiction) value).getCountry()
            : value instanceof CountryCode ? (CountryCode) value : null;
    if (country == null) {
      return null;
    }
    if (country.isWithin(CountryCode.EEA)) {
      return IN_EEA;
    }
    return AdequacyDecision.forCountry(country)
        .map(decision -> decision.isPartial() ? PARTIALLY_ADEQUATE : ADEQUATE)
        .orElse(THIRD_COUNTRY);
  }

  /**
   * Classifies a place that changed: towards the EEA stricter, away from it looser (a country with
   * a partial adequacy decision ranks between the whole-country decisions and no decision, so US ->
   * CN is looser); between two places in the EEA, or two countries adequate as a whole, neutral;
   * between two countries of partial or no adequacy unknown (which is worse depends on the
   * recipient and the mechanism, which the findings judge).
   */
  private static Classification comparePlaces(Integer from, Integer to) {
    if (from == null || to == null) {
      return Classification.UNKNOWN;
    }
    if (from.equals(to)) {
      return from > ADEQUATE ? Classification.UNKNOWN : Classification.NEUTRAL;
    }
    return to < from ? Classification.STRICTER : Classification.LOOSER;
  }

  /**
   * Classifies a place that one version states and the other does not: a place outside the EEA that
   * appears is looser (processing there is now stated); one in the EEA that appears is stricter
   * when the version without it named no place in the EEA (processing is now promised in the EEA,
   * where before it could be anywhere), else neutral. A place that disappears is the mirror image:
   * the last place in the EEA removed is looser.
   */
  private static Classification appearing(Integer place, boolean noneInside, boolean added) {
    Classification onAdding;
    if (place == null) {
      onAdding = Classification.UNKNOWN;
    } else if (place != IN_EEA) {
      onAdding = Classification.LOOSER;
    } else {
      onAdding = noneInside ? Classification.STRICTER : Classification.NEUTRAL;
    }
    return added ? onAdding : onAdding.mirror();
  }

  /**
   * Compares two values by size: time limits by their worst case, amounts only within one currency.
   * Returns {@code Integer.MIN_VALUE} when they cannot be compared.
   */
  private static int compare(Object before, Object after) {
    if (before instanceof Integer && after instanceof Integer) {
      return Integer.signum(Integer.compare((Integer) before, (Integer) after));
    }
    if (before instanceof TimeLimit && after instanceof TimeLimit) {
      Duration a = ((TimeLimit) before).toMaximumDuration();
      Duration b = ((TimeLimit) after).toMaximumDuration();
      return Integer.signum(a.compareTo(b));
    }
    if (before instanceof Money && after instanceof Money) {
      Money a = (Money) before;
      Money b = (Money) after;
      if (!a.getCurrency().equals(b.getCurrency())) {
        return Integer.MIN_VALUE;
      }
      BigDecimal x = a.getAmount();
      return Integer.signum(x.compareTo(b.getAmount()));
    }
    return Integer.MIN_VALUE;
  }

  private static int codeIndex(Rule rule, Object value) {
    return value instanceof CodedEnum ? rule.order.indexOf(((CodedEnum) value).getCode()) : -1;
  }

  /** Reads a properties file of this package, in UTF-8 (the labels are Dutch too). */
  static Properties properties(String resource) {
    Properties properties = new Properties();
    try (InputStream in = DiffTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  private static DiffTable load() {
    Properties properties = properties(RESOURCE);
    Map<String, Rule> rules = new LinkedHashMap<>();
    Map<String, List<String>> identities = new LinkedHashMap<>();
    Map<String, List<String>> sameEntities = new LinkedHashMap<>();
    for (String key : new java.util.TreeSet<>(properties.stringPropertyNames())) {
      String value = properties.getProperty(key).strip();
      if (key.endsWith(IDENTITY)) {
        String type = key.substring(0, key.length() - IDENTITY.length());
        identities.put(
            type, value.equals("value") ? List.of() : List.copyOf(Arrays.asList(value.split(","))));
      } else if (key.endsWith(SAME_ENTITY)) {
        sameEntities.put(
            key.substring(0, key.length() - SAME_ENTITY.length()),
            List.copyOf(Arrays.asList(value.split(","))));
      } else {
        rules.put(key, parse(key, value));
      }
    }
    return new DiffTable(rules, identities, sameEntities);
  }

  static Rule parse(String key, String value) {
    String[] words = value.split("\\s+");
    Kind kind;
    List<String> order = List.of();
    if (words[0].startsWith("order:")) {
      kind = Kind.ORDER;
      order = List.copyOf(Arrays.asList(words[0].substring("order:".length()).split(">")));
    } else {
      try {
        kind = Kind.valueOf(words[0].toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(key + ": unknown rule " + words[0], e);
      }
    }
    Classification absent = null;
    boolean personal = false;
    boolean safeguard = false;
    List<String> except = List.of();
    List<String> rest = new ArrayList<>(Arrays.asList(words).subList(1, words.length));
    for (String word : rest) {
      if (word.equals("personal")) {
        personal = true;
      } else if (word.equals("safeguard")) {
        safeguard = true;
      } else if (word.startsWith("except=")) {
        except = List.copyOf(Arrays.asList(word.substring(7).split(",")));
      } else if (word.startsWith("absent=")) {
        absent = Classification.valueOf(word.substring(7).toUpperCase(Locale.ROOT));
      } else {
        throw new IllegalStateException(key + ": unknown word " + word);
      }
    }
    return new Rule(kind, order, absent, personal, safeguard, except);
  }
}
