package org.dpa4j.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A reference to a clause of the agreement as the agreement numbers it, such as {@code "7.1"},
 * {@code "Bijlage 3"} or {@code "preamble"}.
 *
 * <p>The text form is the reference itself: {@code ClauseRef.parse(ref.toString()).equals(ref)}.
 *
 * <p class="nl">Een verwijzing naar een artikel van de overeenkomst zoals de overeenkomst het
 * nummert, zoals "7.1", "Bijlage 3" of "preamble".
 */
public final class ClauseRef implements Comparable<ClauseRef> {
  /** The longest reference accepted, in characters. */
  public static final int MAX_LENGTH = 200;

  /**
   * The text form: 1 to {@value #MAX_LENGTH} characters (code points), no {@link TextSyntax#CONTROL
   * control character}, no {@link TextSyntax#WHITESPACE white space} at either end. {@link
   * #of(String)} accepts exactly the texts it matches; the JSON Schema publishes it.
   */
  public static final String PATTERN =
      "^(?=[^"
          + TextSyntax.CONTROL
          + "]{1,"
          + MAX_LENGTH
          + "}"
          + TextSyntax.END
          + ")[^"
          + TextSyntax.CONTROL
          + TextSyntax.WHITESPACE
          + "](?:[^"
          + TextSyntax.CONTROL
          + "]*[^"
          + TextSyntax.CONTROL
          + TextSyntax.WHITESPACE
          + "])?"
          + TextSyntax.END;

  /** Texts that {@link #PATTERN} accepts, for documentation. */
  public static final List<String> EXAMPLES = List.of("7.1", "Bijlage 3", "preamble");

  private static final Pattern WHOLE = Pattern.compile(PATTERN);

  private final String reference;

  private ClauseRef(String reference) {
    this.reference = reference;
  }

  /**
   * Creates a reference.
   *
   * @param reference the clause number or name as written, such as {@code "7.1"}
   * @return the reference
   * @throws DpaModelException when the text does not match {@link #PATTERN}: blank, longer than
   *     {@value #MAX_LENGTH} code points, has surrounding white space or a control character
   */
  public static ClauseRef of(String reference) {
    Objects.requireNonNull(reference, "reference");
    // The fast check answers as the pattern does (a test holds them together); the pattern decides.
    if (!TextSyntax.isTrimmedText(reference, MAX_LENGTH) && !WHOLE.matcher(reference).matches()) {
      // The pattern decides; reason() only names what is wrong.
      throw ModelProblemCode.SYNTAX.exception(
          "",
          Excerpt.of(reference),
          LocalizedText.of("clause reference", "artikelverwijzing"),
          reason(reference));
    }
    return new ClauseRef(reference);
  }

  private static LocalizedText reason(String reference) {
    if (TextSyntax.isBlank(reference)) {
      return LocalizedText.of("blank", "leeg");
    }
    if (reference.codePointCount(0, reference.length()) > MAX_LENGTH) {
      return LocalizedText.of(
          "longer than " + MAX_LENGTH + " characters", "langer dan " + MAX_LENGTH + " tekens");
    }
    if (hasControlCharacter(reference)) {
      return LocalizedText.of("control character", "stuurteken");
    }
    return LocalizedText.of("leading or trailing white space", "witruimte aan begin of eind");
  }

  private static boolean hasControlCharacter(String text) {
    // A loop, not text.chars(): this runs for every clause reference of every document read.
    for (int i = 0; i < text.length(); i++) {
      if (Character.isISOControl(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Parses the text form; the same as {@link #of(String)}.
   *
   * @param text the reference
   * @return the reference
   */
  public static ClauseRef parse(CharSequence text) {
    return of(text.toString());
  }

  /**
   * Returns the reference as written.
   *
   * @return the reference
   */
  public String getReference() {
    return reference;
  }

  /**
   * Orders references part by part (split at dots), numbers compared as numbers ({@code 2.10} after
   * {@code 2.9}) and before text; consistent with {@link #equals} and transitive.
   */
  @Override
  public int compareTo(ClauseRef other) {
    String[] a = reference.split("\\.");
    String[] b = other.reference.split("\\.");
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      int c = compareParts(a[i], b[i]);
      if (c != 0) {
        return c;
      }
    }
    int c = Integer.compare(a.length, b.length);
    // Last, the text itself: "1" and "01" are different references, so they must not compare
    // as equal (compareTo agrees with equals).
    return c != 0 ? c : reference.compareTo(other.reference);
  }

  /**
   * Orders two parts: numbers (up to 9 ASCII digits) before other text, numbers by value and then
   * as text ("01" before "1"), other text as text. One total order on parts, so the order of
   * references is transitive; mixing numeric and textual comparison per pair was not ("9" before
   * "10" before "1a" before "9").
   */
  private static int compareParts(String a, String b) {
    boolean numericA = isNumber(a);
    boolean numericB = isNumber(b);
    if (numericA && numericB) {
      int c = Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
      return c != 0 ? c : a.compareTo(b);
    }
    if (numericA != numericB) {
      return numericA ? -1 : 1;
    }
    return a.compareTo(b);
  }

  private static boolean isNumber(String part) {
    if (part.isEmpty() || part.length() > 9) {
      return false;
    }
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ClauseRef && reference.equals(((ClauseRef) other).reference);
  }

  @Override
  public int hashCode() {
    return reference.hashCode();
  }

  /** Returns the reference as written. */
  @Override
  public String toString() {
    return reference;
  }
}
