package org.dpa4j.model.value;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.dpa4j.model.Excerpt;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.ModelProblemCode;
import org.dpa4j.model.TextSyntax;

/**
 * A legal system: a country ({@code NL}, {@code CH}) or a subdivision with its own law ({@code
 * US-CA} for California, {@code GB-SCT} for Scotland), as ISO 3166-1 alpha-2 code optionally
 * followed by an ISO 3166-2 subdivision code; or {@code EU} for Union law.
 *
 * <p>The text form is the code, upper case: {@code NL}, {@code US-NY}, {@code GB-ENG}. The country
 * must be an ISO 3166-1 code; of the subdivision only the form (1 to 3 upper-case letters or
 * digits) is checked, not that ISO 3166-2 lists it, since the JDK carries no such list.
 *
 * <p class="nl">Een rechtsstelsel: een land (NL, CH) of een deelgebied met eigen recht (US-CA voor
 * Californië, GB-SCT voor Schotland), als ISO 3166-1 alpha-2-code eventueel gevolgd door een ISO
 * 3166-2-code van het deelgebied; of EU voor Unierecht.
 */
public final class Jurisdiction implements Comparable<Jurisdiction> {
  /**
   * The text form: an ISO 3166-1 alpha-2 code that this JDK knows, optionally followed by {@code -}
   * and 1 to 3 upper-case letters or digits; or {@code EU}. {@link #parse(CharSequence)} accepts
   * exactly the texts it matches; the JSON Schema publishes it.
   */
  public static final String PATTERN =
      "^(?:(?:" + CountryCode.ISO_ALTERNATIVES + ")(?:-[A-Z0-9]{1,3})?|EU)" + TextSyntax.END;

  /** Texts that {@link #PATTERN} accepts, for documentation. */
  public static final List<String> EXAMPLES = List.of("NL", "US-CA", "GB-ENG", "EU");

  private static final Pattern WHOLE = Pattern.compile(PATTERN);

  /**
   * Jurisdictions parsed before, by text: matching {@link #PATTERN}, an alternation of some 250
   * country codes, was a thirtieth of reading a document. Bounded: once it holds {@value
   * #CACHED_AT_MOST} texts (a few more when threads race at that size), a new text is parsed afresh
   * each time.
   */
  private static final Map<String, Jurisdiction> PARSED = new ConcurrentHashMap<>();

  private static final int CACHED_AT_MOST = 1_024;

  private final CountryCode country;
  private final String subdivision;

  private Jurisdiction(CountryCode country, String subdivision) {
    this.country = country;
    this.subdivision = subdivision;
  }

  /**
   * A whole country, or {@code EU}.
   *
   * @param country the country
   * @return the jurisdiction
   * @throws org.dpa4j.model.DpaModelException for the group {@code EEA}, which has no law of its
   *     own
   */
  public static Jurisdiction of(CountryCode country) {
    return parse(country.getCode());
  }

  /**
   * Parses the text form: {@code NL}, {@code EU}, {@code US-CA}, {@code GB-ENG}.
   *
   * @param text the code
   * @return the jurisdiction
   * @throws org.dpa4j.model.DpaModelException with code {@code model.syntax} for any other text
   */
  public static Jurisdiction parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String code = text.toString();
    Jurisdiction known = PARSED.get(code);
    if (known != null) {
      return known;
    }
    if (!WHOLE.matcher(code).matches()) {
      throw ModelProblemCode.SYNTAX.exception(
          "",
          Excerpt.of(text),
          LocalizedText.of("jurisdiction", "rechtsstelsel"),
          LocalizedText.of(
              "expected an ISO 3166-1 alpha-2 code with an optional ISO 3166-2 subdivision, such"
                  + " as NL, US-CA or GB-ENG, or EU",
              "verwacht een ISO 3166-1 alpha-2-code met eventueel een ISO 3166-2-deelgebied, zoals"
                  + " NL, US-CA of GB-ENG, of EU"));
    }
    int dash = code.indexOf('-');
    CountryCode country = CountryCode.of(dash < 0 ? code : code.substring(0, dash));
    String subdivision = dash < 0 ? null : code.substring(dash + 1);
    Jurisdiction parsed = new Jurisdiction(country, subdivision);
    if (PARSED.size() < CACHED_AT_MOST) {
      PARSED.putIfAbsent(code, parsed);
    }
    return parsed;
  }

  /**
   * Returns the country, or {@code EU} for Union law.
   *
   * @return the country
   */
  public CountryCode getCountry() {
    return country;
  }

  /**
   * Returns the ISO 3166-2 subdivision code after the dash, such as {@code CA} for {@code US-CA}.
   *
   * @return the subdivision, or empty for a whole country
   */
  public Optional<String> getSubdivision() {
    return Optional.ofNullable(subdivision);
  }

  /**
   * Tells whether this legal system is that of an EU or EEA member state (or Union law).
   *
   * @return true for EU and EEA member states and their subdivisions, and for {@code EU}
   */
  public boolean isWithinEea() {
    return country.isWithin(CountryCode.EEA);
  }

  @Override
  public int compareTo(Jurisdiction other) {
    return toString().compareTo(other.toString());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Jurisdiction
        && country.equals(((Jurisdiction) other).country)
        && Objects.equals(subdivision, ((Jurisdiction) other).subdivision);
  }

  @Override
  public int hashCode() {
    return country.hashCode() * 31 + Objects.hashCode(subdivision);
  }

  /** Returns the code, such as {@code US-CA}. */
  @Override
  public String toString() {
    return subdivision == null ? country.getCode() : country.getCode() + "-" + subdivision;
  }
}
