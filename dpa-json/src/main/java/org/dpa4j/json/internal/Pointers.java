package org.dpa4j.json.internal;

/** RFC 6901 JSON Pointer helpers. */
public final class Pointers {
  private Pointers() {}

  /**
   * Appends a property name to a pointer, escaping {@code ~} and {@code /}.
   *
   * @param pointer the parent pointer
   * @param name the property name
   * @return the child pointer
   */
  public static String child(String pointer, String name) {
    return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Appends an array index to a pointer.
   *
   * @param pointer the parent pointer
   * @param index the index
   * @return the child pointer
   */
  public static String child(String pointer, int index) {
    return pointer + "/" + index;
  }

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
