package org.dpa4j.model;

/** How a template leaves a term open. */
public enum BlankKind implements CodedEnum {
  /** A blank to fill in, such as "[SPECIFY TIME PERIOD]". */
  FILL_IN("to be filled in", "in te vullen"),
  /** Options offered of which none is chosen, such as Option 1 / Option 2. */
  CHOOSE_OPTION("option to be chosen", "optie te kiezen"),
  /** An annex or table left empty to be completed. */
  EMPTY_ANNEX("empty annex", "lege bijlage"),
  /** A clause the parties may include or leave out, such as a docking clause. */
  OPTIONAL_CLAUSE("optional clause", "optionele bepaling");

  private final LocalizedText label;

  BlankKind(String english, String dutch) {
    this.label = LocalizedText.of(english, dutch);
  }

  @Override
  public LocalizedText getLabel() {
    return label;
  }
}
