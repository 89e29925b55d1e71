package org.dpa4j.json.core.internal;

/** RFC 6901 JSON Pointer helpers. */
public final class Pointers {
  private Pointers() {}

  /**
   * Returns the parent of a pointer.
   *
   * @param pointer a pointer other than {@code ""}
   * @return the parent pointer
   */
  public static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }
}
