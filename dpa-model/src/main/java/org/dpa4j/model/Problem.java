package org.dpa4j.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One problem found in an agreement or in a document: a stable code, where it is, and a message.
 *
 * <p>The {@linkplain #getPointer() pointer} is an RFC 6901 JSON Pointer. It is relative to the
 * value that raised the problem: for a problem found while building a value it points into that
 * value, for a problem found while reading a document it points into the document. Messages never
 * contain personal data; they may quote a short excerpt of a rejected value.
 */
public final class Problem {
  private final String code;
  private final String pointer;
  private final List<String> arguments;
  private final LocalizedText message;
  private final long line;
  private final long column;

  private Problem(
      String code,
      String pointer,
      List<String> arguments,
      LocalizedText message,
      long line,
      long column) {
    this.code = Objects.requireNonNull(code, "code");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.arguments = List.copyOf(arguments);
    this.message = Objects.requireNonNull(message, "message");
    this.line = line;
    this.column = column;
  }

  /**
   * Creates a problem.
   *
   * @param code the stable, machine-readable code, such as {@code model.time_limit.syntax}
   * @param pointer the RFC 6901 JSON Pointer to the offending value ({@code ""} for the whole)
   * @param arguments the values that were put into the message, in order
   * @param message the rendered message in English and Dutch
   * @return the problem
   */
  public static Problem of(
      String code, String pointer, List<String> arguments, LocalizedText message) {
    return new Problem(code, pointer, arguments, message, 0, 0);
  }

  /**
   * Creates a problem from a message template, filling in the arguments; {@link LocalizedText}
   * arguments are put in per language, the rest as text. The problem's arguments are the English
   * texts.
   *
   * @param code the stable code
   * @param pointer the RFC 6901 JSON Pointer to the offending value
   * @param template the message with {@code {0}}, {@code {1}}, ... in English and Dutch
   * @param arguments the values to put in
   * @return the problem
   */
  public static Problem of(
      String code, String pointer, LocalizedText template, Object... arguments) {
    List<String> args = new java.util.ArrayList<>(arguments.length);
    for (Object argument : arguments) {
      args.add(
          argument instanceof LocalizedText
              ? ((LocalizedText) argument).getEnglish()
              : String.valueOf(argument));
    }
    return new Problem(code, pointer, args, template.format(arguments), 0, 0);
  }

  /**
   * Returns the stable code of this kind of problem.
   *
   * @return the code, such as {@code model.time_limit.syntax}
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the RFC 6901 JSON Pointer to the offending value.
   *
   * @return the pointer; {@code ""} points at the whole value
   */
  public String getPointer() {
    return pointer;
  }

  /**
   * Returns the arguments of the message, in order.
   *
   * @return the arguments
   */
  public List<String> getArguments() {
    return arguments;
  }

  /**
   * Returns the message in English.
   *
   * @return the English message
   */
  public String getMessage() {
    return message.getEnglish();
  }

  /**
   * Returns the message in the given locale (Dutch for {@code nl}, English otherwise).
   *
   * @param locale the wanted locale
   * @return the message
   */
  public String getMessage(Locale locale) {
    return message.get(locale);
  }

  /**
   * Returns a copy of this problem with its pointer placed below a parent pointer.
   *
   * @param parentPointer the pointer of the value that holds the one this problem points into
   * @return the relocated problem
   */
  public Problem under(String parentPointer) {
    return new Problem(code, parentPointer + pointer, arguments, message, line, column);
  }

  /**
   * Returns a copy of this problem that knows where in a document it was found.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   * @return the located problem
   */
  public Problem atLocation(long line, long column) {
    return new Problem(code, pointer, arguments, message, line, column);
  }

  /**
   * Returns the line in the document where the problem was found, when read from a document.
   *
   * @return the line, from 1, or empty
   */
  public OptionalLong getLine() {
    return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
  }

  /**
   * Returns the column in the document where the problem was found, when read from a document.
   *
   * @return the column, from 1, or empty
   */
  public OptionalLong getColumn() {
    return column > 0 ? OptionalLong.of(column) : OptionalLong.empty();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Problem)) {
      return false;
    }
    Problem that = (Problem) other;
    return code.equals(that.code)
        && pointer.equals(that.pointer)
        && arguments.equals(that.arguments)
        && message.equals(that.message)
        && line == that.line
        && column == that.column;
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, pointer, arguments, message, line, column);
  }

  /** Returns {@code pointer: message} in English. */
  @Override
  public String toString() {
    return (pointer.isEmpty() ? "/" : pointer) + ": " + message.getEnglish();
  }
}
