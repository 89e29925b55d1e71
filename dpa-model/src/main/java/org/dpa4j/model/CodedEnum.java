package org.dpa4j.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An enumeration of contract options with a stable code and English and Dutch labels.
 *
 * <p>The code is the constant's name in lower_snake_case; it is what JSON carries and never changes
 * once released. Where the W3C Data Privacy Vocabulary has a matching concept, {@link #getDpvIri()}
 * names it.
 */
public interface CodedEnum {

  /**
   * Returns the constant's Java name; implemented by every enum.
   *
   * @return the name
   */
  String name();

  /**
   * Returns the label in English and Dutch.
   *
   * @return the label
   */
  LocalizedText getLabel();

  /**
   * Returns the stable lower_snake_case code, as used in JSON.
   *
   * @return the code
   */
  default String getCode() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the label in a locale (Dutch for {@code nl}, English otherwise).
   *
   * @param locale the wanted locale
   * @return the label
   */
  default String getLabel(Locale locale) {
    return getLabel().get(locale);
  }

  /**
   * Returns the IRI of the matching W3C DPV concept, if there is one.
   *
   * @return the IRI, or empty
   */
  default Optional<String> getDpvIri() {
    return Optional.empty();
  }

  /**
   * Finds the constant of an enumeration by its stable code.
   *
   * @param type the enumeration
   * @param code the code, such as {@code without_undue_delay}
   * @param <E> the enumeration type
   * @return the constant
   * @throws DpaModelException with code {@code model.unknown_code} when no constant has that code
   */
  static <E extends Enum<E> & CodedEnum> E fromCode(Class<E> type, String code) {
    for (E constant : type.getEnumConstants()) {
      if (constant.getCode().equals(code)) {
        return constant;
      }
    }
    String known =
        Arrays.stream(type.getEnumConstants())
            .map(CodedEnum::getCode)
            .collect(Collectors.joining(", "));
    throw ModelProblemCode.UNKNOWN_CODE.exception(
        "", Excerpt.of(code), type.getSimpleName(), known);
  }
}
