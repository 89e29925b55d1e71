package org.dpa4j.model;

import java.util.List;

/**
 * The problems the model itself reports, each with a stable code and an English and Dutch message.
 *
 * <p>Codes never change once released; messages may be improved.
 */
public enum ModelProblemCode {
  /** A required attribute was not set on a builder. */
  MISSING_ATTRIBUTE(
      "model.missing_attribute",
      "required attribute ''{0}'' is not set",
      "verplicht attribuut ''{0}'' ontbreekt"),
  /**
   * A text does not have the form its type requires. The Dutch text puts the noun where its article
   * does not matter ("als rechtsstelsel ongeldig", "als taalcode ongeldig"): "geen geldige" fits
   * only de-words.
   */
  SYNTAX("model.syntax", "''{0}'' is not a valid {1}: {2}", "''{0}'' is als {1} ongeldig: {2}"),
  /** A code is not one of the codes of an enumeration. */
  UNKNOWN_CODE(
      "model.unknown_code",
      "''{0}'' is not a known {1}; expected one of {2}",
      "''{0}'' is als {1} onbekend; verwacht een van {2}"),
  /** A number lies outside its allowed range. */
  OUT_OF_RANGE(
      "model.out_of_range",
      "{0} is out of range: {1}",
      "{0} valt buiten het toegestane bereik: {1}"),
  /** Two entries of a list carry the same identifying value. */
  DUPLICATE("model.duplicate", "''{0}'' occurs more than once", "''{0}'' komt meer dan eens voor"),
  /** Attributes that contradict each other or miss a value the others require. */
  INCONSISTENT("model.inconsistent", "inconsistent: {0}", "tegenstrijdig: {0}"),
  /**
   * dpa4j's one-time start-up (loading Jackson, Hibernate Validator and the model's classes, done
   * on a thread of its own with a 2 MiB stack) failed; a later call tries again.
   */
  INITIALISATION_FAILED(
      "model.initialisation_failed",
      "dpa4j could not initialise {0}: {1}; a later call tries again",
      "dpa4j kon {0} niet initialiseren: {1}; een volgende aanroep probeert het opnieuw");

  private final String code;
  private final LocalizedText template;

  ModelProblemCode(String code, String english, String dutch) {
    this.code = code;
    this.template = LocalizedText.of(english.replace("''", "'"), dutch.replace("''", "'"));
  }

  /**
   * Returns the stable code.
   *
   * @return the code, such as {@code model.syntax}
   */
  public String getCode() {
    return code;
  }

  /**
   * Creates a problem of this kind.
   *
   * @param pointer RFC 6901 pointer to the offending value, relative to the value being built
   * @param arguments the message arguments
   * @return the problem
   */
  public Problem at(String pointer, Object... arguments) {
    return Problem.of(code, pointer, template, arguments);
  }

  /**
   * Creates an exception that reports one problem of this kind.
   *
   * @param pointer RFC 6901 pointer to the offending value
   * @param arguments the message arguments
   * @return the exception, to be thrown by the caller
   */
  public DpaModelException exception(String pointer, Object... arguments) {
    return new DpaModelException(List.of(at(pointer, arguments)));
  }
}
