package org.dpa4j.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.dpa4j.model.constraints.Bic;

/**
 * Checks {@link Bic}: 4 letters of the bank, 2 of the country, 2 of the location, an optional
 * branch.
 */
public final class BicValidator implements ConstraintValidator<Bic, CharSequence> {

  /** Creates the validator; called by the validation provider. */
  public BicValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || value.toString().matches("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
  }
}
