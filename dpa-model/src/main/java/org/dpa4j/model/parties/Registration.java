package org.dpa4j.model.parties;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dpa4j.model.Excerpt;
import org.dpa4j.model.Extensible;
import org.dpa4j.model.ExtensionValue;
import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.ModelProblemCode;
import org.dpa4j.model.constraints.NonBlank;
import org.dpa4j.model.value.CountryCode;
import org.dpa4j.model.value.KvkNumber;
import org.immutables.value.Value;

/**
 * A registration of an organisation in a public register: scheme and number, such as KvK {@code
 * 37130161}, HRB {@code 12345 (Amtsgericht München)}, Companies House {@code 01234567} or an LEI.
 *
 * <p>The number is checked where the scheme has a fixed form: a KvK number has 8 digits, an LEI 20
 * letters and digits, a KBO number 10 digits.
 *
 * <p class="nl">Een inschrijving van een organisatie in een openbaar register: register en nummer,
 * zoals KvK 37130161, HRB 12345 (Amtsgericht München), Companies House 01234567 of een LEI.
 */
@Value.Immutable
public abstract class Registration implements Extensible, WithRegistration {
  /**
   * The form of a Belgian KBO/BCE number: 10 digits, dots allowed, such as {@code 0123.456.789}.
   */
  public static final String KBO_PATTERN =
      "^(?:0?[0-9]{3}\\.?[0-9]{3}\\.?[0-9]{3}|[01][0-9]{9})" + org.dpa4j.model.TextSyntax.END;

  /** The form of a Legal Entity Identifier (ISO 17442): 20 upper-case letters and digits. */
  public static final String LEI_PATTERN = "^[A-Z0-9]{20}" + org.dpa4j.model.TextSyntax.END;

  // Compiled once: String.matches compiles its pattern on every call.
  private static final Pattern KBO_NUMBER = Pattern.compile(KBO_PATTERN);
  private static final Pattern LEI_NUMBER = Pattern.compile(LEI_PATTERN);

  Registration() {}

  /**
   * Returns the public register the organisation is registered in, such as the Dutch KvK, a German
   * Handelsregister, Companies House or the LEI system.
   *
   * <p class="nl">Het openbare register waarin de organisatie is ingeschreven, zoals de Nederlandse
   * KvK, een Duits Handelsregister, Companies House of het LEI-systeem.
   *
   * @return the scheme
   */
  public abstract RegistrationScheme getScheme();

  /**
   * Returns the registration number as written, with a court or register office where the scheme
   * needs one.
   *
   * <p class="nl">Het inschrijvingsnummer zoals geschreven, met een rechtbank of registerkantoor
   * waar het register dat vereist.
   *
   * @return the number; a KvK number other than 8 digits, an LEI other than 20 upper-case letters
   *     and digits or a KBO number other than 10 digits makes building fail with {@link
   *     org.dpa4j.model.DpaModelException} ({@code model.syntax})
   */
  @NonBlank
  public abstract String getNumber();

  /**
   * Returns the country of the register, where the scheme does not imply it, as an ISO 3166-1
   * alpha-2 code.
   *
   * <p class="nl">Het land van het register, als het register dat niet zelf aangeeft, als ISO
   * 3166-1 alpha-2-code.
   *
   * @return the country, or empty
   */
  public abstract Optional<CountryCode> getCountry();

  @Override
  @Value.Redacted
  public abstract Map<String, ExtensionValue> getExtensions();

  /**
   * Creates a registration.
   *
   * @param scheme the register
   * @param number the number as written
   * @return the registration
   */
  public static Registration of(RegistrationScheme scheme, String number) {
    return builder().scheme(scheme).number(number).build();
  }

  /**
   * Creates a Dutch KvK registration.
   *
   * @param number the KvK number
   * @return the registration
   */
  public static Registration of(KvkNumber number) {
    return of(RegistrationScheme.KVK, number.toString());
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableRegistration.Builder builder() {
    return ImmutableRegistration.builder();
  }

  @Value.Check
  void check() {
    String number = getNumber();
    switch (getScheme()) {
      case KVK:
        try {
          KvkNumber.parse(number);
        } catch (org.dpa4j.model.DpaModelException e) {
          throw syntax(number, "8 digits", "8 cijfers");
        }
        break;
      case LEI:
        if (!LEI_NUMBER.matcher(number).matches()) {
          throw syntax(number, "20 upper-case letters and digits", "20 hoofdletters en cijfers");
        }
        break;
      case KBO:
        if (!KBO_NUMBER.matcher(number).matches()) {
          throw syntax(number, "10 digits, such as 0123.456.789", "10 cijfers, zoals 0123.456.789");
        }
        break;
      default:
        if (org.dpa4j.model.TextSyntax.isBlank(number)) {
          throw ModelProblemCode.INCONSISTENT.exception(
              "/number", LocalizedText.of("the number is blank", "het nummer is leeg"));
        }
    }
  }

  private org.dpa4j.model.DpaModelException syntax(String number, String english, String dutch) {
    return ModelProblemCode.SYNTAX.exception(
        "/number",
        Excerpt.of(number),
        LocalizedText.of(
            getScheme().getLabel().getEnglish() + " number",
            "nummer in " + getScheme().getLabel().getDutch()),
        LocalizedText.of("expected " + english, "verwacht " + dutch));
  }
}
