package org.dpa4j.model.value;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.dpa4j.model.Excerpt;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.ModelProblemCode;
import org.dpa4j.model.TextSyntax;

/**
 * A registration number of the Dutch Chamber of Commerce (Kamer van Koophandel): exactly 8 digits,
 * leading zeros kept ({@code 02066541}).
 */
public final class KvkNumber {
  /** The text form: exactly 8 digits. The JSON Schema publishes it. */
  public static final String PATTERN = "^[0-9]{8}" + TextSyntax.END;

  /** Texts that {@link #PATTERN} accepts, for documentation. */
  public static final List<String> EXAMPLES = List.of("37130161", "02066541");

  // Compiled once: String.matches compiles its pattern on every call.
  private static final Pattern EIGHT_DIGITS = Pattern.compile(PATTERN);

  private final String digits;

  private KvkNumber(String digits) {
    this.digits = digits;
  }

  /**
   * Creates a KvK number.
   *
   * @param digits exactly 8 digits
   * @return the number
   * @throws org.dpa4j.model.DpaModelException for any other text
   */
  public static KvkNumber of(String digits) {
    Objects.requireNonNull(digits, "digits");
    if (!EIGHT_DIGITS.matcher(digits).matches()) {
      throw ModelProblemCode.SYNTAX.exception(
          "",
          Excerpt.of(digits),
          LocalizedText.of("KvK number", "KvK-nummer"),
          LocalizedText.of("expected exactly 8 digits", "verwacht precies 8 cijfers"));
    }
    return new KvkNumber(digits);
  }

  /**
   * Parses the text form; the same as {@link #of(String)}.
   *
   * @param text the digits
   * @return the number
   */
  public static KvkNumber parse(CharSequence text) {
    return of(text.toString());
  }

  /**
   * Returns the 8 digits.
   *
   * @return the digits
   */
  public String getDigits() {
    return digits;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof KvkNumber && digits.equals(((KvkNumber) other).digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /** Returns the 8 digits. */
  @Override
  public String toString() {
    return digits;
  }
}
