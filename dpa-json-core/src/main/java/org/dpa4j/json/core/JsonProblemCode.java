package org.dpa4j.json.core;

import org.dpa4j.model.LocalizedText;
import org.dpa4j.model.Problem;

/**
 * The problems reading JSON reports, each with a stable code and an English and Dutch message.
 *
 * <p>Codes never change once released; messages may be improved. Problems about values that do
 * parse as JSON but break a rule of the model (such as a fixed liability cap without an amount)
 * keep the model's own codes ({@code model.*}), placed at their pointer in the document.
 */
public enum JsonProblemCode {
  /** The input is empty or only white space. */
  EMPTY("json.empty", "the document is empty", "het document is leeg"),
  /** The input is not well-formed JSON (for example truncated). */
  SYNTAX("json.syntax", "malformed JSON: {0}", "ongeldige JSON: {0}"),
  /** The input is not valid UTF-8. */
  INVALID_ENCODING(
      "json.invalid_encoding",
      "the document is not valid UTF-8",
      "het document is geen geldige UTF-8"),
  /** An object has the same key twice. */
  DUPLICATE_KEY(
      "json.duplicate_key",
      "key ''{0}'' occurs twice in the same object",
      "sleutel ''{0}'' komt twee keer voor in hetzelfde object"),
  /** Something follows the document's value. */
  TRAILING_DATA(
      "json.trailing_data",
      "unexpected data after the end of the document",
      "onverwachte gegevens na het einde van het document"),
  /** A size limit was exceeded. */
  LIMIT_EXCEEDED(
      "json.limit_exceeded", "{0} exceeds the limit of {1}", "{0} overschrijdt de grens van {1}"),
  /** A value has the wrong JSON type. */
  WRONG_TYPE("json.wrong_type", "expected {0} but found {1}", "verwacht {0} maar gevonden {1}"),
  /** A value is {@code null} where a value is required. */
  NULL_VALUE(
      "json.null_value",
      "null is not allowed here; expected {0}",
      "null is hier niet toegestaan; verwacht {0}"),
  /** A required property is missing. */
  MISSING_PROPERTY(
      "json.missing_property",
      "required property ''{0}'' is missing",
      "verplichte eigenschap ''{0}'' ontbreekt"),
  /** A property is not part of the format (strict mode). */
  UNKNOWN_PROPERTY(
      "json.unknown_property", "unknown property ''{0}''", "onbekende eigenschap ''{0}''"),
  /** A string is not one of the codes of an enumeration. */
  UNKNOWN_CODE(
      "json.unknown_code",
      "''{0}'' is not a known code; expected one of {1}",
      "''{0}'' is geen bekende code; verwacht een van {1}"),
  /** A string does not have the form its type requires. */
  INVALID_VALUE("json.invalid_value", "{0}", "{0}"),
  /** The document's schema version is missing or not supported. */
  SCHEMA_VERSION(
      "json.schema_version",
      "unsupported schemaVersion ''{0}''; this reader supports {1}",
      "niet ondersteunde schemaVersion ''{0}''; deze lezer ondersteunt {1}"),
  /** More problems were found than are reported. */
  TOO_MANY_PROBLEMS(
      "json.too_many_problems",
      "more than {0} problems; the rest are not reported",
      "meer dan {0} problemen; de rest wordt niet gemeld");

  private final String code;
  private final LocalizedText template;

  JsonProblemCode(String code, String english, String dutch) {
    this.code = code;
    this.template = LocalizedText.of(english.replace("''", "'"), dutch.replace("''", "'"));
  }

  /**
   * Returns the stable code.
   *
   * @return the code, such as {@code json.duplicate_key}
   */
  public String getCode() {
    return code;
  }

  /**
   * Creates a problem of this kind.
   *
   * @param pointer RFC 6901 pointer into the document
   * @param arguments the message arguments; {@link LocalizedText} arguments are put in per language
   * @return the problem
   */
  public Problem at(String pointer, Object... arguments) {
    return Problem.of(code, pointer, template, arguments);
  }
}
