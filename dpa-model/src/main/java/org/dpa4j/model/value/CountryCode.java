package org.dpa4j.model.value;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dpa4j.model.Excerpt;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.ModelProblemCode;
import org.dpa4j.model.TextSyntax;

/**
 * A country as an ISO 3166-1 alpha-2 code ({@code NL}, {@code US}), or one of the groups {@link
 * #EU} and {@link #EEA}.
 *
 * <p>The text form is the code itself, upper case.
 *
 * <p class="nl">Een land als ISO 3166-1 alpha-2-code (NL, US), of een van de groepen EU en EEA.
 */
public final class CountryCode implements Comparable<CountryCode> {
  private static final Set<String> ISO = IsoCodes.COUNTRIES;

  /** The ISO 3166-1 alpha-2 codes, sorted, as alternatives of an expression. */
  static final String ISO_ALTERNATIVES = String.join("|", ISO);

  /**
   * The text form: an upper-case ISO 3166-1 alpha-2 code of dpa4j's list (the same on every JDK:
   * the 249 codes of ISO 3166-1, not the JDK's {@link
   * Locale#getISOCountries(Locale.IsoCountryCode)}), {@code EU} or {@code EEA}. {@link #of(String)}
   * accepts exactly the texts it matches; the JSON Schema publishes it.
   */
  public static final String PATTERN = "^(?:" + ISO_ALTERNATIVES + "|EU|EEA)" + TextSyntax.END;

  /** Texts that {@link #PATTERN} accepts, for documentation. */
  public static final List<String> EXAMPLES = List.of("NL", "US", "EU", "EEA");

  private static final Set<String> EU_MEMBERS =
      Set.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
          "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");
  private static final Set<String> EEA_ONLY_MEMBERS = Set.of("IS", "LI", "NO");

  /** The European Union as a group. */
  public static final CountryCode EU = new CountryCode("EU");

  /** The European Economic Area (EU plus Iceland, Liechtenstein and Norway) as a group. */
  public static final CountryCode EEA = new CountryCode("EEA");

  /**
   * The countries' names, made once per code from the JDK's locale data (at most one per code of
   * {@link #ISO}): a finding's message names its countries, and every name looked up afresh went
   * through the JDK's resource bundles, a tenth of the time a finding takes.
   */
  private static final Map<String, LocalizedText> NAMES = new ConcurrentHashMap<>();

  private final String code;

  private CountryCode(String code) {
    this.code = code;
  }

  /**
   * Returns the country or group with this code.
   *
   * @param code an upper-case ISO 3166-1 alpha-2 code, {@code EU} or {@code EEA}
   * @return the country code
   * @throws org.dpa4j.model.DpaModelException for any other text
   */
  public static CountryCode of(String code) {
    Objects.requireNonNull(code, "code");
    if (EU.code.equals(code)) {
      return EU;
    }
    if (EEA.code.equals(code)) {
      return EEA;
    }
    if (!ISO.contains(code)) {
      throw ModelProblemCode.SYNTAX.exception(
          "",
          Excerpt.of(code),
          LocalizedText.of("country", "land"),
          LocalizedText.of(
              "expected an upper-case ISO 3166-1 alpha-2 code such as NL, or EU or EEA",
              "verwacht een ISO 3166-1 alpha-2-code in hoofdletters zoals NL, of EU of EEA"));
    }
    return new CountryCode(code);
  }

  /**
   * Parses the text form; the same as {@link #of(String)}.
   *
   * @param text the code
   * @return the country code
   */
  public static CountryCode parse(CharSequence text) {
    return of(text.toString());
  }

  /**
   * Returns the code.
   *
   * @return the code, such as {@code NL} or {@code EEA}
   */
  public String getCode() {
    return code;
  }

  /**
   * Tells whether this is a group (EU or EEA) rather than one country.
   *
   * @return true for EU and EEA
   */
  public boolean isGroup() {
    return this.equals(EU) || this.equals(EEA);
  }

  /**
   * Tells whether this country or group lies within another: {@code FR} within {@code EU}, {@code
   * NO} within {@code EEA}, {@code EU} within {@code EEA}, and every code within itself.
   *
   * @param area a country or group
   * @return true when this lies within {@code area}
   */
  public boolean isWithin(CountryCode area) {
    if (this.equals(area)) {
      return true;
    }
    if (area.equals(EU)) {
      return EU_MEMBERS.contains(code);
    }
    if (area.equals(EEA)) {
      return equals(EU) || EU_MEMBERS.contains(code) || EEA_ONLY_MEMBERS.contains(code);
    }
    return false;
  }

  /**
   * Tells whether the Commission has found this country adequate as a whole (art. 45 GDPR), so that
   * a transfer to any recipient there needs no further mechanism; {@link AdequacyDecision} lists
   * the decisions. The United States is not: its decision (the Data Privacy Framework) covers only
   * certified recipients, for which the transfer mechanism {@code dpf} stands.
   *
   * @return true for {@code GB}, {@code CH}, {@code JP} and the other countries with a decision for
   *     the whole country; false for the US, any other country and the groups EU and EEA
   */
  public boolean isAdequate() {
    return AdequacyDecision.forCountry(this)
        .filter(decision -> !decision.isCertifiedRecipientsOnly())
        .isPresent();
  }

  /**
   * Returns the name of the country for people, in English and Dutch, from the JDK's locale data:
   * "United States" and "Verenigde Staten"; the groups are "EU" and "EEA" ("EER" in Dutch). A code
   * the JDK has no name for stays the code.
   *
   * @return the name in English and Dutch
   */
  public LocalizedText toText() {
    if (equals(EEA)) {
      return LocalizedText.of("EEA", "EER");
    }
    if (equals(EU)) {
      return LocalizedText.of("EU", "EU");
    }
    return NAMES.computeIfAbsent(code, CountryCode::name);
  }

  private static LocalizedText name(String code) {
    Locale region = new Locale.Builder().setRegion(code).build();
    return LocalizedText.of(
        region.getDisplayCountry(Locale.ENGLISH), region.getDisplayCountry(LocalizedText.DUTCH));
  }

  @Override
  public int compareTo(CountryCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CountryCode && code.equals(((CountryCode) other).code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** Returns the code. */
  @Override
  public String toString() {
    return code;
  }
}
