package org.dpa4j.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.dpa4j.model.constraints.NonBlank;

/** Checks {@link NonBlank}: null is valid, blank text is not. */
public final class NonBlankValidator implements ConstraintValidator<NonBlank, CharSequence> {

  /** Creates the validator; called by the validation provider. */
  public NonBlankValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || !value.toString().isBlank();
  }
}
