package org.dpa4j.model;

import java.util.Map;

/**
 * A model object that can carry properties it has no attribute for, as read leniently from JSON.
 * Empty unless the document held unknown properties at this level.
 */
public interface Extensible {

  /**
   * Returns the unknown properties found at this level, by name.
   *
   * @return the extensions; empty for none
   */
  Map<String, ExtensionValue> getExtensions();
}
