package org.dpa4j.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;
import org.dpa4j.model.constraints.Bic;

/**
 * Checks {@link Bic}: 4 letters of the bank, 2 of the country, 2 of the location, an optional
 * branch.
 */
public final class BicValidator implements ConstraintValidator<Bic, CharSequence> {
  // Compiled once: String.matches compiles its pattern on every call.
  private static final Pattern BIC_FORM =
      Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");

  /** Creates the validator; called by the validation provider. */
  public BicValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return ViolationBudget.answer(value == null || BIC_FORM.matcher(value).matches());
  }
}
