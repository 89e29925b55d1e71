package org.dpa4j.diff;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.dpa4j.model.ClauseRef;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.value.CountryCode;

/**
 * One change of a term between two versions of an agreement.
 *
 * <p>Pointers are RFC 6901 JSON Pointers into each version's JSON form, as {@code DpaJson} writes
 * it (the same pointers as findings): {@code /breachNotification/deadline/limit}, or {@code
 * /subProcessing/subProcessors/3} for a list element. A version that does not have the value (an
 * added or removed element or optional term) has no pointer. List elements are matched by identity
 * (a sub-processor by its name), so the pointers of the two versions may differ in their indices.
 *
 * <p>Values are the model's own: a {@code Boolean}, {@code Integer} or {@code String}, a coded
 * enum, a value type such as {@code TimeLimit}, {@code Money} or {@code CountryCode}, or for an
 * added or removed element or object the model object itself. Values that are personal data
 * (contact names, e-mail addresses, phone numbers, ...) are never part of {@link #toString()} or
 * {@link #getMessage()}.
 */
public final class Change {
  private final ChangeKind kind;
  private final String attribute;
  private final Optional<String> oldPointer;
  private final Optional<String> newPointer;
  private final Optional<Object> oldValue;
  private final Optional<Object> newValue;
  private final List<ClauseRef> oldClauses;
  private final List<ClauseRef> newClauses;
  private final Classification classification;
  private final List<CountryCode> thirdCountries;
  private final boolean personal;

  Change(
      ChangeKind kind,
      String attribute,
      Optional<String> oldPointer,
      Optional<String> newPointer,
      Optional<Object> oldValue,
      Optional<Object> newValue,
      List<ClauseRef> oldClauses,
      List<ClauseRef> newClauses,
      Classification classification,
      List<CountryCode> thirdCountries,
      boolean personal) {
    this.kind = kind;
    this.attribute = attribute;
    this.oldPointer = oldPointer;
    this.newPointer = newPointer;
    this.oldValue = oldValue;
    this.newValue = newValue;
    this.oldClauses = List.copyOf(oldClauses);
    this.newClauses = List.copyOf(newClauses);
    this.classification = classification;
    this.thirdCountries = List.copyOf(thirdCountries);
    this.personal = personal;
  }

  /**
   * Returns whether the term was added, removed or changed.
   *
   * @return the kind
   */
  public ChangeKind getKind() {
    return kind;
  }

  /**
   * Returns the model attribute that changed, as {@code Type.attribute} (the key of the
   * classification table), such as {@code SubProcessingTerms.subProcessors} or {@code
   * Deadline.limit}.
   *
   * @return the attribute
   */
  public String getAttribute() {
    return attribute;
  }

  /**
   * Returns the pointer of the value in the old version.
   *
   * @return the pointer, or empty when the old version lacks the value ({@link ChangeKind#ADDED})
   */
  public Optional<String> getOldPointer() {
    return oldPointer;
  }

  /**
   * Returns the pointer of the value in the new version.
   *
   * @return the pointer, or empty when the new version lacks the value ({@link ChangeKind#REMOVED})
   */
  public Optional<String> getNewPointer() {
    return newPointer;
  }

  /**
   * Returns the pointer of the new version if it has the value, else of the old version.
   *
   * @return a pointer
   */
  public String getPointer() {
    return newPointer.or(() -> oldPointer).orElse("");
  }

  /**
   * Returns the old value.
   *
   * @return the value, or empty for {@link ChangeKind#ADDED}
   */
  public Optional<Object> getOldValue() {
    return oldValue;
  }

  /**
   * Returns the new value.
   *
   * @return the value, or empty for {@link ChangeKind#REMOVED}
   */
  public Optional<Object> getNewValue() {
    return newValue;
  }

  /**
   * Returns the clauses of the old version the term comes from: those of the value itself, or of
   * the nearest enclosing term that has clause references.
   *
   * @return the clause references; empty when none are known
   */
  public List<ClauseRef> getOldClauses() {
    return oldClauses;
  }

  /**
   * Returns the clauses of the new version the term comes from, as {@link #getOldClauses()}.
   *
   * @return the clause references; empty when none are known
   */
  public List<ClauseRef> getNewClauses() {
    return newClauses;
  }

  /**
   * Returns what the change means for the processor, from the classification table.
   *
   * @return stricter, looser, neutral or unknown
   */
  public Classification getClassification() {
    return classification;
  }

