package org.dpa4j.model;

/** Syntax checks of the JSON Pointers (RFC 6901) that model values carry. */
final class Pointers {
  private static final java.util.regex.Pattern POINTER =
      java.util.regex.Pattern.compile(TextSyntax.POINTER);

  private Pointers() {}

  /**
   * Checks that a text is a non-empty JSON Pointer: {@code /} followed by segments in which {@code
   * ~} is only written as {@code ~0} or {@code ~1}.
   *
   * @param pointer the text
   * @param attribute the pointer of the attribute that holds it, for the problem
   * @throws DpaModelException with code {@code model.syntax} otherwise
   */
  static void checkSyntax(String pointer, String attribute) {
    if (!TextSyntax.isPointer(pointer) && !POINTER.matcher(pointer).matches()) {
      throw ModelProblemCode.SYNTAX.exception(
          attribute,
          Excerpt.of(pointer),
          LocalizedText.of("JSON Pointer", "JSON Pointer"),
          LocalizedText.of(
              "expected a JSON Pointer such as /breachNotification/deadline",
              "verwacht een JSON Pointer zoals /breachNotification/deadline"));
    }
  }
}
