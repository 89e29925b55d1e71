package org.dpa4j.diff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
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
        parts.add(text(element));
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
    List<String> identity = DiffTable.get().identityOrNone(type);
    if (identity.isEmpty()) {
      summary(type, value).ifPresent(parts::add);
      return joined(parts, " ");
    }
    for (String name : identity) {
      ModelTypes.Attr attr = type.attribute(name).orElseThrow();
      Object part = unwrap(attr.get(value));
      if (!DiffTable.get().rule(attr).personal && part != null) {
        parts.add(text(part));
      }
    }
    return joined(parts, " ");
  }

  /**
   * Renders a value as the JSON form writes it, the same in every language: a string in quotes, a
   * code, a value type's text ({@code PT72H}); a model object as its type's Java name and identity
   * ({@code SubProcessor "Twilio Inc."}), or its first terms ({@code TransferTerms {policy
   * allowed_conditional}}). Personal data is left out.
   */
  static String jsonForm(Object value) {
    if (value instanceof String) {
      return "\"" + value + "\"";
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
  private static Optional<LocalizedText> summary(ModelTypes.ObjectType type, Object value) {
    List<Object> parts = new ArrayList<>();
    for (ModelTypes.Attr attr : summarised(type, value)) {
      parts.add(
          LocalizedText.of("{0}: {1}", "{0}: {1}")
              .format(Labels.get().attribute(attr), text(unwrap(attr.get(value)))));
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(joined(List.of("{", joined(parts, ", "), "}"), ""));
  }

  /** The attributes a summary shows: at most {@value #SUMMARY_TERMS}, in canonical order. */
  private static List<ModelTypes.Attr> summarised(ModelTypes.ObjectType type, Object value) {
    List<ModelTypes.Attr> shown = new ArrayList<>();
    for (ModelTypes.Attr attr : type.attributes) {
      if (shown.size() < SUMMARY_TERMS && isSummarised(attr) && unwrap(attr.get(value)) != null) {
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
    return !rule.personal
        && rule.kind != DiffTable.Kind.NEUTRAL
        && !attr.isMany()
        && attr.objectType() == null;
  }

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
    List<Object> key = new ArrayList<>(identity.size());
    for (String name : identity) {
      key.add(type.attribute(name).orElseThrow().get(element));
    }
    return key;
  }
}
