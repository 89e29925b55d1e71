package org.dpa4j.json.core.internal;

import java.util.Arrays;

/**
 * The path to the value being read or written, as a stack of property names and array indices. It
 * costs nothing per value; a JSON Pointer is made from it only when a problem is reported. One
 * stack serves one document; it is not thread-safe.
 */
public final class PathStack {
  // A name, or null and an index, per level.
  private String[] names = new String[16];
  private int[] indices = new int[16];
  private int depth;

  /** Creates an empty stack: the path to the root. */
  public PathStack() {}

  /**
   * Enters a property.
   *
   * @param name the property's name
   */
  public void push(String name) {
    grow();
    names[depth] = name;
    depth++;
  }

  /**
   * Enters an array element.
   *
   * @param index the element's index
   */
  public void push(int index) {
    grow();
    names[depth] = null;
    indices[depth] = index;
    depth++;
  }

  /** Leaves the innermost property or element. */
  public void pop() {
    depth--;
  }

  /** Returns the RFC 6901 pointer to the current value. */
  public String pointer() {
    if (depth == 0) {
      return "";
    }
    StringBuilder out = new StringBuilder(16 * depth);
    for (int i = 0; i < depth; i++) {
      out.append('/');
      if (names[i] == null) {
        out.append(indices[i]);
      } else {
        out.append(names[i].replace("~", "~0").replace("/", "~1"));
      }
    }
    return out.toString();
  }

  /** Returns the pointer to a property of the current value. */
  public String pointer(String child) {
    push(child);
    String pointer = pointer();
    pop();
    return pointer;
  }

  private void grow() {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indices = Arrays.copyOf(indices, depth * 2);
    }
  }
}
