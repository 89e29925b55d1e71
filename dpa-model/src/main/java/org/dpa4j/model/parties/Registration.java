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
 */
@Value.Immutable
public abstract class Registration implements Extensible, WithRegistration {
  // Compiled once: String.matches compiles its pattern on every call.
  private static final Pattern KBO_NUMBER =
      Pattern.compile("0?[0-9]{3}\\.?[0-9]{3}\\.?[0-9]{3}|[01][0-9]{9}");

  Registration() {}

  /**
   * Returns the public register the organisation is registered in, such as the Dutch KvK, a German
   * Handelsregister, Companies House or the LEI system.
   *
   * @return the scheme
   */
  public abstract RegistrationScheme getScheme();

  /**
   * Returns the registration number as written, with a court or register office where the scheme
   * needs one.
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
        if (number.length() != 20 || !alphanumeric(number)) {
          throw syntax(number, "20 upper-case letters and digits", "20 hoofdletters en cijfers");
        }
        break;
      case KBO:
        if (!KBO_NUMBER.matcher(number).matches()) {
          throw syntax(number, "10 digits, such as 0123.456.789", "10 cijfers, zoals 0123.456.789");
        }
        break;
      default:
        if (number.isBlank()) {
          throw ModelProblemCode.INCONSISTENT.exception(
              "/number", LocalizedText.of("the number is blank", "het nummer is leeg"));
        }
    }
  }

  private static boolean alphanumeric(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
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
