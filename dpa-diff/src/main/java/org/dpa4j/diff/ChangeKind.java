package org.dpa4j.diff;

import org.dpa4j.model.CodedEnum;
import org.dpa4j.model.LocalizedText;

/** Whether a term was added, removed or changed between two versions of an agreement. */
public enum ChangeKind implements CodedEnum {
  /** The new version has a value (a list element, an optional term) that the old one lacks. */
  ADDED("added", "toegevoegd"),
  /** The old version has a value that the new one lacks. */
  REMOVED("removed", "verwijderd"),
  /** Both versions have the term, with different values. */
  CHANGED("changed", "gewijzigd");

  private final LocalizedText label;

  ChangeKind(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }

  /**
   * Returns the kind of the same change made the other way round.
   *
   * @return {@code REMOVED} for {@code ADDED} and back; {@code CHANGED} stays
   */
  public ChangeKind mirror() {
    switch (this) {
      case ADDED:
        return REMOVED;
      case REMOVED:
        return ADDED;
      default:
        return this;
    }
  }
}
