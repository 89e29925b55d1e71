package org.dpa4j.json.core.internal;

import java.io.IOException;

/**
 * What {@link ModelWriter} writes to: a JSON tree being built or a Jackson generator, as each
 * Jackson module adapts it. Calls come in document order; a property's {@link #name} comes right
 * before its value.
 */
public interface JsonSink {
  /**
   * Starts an object.
   *
   * @throws IOException when the output fails
   */
  void startObject() throws IOException;

  /**
   * Writes the name of the next property.
   *
   * @param name the name
   * @throws IOException when the output fails
   */
  void name(String name) throws IOException;

  /**
   * Ends the innermost object.
   *
   * @throws IOException when the output fails
   */
  void endObject() throws IOException;

  /**
   * Starts an array.
   *
   * @param size the number of elements that follow
   * @throws IOException when the output fails
   */
  void startArray(int size) throws IOException;

  /**
   * Ends the innermost array.
   *
   * @throws IOException when the output fails
   */
  void endArray() throws IOException;

  /**
   * Writes a string value.
   *
   * @param value the string
   * @throws IOException when the output fails
   */
  void string(String value) throws IOException;

  /**
   * Writes an integer value.
   *
   * @param value the integer
   * @throws IOException when the output fails
   */
  void integer(int value) throws IOException;

  /**
   * Writes {@code true} or {@code false}.
   *
   * @param value the value
   * @throws IOException when the output fails
   */
  void bool(boolean value) throws IOException;

  /**
   * Writes an extension value given as JSON text: one value with nothing after it, every number as
   * written. Nothing is written when the text is not such a value.
   *
   * @param json the text
   * @throws IOException when the output fails
   * @throws RuntimeException when the text is not one JSON value (of any kind: the caller reports
   *     it as a problem at the extension's pointer)
   */
  void json(String json) throws IOException;
}
