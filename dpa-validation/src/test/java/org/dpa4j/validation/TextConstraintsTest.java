package org.dpa4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.dpa4j.model.constraints.Bic;
import org.dpa4j.model.constraints.Country;
import org.dpa4j.model.constraints.Currency;
import org.dpa4j.model.constraints.Iban;
import org.dpa4j.model.constraints.Kvk;
import org.dpa4j.model.constraints.NonBlank;
import org.dpa4j.model.constraints.Vat;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The model's constraints on a user's own type with text fields, as an integrator would use them.
 */
class TextConstraintsTest {
  static final Validator VALIDATOR =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory()
          .getValidator();

  /** A supplier record as a procurement system might hold it. */
  public static final class Supplier {
    private final String kvk;
    private final String vat;
    private final String country;
    private final String currency;
    private final String iban;
    private final String bic;
    private final String name;

    Supplier(
        String kvk,
        String vat,
        String country,
        String currency,
        String iban,
        String bic,
        String name) {
      this.kvk = kvk;
      this.vat = vat;
      this.country = country;
      this.currency = currency;
      this.iban = iban;
      this.bic = bic;
      this.name = name;
    }

    /**
     * @return the KvK number
     */
    public @Kvk String getKvk() {
      return kvk;
    }

    /**
     * @return the VAT number
     */
    public @Vat String getVat() {
      return vat;
    }

    /**
     * @return the country
     */
    public @Country String getCountry() {
      return country;
    }

    /**
     * @return the currency
     */
    public @Currency String getCurrency() {
      return currency;
    }

    /**
     * @return the IBAN
     */
    public @Iban String getIban() {
      return iban;
    }

    /**
     * @return the BIC
     */
    public @Bic String getBic() {
      return bic;
    }

    /**
     * @return the name
     */
    public @NonBlank String getName() {
      return name;
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "all valid; 02066541; NL1041.63.252.B01; NL; EUR; NL66 INGB 0005 0412 80; INGBNL2A; Callvoip; ''",
        "all absent; ; ; ; ; ; ; ; ''",
        "short KvK; 2066541; NL104163252B01; FR; USD; NL66INGB0005041280; INGBNL2AXXX; x; kvk",
        "Dutch VAT without B; 02066541; NL104163252; NL; EUR; NL66INGB0005041280; INGBNL2A; x; vat",
        "alpha-3 country; 02066541; NL104163252B01; NLD; EUR; NL66INGB0005041280; INGBNL2A; x; country",
        "unknown currency; 02066541; NL104163252B01; NL; EURO; NL66INGB0005041280; INGBNL2A; x; currency",
        "IBAN check digits; 02066541; NL104163252B01; NL; EUR; NL67INGB0005041280; INGBNL2A; x; iban",
        "short BIC; 02066541; NL104163252B01; NL; EUR; NL66INGB0005041280; INGB; x; bic",
        "blank name; 02066541; NL104163252B01; NL; EUR; NL66INGB0005041280; INGBNL2A; ' '; name"
      })
  void constraintsAcceptWhatTheModelParses(
      String name,
      String kvk,
      String vat,
      String country,
      String currency,
      String iban,
      String bic,
      String supplierName,
      String invalid) {
    Set<ConstraintViolation<Supplier>> violations =
        VALIDATOR.validate(new Supplier(kvk, vat, country, currency, iban, bic, supplierName));
    Set<String> paths =
        violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    assertThat(paths).isEqualTo(invalid.isEmpty() ? Set.of() : Set.of(invalid));
    violations.forEach(v -> assertThat(v.getMessage()).matches("(is|must) .*").doesNotContain("{"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "en, is not a valid KvK number (8 digits)",
    "nl, is geen geldig KvK-nummer (8 cijfers)"
  })
  void messagesInBothLanguages(String language, String message) {
    Validator validator =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(
                new ParameterMessageInterpolator(
                    Set.of(Locale.forLanguageTag(language)),
                    Locale.forLanguageTag(language),
                    false))
            .buildValidatorFactory()
            .getValidator();
    Set<ConstraintViolation<Supplier>> violations =
        validator.validate(new Supplier("123", null, null, null, null, null, null));
    assertThat(violations)
        .singleElement()
        .extracting(ConstraintViolation::getMessage)
        .isEqualTo(message);
  }
}
