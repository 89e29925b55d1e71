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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.dpa4j.model.CodedEnum;
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

    /** Codes the rule does not judge (no safeguard at all): a change of them is unknown. */
    final List<String> except;

    Rule(
        Kind kind,
        List<String> order,
        Classification absent,
        boolean personal,
        List<String> except) {
      this.kind = kind;
      this.order = order;
      this.absent = absent;
      this.personal = personal;
      this.except = except;
    }
  }

  private static final DiffTable INSTANCE = load();

  private final Map<String, Rule> rules;
  private final Map<String, List<String>> identities;

  private DiffTable(Map<String, Rule> rules, Map<String, List<String>> identities) {
    this.rules = rules;
    this.identities = identities;
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
        Boolean wasInside = insideEea(before);
        Boolean isInside = insideEea(after);
        if (wasInside == null || isInside == null) {
          return Classification.UNKNOWN;
        }
        if (wasInside.equals(isInside)) {
          return wasInside ? Classification.NEUTRAL : Classification.UNKNOWN;
        }
        return isInside ? Classification.STRICTER : Classification.LOOSER;
      default:
        return Classification.UNKNOWN;
    }
  }

  /** Classifies an optional value that one version has and the other lacks. */
  Classification presence(ModelTypes.Attr attribute, boolean added) {
    Rule rule = rule(attribute);
    Classification removed =
        rule.absent != null
            ? rule.absent
            : rule.kind == Kind.NEUTRAL ? Classification.NEUTRAL : Classification.UNKNOWN;
    return added ? removed.mirror() : removed;
  }

  /** Classifies an element that one version's list or set has and the other's lacks. */
  Classification element(ModelTypes.Attr attribute, Object element, boolean added) {
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
        Boolean inside = insideEea(element);
        onAdding =
            inside == null
                ? Classification.UNKNOWN
                : inside ? Classification.NEUTRAL : Classification.LOOSER;
        break;
      default:
        onAdding = Classification.UNKNOWN;
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

  /** Tells whether a country (or a jurisdiction's country) lies in the EEA; null for others. */
  static Boolean insideEea(Object value) {
    if (value instanceof Jurisdiction) {
      return ((Jurisdiction) value).isWithinEea();
    }
    if (value instanceof CountryCode) {
      return ((CountryCode) value).isWithin(CountryCode.EEA);
    }
    return null;
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
    for (String key : new java.util.TreeSet<>(properties.stringPropertyNames())) {
      String value = properties.getProperty(key).strip();
      if (key.endsWith(IDENTITY)) {
        String type = key.substring(0, key.length() - IDENTITY.length());
        identities.put(
            type, value.equals("value") ? List.of() : List.copyOf(Arrays.asList(value.split(","))));
      } else {
        rules.put(key, parse(key, value));
      }
    }
    return new DiffTable(rules, identities);
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
    List<String> except = List.of();
    List<String> rest = new ArrayList<>(Arrays.asList(words).subList(1, words.length));
    for (String word : rest) {
      if (word.equals("personal")) {
        personal = true;
      } else if (word.startsWith("except=")) {
        except = List.copyOf(Arrays.asList(word.substring(7).split(",")));
      } else if (word.startsWith("absent=")) {
        absent = Classification.valueOf(word.substring(7).toUpperCase(Locale.ROOT));
      } else {
        throw new IllegalStateException(key + ": unknown word " + word);
      }
    }
    return new Rule(kind, order, absent, personal, except);
  }
}
