package org.dpa4j.diff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.value.CountryCode;
import org.dpa4j.model.value.Jurisdiction;
import org.dpa4j.model.value.Money;
import org.dpa4j.model.value.PartialDate;
import org.dpa4j.model.value.TimeLimit;

/**
 * How values of the model are shown: {@link #text(Object)} for people, in English and Dutch (the
 * one renderer every message of this module uses), and {@link #jsonForm(Object)} as the JSON form
 * writes them, for programs. Also the keys by which list elements match.
 */
final class Values {
  private Values() {}

  /** Shown instead of personal data, as the model's {@code toString()} does. */
  static LocalizedText redacted() {
    return Labels.get().word("redacted");
  }

  /** Shown for a value a version does not have. */
  static final LocalizedText NONE = LocalizedText.of("-", "-");

  /**
   * Renders a value for people, in English and Dutch: text of the agreement in quotes, a yes or no,
   * a text in both languages in the chosen one, a code by its label, a time limit in words ("72
   * uur"), an amount with grouped digits, a country or date by its name, a list element by its
   * type's name and identity ({@code subverwerker "Twilio Inc."}), any other model object by its
   * type's name and its first terms that bear on the processor. Personal data in identities and
   * summaries is left out.
   */
  static LocalizedText text(Object value) {
    return text(value, null);
  }

  /**
   * Renders a value as {@link #text(Object)}, where the value sits in an attribute of {@code
   * holder}: an identity that is a JSON Pointer relative to it (the duty a condition limits, the
   * term a blank leaves open) is named by the label of what it points at ("condition on audit
   * right").
   *
   * @param holder the type whose attribute holds the value, or null when not known
   */
  static LocalizedText text(Object value, ModelTypes.ObjectType holder) {
    if (value == null) {
      return NONE;
    }
    if (value instanceof LocalizedText) {
      // A finding's argument that is already in both languages, such as a limited duty.
      return (LocalizedText) value;
    }
    if (value instanceof String) {
      return same("\"" + value + "\"");
    }
    if (value instanceof Boolean) {
      return Labels.get().word((Boolean) value ? "yes" : "no");
    }
    if (value instanceof CodedEnum) {
      return ((CodedEnum) value).getLabel();
    }
    if (value instanceof TimeLimit) {
      return ((TimeLimit) value).toText();
    }
    if (value instanceof Money) {
      return ((Money) value).toText();
    }
    if (value instanceof CountryCode) {
      return ((CountryCode) value).toText();
    }
    if (value instanceof PartialDate) {
      return ((PartialDate) value).toText();
    }
    if (value instanceof Jurisdiction) {
      Jurisdiction jurisdiction = (Jurisdiction) value;
      LocalizedText country = jurisdiction.getCountry().toText();
      return jurisdiction.getSubdivision().isEmpty()
          ? country
          : LocalizedText.of("{0} ({1})", "{0} ({1})").format(country, jurisdiction);
    }
    if (value instanceof Collection) {
      List<Object> parts = new ArrayList<>();
      for (Object element : (Collection<?>) value) {
        parts.add(text(element, holder));
      }
      return joined(parts, ", ");
    }
    ModelTypes.ObjectType type = ModelTypes.get().typeOf(value);
    if (type == null) {
      // Registration numbers, VAT numbers, clause references: codes, the same in every language.
      return same(String.valueOf(value));
    }
    List<Object> parts = new ArrayList<>();
    parts.add(Labels.get().type(type));
    boolean named = false;
    for (String name : DiffTable.get().identityOrNone(type)) {
      ModelTypes.Attr attr = type.attribute(name).orElseThrow();
      Object part = unwrap(attr.get(value));
      if (part instanceof String && !DiffTable.get().rule(attr).personal) {
        parts.add(name((String) part, holder));
        named = true;
      }
    }
    // A named element shows the rest of its identity (what kind of condition); one that nothing
    // names (a liability cap, a security measure by its codes) its terms too (its amount).
    summary(type, value, named).ifPresent(parts::add);
    return joined(parts, " ");
  }

  /**
   * An identity that is text: a name in quotes, or a JSON Pointer (it starts with {@code /}) by the
   * label of the attribute or type it points at in the holder ("on audit right"), else in quotes.
   */
  private static LocalizedText name(String identity, ModelTypes.ObjectType holder) {
    if (holder != null && identity.startsWith("/")) {
      Optional<LocalizedText> label = pointerLabel(holder, identity);
      if (label.isPresent()) {
        return LocalizedText.of("{0} {1}", "{0} {1}").format(Labels.get().word("on"), label.get());
      }
    }
    return same("\"" + identity + "\"");
  }