  /**
   * Returns the countries outside the EEA that an added value brings in, or a removed one takes
   * out: the country of an added sub-processor or transfer destination, its processing locations,
   * an added hosting location.
   *
   * @return the countries, in the order found; empty for none
   */
  public List<CountryCode> getThirdCountries() {
    return thirdCountries;
  }

  /**
   * Tells whether the values are personal data, which are never printed.
   *
   * @return true for personal data
   */
  public boolean isPersonalData() {
    return personal;
  }

  /**
   * Returns the same change seen from the new version to the old one: pointers, values and clauses
   * swapped, added and removed swapped, stricter and looser swapped.
   *
   * @return the mirrored change
   */
  public Change mirror() {
    return new Change(
        kind.mirror(),
        attribute,
        newPointer,
        oldPointer,
        newValue,
        oldValue,
        newClauses,
        oldClauses,
        classification.mirror(),
        thirdCountries,
        personal);
  }

  /**
   * Returns a short description in English and Dutch: what was added or removed, or the old and the
   * new value, and the countries outside the EEA it concerns, every value and word in the text's
   * language ("toegevoegd: subverwerker \"Twilio Inc.\" (buiten de EER: Verenigde Staten)", "48 uur
   * -> 72 uur", "ja -> nee"). Personal data is shown as {@code <redacted>} ({@code <afgeschermd>}).
   *
   * @return the message
   */
  public LocalizedText getMessage() {
    LocalizedText text;
    switch (kind) {
      case ADDED:
        text = LocalizedText.of("{0}: {1}", "{0}: {1}").format(kind.getLabel(), text(newValue));
        break;
      case REMOVED:
        text = LocalizedText.of("{0}: {1}", "{0}: {1}").format(kind.getLabel(), text(oldValue));
        break;
      default:
        text = LocalizedText.of("{0} -> {1}", "{0} -> {1}").format(text(oldValue), text(newValue));
    }
    if (!thirdCountries.isEmpty()) {
      text =
          LocalizedText.of("{0} ({1}: {2})", "{0} ({1}: {2})")
              .format(text, Labels.get().word("outsideEea"), Values.text(thirdCountries));
    }
    return text;
  }

  /**
   * Returns the message in a locale (Dutch for {@code nl}, English otherwise).
   *
   * @param locale the locale
   * @return the message
   */
  public String getMessage(Locale locale) {
    return getMessage().get(locale);
  }

  /**
   * Returns the old value as text as the JSON form writes it, the same in every language (a string
   * in quotes, a code, a time limit or amount in its text form; an element as its type's name and
   * identity; an object without identity as its type's name and first terms), or {@code <redacted>}
   * for personal data. {@link #getMessage()} shows the value for people.
   *
   * @return the text, or empty for {@link ChangeKind#ADDED}
   */
  public Optional<String> getOldValueText() {
    return oldValue.map(v -> personal ? Values.redacted().getEnglish() : Values.jsonForm(v));
  }

  /**
   * Returns the new value as text, as {@link #getOldValueText()}.
   *
   * @return the text, or empty for {@link ChangeKind#REMOVED}
   */
  public Optional<String> getNewValueText() {
    return newValue.map(v -> personal ? Values.redacted().getEnglish() : Values.jsonForm(v));
  }

  private LocalizedText text(Optional<Object> value) {
    if (personal) {
      return Values.redacted();
    }
    ModelTypes.ObjectType holder =
        ModelTypes.get().type(attribute.substring(0, attribute.indexOf('.')));
    return value.map(v -> Values.text(v, holder)).orElse(Values.NONE);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Change)) {
      return false;
    }
    Change that = (Change) other;
    return kind == that.kind
        && attribute.equals(that.attribute)
        && oldPointer.equals(that.oldPointer)
        && newPointer.equals(that.newPointer)
        && oldValue.equals(that.oldValue)
        && newValue.equals(that.newValue)
        && oldClauses.equals(that.oldClauses)
        && newClauses.equals(that.newClauses)
        && classification == that.classification
        && thirdCountries.equals(that.thirdCountries)
        && personal == that.personal;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        kind, attribute, oldPointer, newPointer, oldValue, newValue, classification);
  }

  /** Returns {@code CLASSIFICATION KIND pointer: message}, in English, without personal data. */
  @Override
  public String toString() {
    return classification.name()
        + " "
        + kind.name()
        + " "
        + getPointer()
        + ": "
        + getMessage().getEnglish();
  }
}
