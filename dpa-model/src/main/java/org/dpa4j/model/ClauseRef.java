package org.dpa4j.model;

import java.util.Objects;

/**
 * A reference to a clause of the agreement as the agreement numbers it, such as {@code "7.1"},
 * {@code "Bijlage 3"} or {@code "preamble"}.
 *
 * <p>The text form is the reference itself: {@code ClauseRef.parse(ref.toString()).equals(ref)}.
 */
public final class ClauseRef implements Comparable<ClauseRef> {
  /** The longest reference accepted, in characters. */
  public static final int MAX_LENGTH = 200;

  private final String reference;

  private ClauseRef(String reference) {
    this.reference = reference;
  }

  /**
   * Creates a reference.
   *
   * @param reference the clause number or name as written, such as {@code "7.1"}
   * @return the reference
   * @throws DpaModelException when the text is blank, longer than {@value #MAX_LENGTH}, has
   *     surrounding white space or a control character
   */
  public static ClauseRef of(String reference) {
    Objects.requireNonNull(reference, "reference");
    LocalizedText reason = null;
    if (reference.isBlank()) {
      reason = LocalizedText.of("blank", "leeg");
    } else if (reference.length() > MAX_LENGTH) {
      reason =
          LocalizedText.of(
              "longer than " + MAX_LENGTH + " characters", "langer dan " + MAX_LENGTH + " tekens");
    } else if (!reference.strip().equals(reference)) {
      reason = LocalizedText.of("leading or trailing white space", "witruimte aan begin of eind");
    } else if (hasControlCharacter(reference)) {
      reason = LocalizedText.of("control character", "stuurteken");
    }
    if (reason != null) {
      throw ModelProblemCode.SYNTAX.exception(
          "",
          Excerpt.of(reference),
          LocalizedText.of("clause reference", "artikelverwijzing"),
          reason);
    }
    return new ClauseRef(reference);
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
   * Orders references by their text, numbers compared as numbers ({@code 2.10} after {@code 2.9}).
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
    return a.length != b.length ? Integer.compare(a.length, b.length) : 0;
  }

  private static int compareParts(String a, String b) {
    boolean numeric = a.matches("\\d{1,9}") && b.matches("\\d{1,9}");
    return numeric ? Integer.compare(Integer.parseInt(a), Integer.parseInt(b)) : a.compareTo(b);
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