  /** The label of what a pointer relative to a type names: its attribute's, else its type's. */
  private static Optional<LocalizedText> pointerLabel(
      ModelTypes.ObjectType holder, String pointer) {
    ModelTypes.ObjectType type = holder;
    ModelTypes.Attr attr = null;
    String[] segments = pointer.substring(1).split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      if (type == null) {
        return Optional.empty();
      }
      Optional<ModelTypes.Attr> next = type.attribute(segments[i]);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      attr = next.get();
      i += attr.isMany() && i + 1 < segments.length ? 1 : 0;
      type = attr.objectType();
    }
    if (attr == null) {
      return Optional.empty();
    }
    Optional<LocalizedText> own = Labels.get().find(attr.key());
    return own.isPresent() || type == null ? own : Optional.of(Labels.get().type(type));
  }

  /**
   * Renders a value as the JSON form writes it, the same in every language: a string in quotes, a
   * code, a value type's text ({@code PT72H}); a model object as its type's Java name and identity
   * ({@code SubProcessor "Twilio Inc."}), or its first terms ({@code TransferTerms {policy
   * allowed_conditional}}); a list (the open terms one value fills) as its elements in brackets
   * ({@code [Blank "/controller/contacts/0/name", Blank "/controller/contacts/0/position"]}).
   * Personal data is left out.
   */
  static String jsonForm(Object value) {
    if (value instanceof String) {
      return "\"" + value + "\"";
    }
    if (value instanceof Collection) {
      // The open terms one value fills: each in its form, in brackets.
      List<String> parts = new ArrayList<>();
      ((Collection<?>) value).forEach(element -> parts.add(jsonForm(element)));
      return "[" + String.join(", ", parts) + "]";
    }
    if (value instanceof CodedEnum) {
      return ((CodedEnum) value).getCode();
    }
    ModelTypes.ObjectType type = ModelTypes.get().typeOf(value);
    if (type == null) {
      return String.valueOf(value);
    }
    List<String> identity = DiffTable.get().identityOrNone(type);
    List<String> parts = new ArrayList<>();
    if (identity.isEmpty()) {
      for (ModelTypes.Attr attr : summarised(type, value)) {
        parts.add(attr.name + " " + jsonForm(unwrap(attr.get(value))));
      }
      return type.name() + (parts.isEmpty() ? "" : " {" + String.join(", ", parts) + "}");
    }
    for (String name : identity) {
      ModelTypes.Attr attr = type.attribute(name).orElseThrow();
      Object part = unwrap(attr.get(value));
      if (!DiffTable.get().rule(attr).personal && part != null) {
        parts.add(jsonForm(part));
      }
    }
    return parts.isEmpty() ? type.name() : type.name() + " " + String.join(" ", parts);
  }

  /**
   * Summarises a model object without identity (a deadline, a removed section) by its first few
   * terms that bear on the processor and are plain values: {@code {termijn: 72 uur, aanvang:
   * bewustwording}}; wording, clauses, personal data and nested objects are left out.
   */
  private static Optional<LocalizedText> summary(
      ModelTypes.ObjectType type, Object value, boolean identityOnly) {
    List<Object> parts = new ArrayList<>();
    List<String> identity = DiffTable.get().identityOrNone(type);
    for (ModelTypes.Attr attr : summarised(type, value)) {
      if (identityOnly && !identity.contains(attr.name)) {
        continue;
      }
      parts.add(
          LocalizedText.of("{0}: {1}", "{0}: {1}")
              .format(Labels.get().attribute(attr), text(unwrap(attr.get(value)))));
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(joined(List.of("{", joined(parts, ", "), "}"), ""));
  }

  /**
   * The attributes a summary shows: at most {@value #SUMMARY_TERMS}, the element's identity first
   * (what kind of liability cap), then the others in canonical order (its amount).
   */
  private static List<ModelTypes.Attr> summarised(ModelTypes.ObjectType type, Object value) {
    List<ModelTypes.Attr> shown = new ArrayList<>();
    List<ModelTypes.Attr> order = new ArrayList<>();
    for (String name : DiffTable.get().identityOrNone(type)) {
      ModelTypes.Attr attr = type.attribute(name).orElseThrow();
      if (isSummarised(attr)) {
        order.add(attr);
      }
    }
    for (ModelTypes.Attr attr : type.attributes) {
      if (!order.contains(attr)) {
        order.add(attr);
      }
    }
    for (ModelTypes.Attr attr : order) {
      Object term = unwrap(attr.get(value));
      if (shown.size() < SUMMARY_TERMS && isSummarised(attr) && term != null && !notStated(term)) {
        shown.add(attr);
      }
    }
    return shown;
  }

  /**
   * Tells whether a summary can show an attribute: a single plain value (not a list, not a model
   * object) that bears on the processor and is not personal data. Such an attribute needs a label.
   */
  static boolean isSummarised(ModelTypes.Attr attr) {
    DiffTable.Rule rule = DiffTable.get().rule(attr);
    boolean identity = DiffTable.get().identityOrNone(attr.owner).contains(attr.name);
    return !rule.personal
        && (rule.kind != DiffTable.Kind.NEUTRAL || (identity && attr.valueClass != String.class))
        && !attr.isMany()
        && attr.objectType() == null;
  }

  /**
   * Tells whether a value is a code for a term the text does not state (the model's {@code
   * NOT_STATED} constants): a summary leaves it out, as it does an empty optional.
   */
  private static boolean notStated(Object value) {
    return value instanceof Enum && ((Enum<?>) value).name().equals(NOT_STATED);
  }

  /** The name of the model's code for "not stated", in every enum that has one. */
  private static final String NOT_STATED = "NOT_STATED";

  /** How many terms a summary shows. */
  private static final int SUMMARY_TERMS = 4;

  private static LocalizedText same(String text) {
    return LocalizedText.of(text, text);
  }

  /** Joins texts (or plain strings) with a separator, each in its language. */
  static LocalizedText joined(List<?> parts, String separator) {
    StringBuilder english = new StringBuilder();
    StringBuilder dutch = new StringBuilder();
    for (Object part : parts) {
      if (english.length() > 0 || dutch.length() > 0) {
        english.append(separator);
        dutch.append(separator);
      }
      LocalizedText text = part instanceof LocalizedText ? (LocalizedText) part : same("" + part);
      english.append(text.getEnglish());
      dutch.append(text.getDutch());
    }
    return LocalizedText.of(english.toString(), dutch.toString());
  }

  /** Returns the value of an optional, or null when empty; any other value as it is. */
  static Object unwrap(Object value) {
    if (value instanceof Optional) {
      return ((Optional<?>) value).orElse(null);
    }
    return value;
  }

  /**
   * Returns the keys that tell surely which entity an element is (see {@link
   * DiffTable#sameEntity}): each value of its same-entity attributes, a list element by its own
   * identity (a registration by scheme and number), tagged with the attribute's name. Two elements
   * that share a key are the same entity.
   *
   * @return the keys; empty when the element has none (or its type has no such attributes)
   */
  static Set<Object> entityKeys(ModelTypes.ObjectType type, Object element) {
    Set<Object> keys = new HashSet<>();
    if (type == null) {
      return keys;
    }
    for (String name : DiffTable.get().sameEntity(type)) {
      ModelTypes.Attr attr = type.attribute(name).orElseThrow();
      Object value = unwrap(attr.get(element));
      Collection<?> values =
          value instanceof Collection
              ? (Collection<?>) value
              : value == null ? List.of() : List.of(value);
      for (Object v : values) {
        keys.add(List.of(name, identityKey(attr.objectType(), v)));
      }
    }
    return keys;
  }

  /**
   * Returns the key by which an element of a list is matched with an element of the other version:
   * the values of its identity attributes, or the element itself when it has none.
   */
  static Object identityKey(ModelTypes.ObjectType type, Object element) {
    if (type == null) {
      return element;
    }
    List<String> identity = DiffTable.get().identity(type);
    if (identity.isEmpty()) {
      return element;
    }
    return key(type, identity, element, true);
  }

  /**
   * Returns the key of an element by the attributes of its identity that are neither personal data
   * nor a place (a contact by its kind, not its name; a transfer destination by its recipient, not
   * its country), for the types whose identity has personal data or a place.
   */
  static Object publicIdentityKey(ModelTypes.ObjectType type, Object element) {
    return key(type, DiffTable.get().identity(type), element, false);
  }

  private static List<Object> key(
      ModelTypes.ObjectType type, List<String> identity, Object element, boolean personal) {
    List<Object> key = new ArrayList<>(identity.size());
    for (String name : identity) {
      ModelTypes.Attr attr = type.attribute(name).orElseThrow();
      if (personal
          || !DiffTable.get().rule(attr).personal && !DiffTable.get().isPlace(type, name)) {
        key.add(attr.get(element));
      }
    }
    return key;
  }
}
