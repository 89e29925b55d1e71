package org.dpa4j.model;

import java.util.Objects;

/**
 * A value the model has no attribute for, kept verbatim so that it is written back unchanged.
 *
 * <p>Lenient JSON reading puts each unknown property of an object into that object's {@linkplain
 * Extensible#getExtensions() extensions}; the value is held as compact JSON text. The model does
 * not interpret it. Its content may be anything, so {@code toString()} never shows it.
 */
public final class ExtensionValue {
  private final String json;

  private ExtensionValue(String json) {
    this.json = json;
  }

  /**
   * Wraps a JSON value.
   *
   * @param json the value as JSON text, such as {@code "\"x\""}, {@code 42} or {@code {"a":1}}
   * @return the extension value
   */
  public static ExtensionValue ofJson(String json) {
    return new ExtensionValue(Objects.requireNonNull(json, "json"));
  }

  /**
   * Returns the value as JSON text.
   *
   * @return the JSON text
   */
  public String getJson() {
    return json;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExtensionValue && json.equals(((ExtensionValue) other).json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  /** Returns a fixed placeholder: an extension's content may be personal data. */
  @Override
  public String toString() {
    return "<extension>";
  }
}
