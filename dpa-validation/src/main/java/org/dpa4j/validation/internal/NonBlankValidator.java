package org.dpa4j.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.dpa4j.model.constraints.NonBlank;

/**
 * Checks {@link NonBlank}: null is valid, blank text is not. Blank means that no code point is
 * visible: white space, space separators such as the no-break space (which {@link String#isBlank()}
 * does not count), format characters such as the zero-width space, joiners, bidi marks and the byte
 * order mark, and control characters. A title of U+00A0 U+200B is as blank as one of spaces.
 */
public final class NonBlankValidator implements ConstraintValidator<NonBlank, CharSequence> {

  /** Creates the validator; called by the validation provider. */
  public NonBlankValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return ViolationBudget.answer(value == null || !isBlank(value));
  }

  /**
   * Tells whether text has no visible code point.
   *
   * @param value the text
   * @return true when every code point is white space, a space separator, a format or a control
   *     character
   */
  public static boolean isBlank(CharSequence value) {
    for (int i = 0; i < value.length(); ) {
      int c = Character.codePointAt(value, i);
      int type = Character.getType(c);
      if (!Character.isWhitespace(c)
          && !Character.isSpaceChar(c)
          && type != Character.FORMAT
          && type != Character.CONTROL
          && !isInvisibleLetter(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /**
   * Characters that are letters or marks by their category but show nothing: the Braille blank, the
   * Hangul fillers, the combining grapheme joiner and the Khmer inherent vowels (the Unicode
   * property Default_Ignorable_Code_Point, where it is not a format character already).
   */
  private static boolean isInvisibleLetter(int c) {
    return c == 0x2800
        || c == 0x3164
        || c == 0x115F
        || c == 0x1160
        || c == 0xFFA0
        || c == 0x034F
        || c == 0x17B4
        || c == 0x17B5
        || (c >= 0x180B && c <= 0x180F)
        || (c >= 0xFE00 && c <= 0xFE0F)
        || (c >= 0xE0100 && c <= 0xE01EF);
  }
}
