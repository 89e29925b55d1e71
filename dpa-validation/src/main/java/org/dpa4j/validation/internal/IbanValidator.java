package org.dpa4j.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigInteger;
import java.util.regex.Pattern;
import org.dpa4j.model.constraints.Iban;

/** Checks {@link Iban}: form and the ISO 7064 mod-97 check digits. Null is valid. */
public final class IbanValidator implements ConstraintValidator<Iban, CharSequence> {
  // Compiled once: String.matches compiles its pattern on every call.
  private static final Pattern IBAN_FORM = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");

  private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

  /** Creates the validator; called by the validation provider. */
  public IbanValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return ViolationBudget.answer(value == null || isValidIban(value.toString()));
  }

  /**
   * Tells whether a text is a valid IBAN, spaces allowed.
   *
   * @param text the text
   * @return true when it has the IBAN form and its check digits are right
   */
  public static boolean isValidIban(String text) {
    String iban = text.replace(" ", "");
    if (!IBAN_FORM.matcher(iban).matches()) {
      return false;
    }
    String rearranged = iban.substring(4) + iban.substring(0, 4);
    StringBuilder digits = new StringBuilder(rearranged.length() * 2);
    for (char c : rearranged.toCharArray()) {
      digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
  }
}
