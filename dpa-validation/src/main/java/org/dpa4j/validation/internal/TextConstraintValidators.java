package org.dpa4j.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.function.Consumer;
import org.dpa4j.model.DpaModelException;
import org.dpa4j.model.constraints.Country;
import org.dpa4j.model.constraints.Currency;
import org.dpa4j.model.constraints.Kvk;
import org.dpa4j.model.constraints.Vat;
import org.dpa4j.model.value.CountryCode;
import org.dpa4j.model.value.KvkNumber;
import org.dpa4j.model.value.Money;
import org.dpa4j.model.value.VatNumber;

/**
 * Validators for text fields of users' own types that hold KvK numbers, VAT numbers, countries and
 * currencies. Each accepts exactly what the model's value type parses, so a field that validates
 * can always be turned into the model value.
 */
public final class TextConstraintValidators {
  private TextConstraintValidators() {}

  private static boolean parses(CharSequence value, Consumer<String> parse) {
    if (value == null) {
      return true;
    }
    boolean valid;
    try {
      parse.accept(value.toString());
      valid = true;
    } catch (DpaModelException e) {
      valid = false;
    }
    return ViolationBudget.answer(valid);
  }

  /** Checks {@link Kvk}. */
  public static final class KvkValidator implements ConstraintValidator<Kvk, CharSequence> {
    /** Creates the validator; called by the validation provider. */
    public KvkValidator() {}

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return parses(value, KvkNumber::of);
    }
  }

  /** Checks {@link Vat}. */
  public static final class VatValidator implements ConstraintValidator<Vat, CharSequence> {
    /** Creates the validator; called by the validation provider. */
    public VatValidator() {}

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return parses(value, VatNumber::of);
    }
  }

  /** Checks {@link Country}. */
  public static final class CountryValidator implements ConstraintValidator<Country, CharSequence> {
    /** Creates the validator; called by the validation provider. */
    public CountryValidator() {}

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return parses(value, CountryCode::of);
    }
  }

  /** Checks {@link Currency}. */
  public static final class CurrencyValidator
      implements ConstraintValidator<Currency, CharSequence> {
    /** Creates the validator; called by the validation provider. */
    public CurrencyValidator() {}

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return parses(value, code -> Money.of("0", code));
    }
  }
}
