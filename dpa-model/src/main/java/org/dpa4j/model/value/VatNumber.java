package org.dpa4j.model.value;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.dpa4j.model.Excerpt;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.ModelProblemCode;
import org.dpa4j.model.TextSyntax;

/**
 * A VAT identification number, kept as written ({@code NL1041.63.252.B01}) and comparable in its
 * normalised form ({@code NL104163252B01}).
 *
 * <p>Normalising removes spaces, dots and hyphens. A normalised number starts with a two-letter
 * country prefix followed by 2 to 12 letters or digits; a Dutch number ({@code NL}) has the Dutch
 * form: 9 digits, {@code B}, 2 digits. Equality uses the normalised form.
 *
 * <p class="nl">Een btw-identificatienummer, bewaard zoals geschreven (NL1041.63.252.B01) en
 * vergelijkbaar in zijn genormaliseerde vorm (NL104163252B01).
 */
public final class VatNumber {
  // Compiled once: String.matches compiles its pattern on every call.
  private static final Pattern SEPARATORS = Pattern.compile("[ .\\-]");

  private static final String SEPARATOR = "[ .-]*";

  /**
   * The text form: at most 30 characters without surrounding spaces which, once spaces, dots and
   * hyphens are removed, are a two-letter country prefix and 2 to 12 upper-case letters, digits,
   * {@code +} or {@code *}; and for the prefix {@code NL}, 9 digits, {@code B} and 2 digits. {@link
   * #parse(CharSequence)} accepts exactly the texts it matches; the JSON Schema publishes it.
   */
  public static final String PATTERN =
      "^(?=.{1,30}"
          + TextSyntax.END
          + ")(?! )(?!.* "
          + TextSyntax.END
          + ")(?:"
          + SEPARATOR
          + "N"
          + SEPARATOR
          + "L(?:"
          + SEPARATOR
          + "[0-9]){9}"
          + SEPARATOR
          + "B(?:"
          + SEPARATOR
          + "[0-9]){2}"
          + SEPARATOR
          + "|(?!"
          + SEPARATOR
          + "N"
          + SEPARATOR
          + "L)"
          + SEPARATOR
          + "[A-Z]"
          + SEPARATOR
          + "[A-Z](?:"
          + SEPARATOR
          + "[0-9A-Z+*]){2,12}"
          + SEPARATOR
          + ")"
          + TextSyntax.END;

  /** Texts that {@link #PATTERN} accepts, for documentation. */
  public static final List<String> EXAMPLES = List.of("NL104163252B01", "NL1041.63.252.B01");

  private static final Pattern WHOLE = Pattern.compile(PATTERN);
  private static final Pattern GENERIC = Pattern.compile("[A-Z]{2}[0-9A-Z+*]{2,12}");
  private static final int MAX_WRITTEN = 30;

  private final String written;
  private final String normalized;

  private VatNumber(String written, String normalized) {
    this.written = written;
    this.normalized = normalized;
  }

  /**
   * Parses a VAT number as written.
   *
   * @param text the number, separators allowed
   * @return the number
   * @throws org.dpa4j.model.DpaModelException when the number does not have the right form
   */
  public static VatNumber parse(CharSequence text) {
    String written = Objects.requireNonNull(text, "text").toString();
    String normalized = SEPARATORS.matcher(written).replaceAll("");
    if (!WHOLE.matcher(written).matches()) {
      // The pattern decides; reason() only names what is wrong.
      throw ModelProblemCode.SYNTAX.exception(
          "",
          Excerpt.of(written),
          LocalizedText.of("VAT number", "btw-nummer"),
          reason(written, normalized));
    }
    return new VatNumber(written, normalized);
  }

  private static LocalizedText reason(String written, String normalized) {
    if (written.length() > MAX_WRITTEN || !written.equals(written.strip())) {
      return LocalizedText.of(
          "expected at most " + MAX_WRITTEN + " characters without surrounding space",
          "verwacht hoogstens " + MAX_WRITTEN + " tekens zonder witruimte eromheen");
    }
    if (normalized.startsWith("NL") && GENERIC.matcher(normalized).matches()) {
      return LocalizedText.of(
          "a Dutch VAT number is NL, 9 digits, B and 2 digits",
          "een Nederlands btw-nummer is NL, 9 cijfers, B en 2 cijfers");
    }
    return LocalizedText.of(
        "expected a country prefix and 2 to 12 letters or digits",
        "verwacht een landcode en 2 tot 12 letters of cijfers");
  }

  /**
   * Same as {@link #parse(CharSequence)}.
   *
   * @param text the number as written
   * @return the number
   */
  public static VatNumber of(String text) {
    return parse(text);
  }

  /**
   * Returns the number as the agreement writes it.
   *
   * @return the written form
   */
  public String getWritten() {
    return written;
  }

  /**
   * Returns the number without separators.
   *
   * @return the normalised form, such as {@code NL104163252B01}
   */
  public String getNormalized() {
    return normalized;
  }

  /**
   * Returns the two-letter country prefix.
   *
   * @return the prefix, such as {@code NL}
   */
  public String getCountryPrefix() {
    return normalized.substring(0, 2);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof VatNumber && normalized.equals(((VatNumber) other).normalized);
  }

  @Override
  public int hashCode() {
    return normalized.hashCode();
  }

  /** Returns the number as written. */
  @Override
  public String toString() {
    return written;
  }
}
