package org.dpa4j.model;

/**
 * Shortens user input before it goes into a message, so that no message repeats more than a short
 * excerpt of what was given.
 */
public final class Excerpt {
  /** The longest excerpt, in characters, before it is cut. */
  public static final int MAX_LENGTH = 40;

  private Excerpt() {}

  /**
   * Returns the text itself when short, else its first characters and an ellipsis; control
   * characters are shown as {@code ?}.
   *
   * @param text the user input
   * @return the excerpt
   */
  public static String of(CharSequence text) {
    if (text == null) {
      return "null";
    }
    int length = Math.min(text.length(), MAX_LENGTH);
    StringBuilder out = new StringBuilder(length + 1);
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      out.append(Character.isISOControl(c) ? '?' : c);
    }
    if (text.length() > MAX_LENGTH) {
      out.append('…');
    }
    return out.toString();
  }
}
