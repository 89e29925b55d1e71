package org.dpa4j.model;

/**
 * How a template leaves a term open.
 *
 * <p class="nl">Hoe een model een bepaling openlaat.
 */
public enum BlankKind implements CodedEnum {
  /**
   * A blank to fill in, such as "[SPECIFY TIME PERIOD]", "____" or a form field.
   *
   * <p class="nl">Een open plek om in te vullen, zoals "[SPECIFY TIME PERIOD]", "____" of een
   * formulierveld.
   */
  FILL_IN("to be filled in", "in te vullen"),
  /**
   * Two or more options offered of which the text chooses none, such as Option 1 and Option 2 of
   * clause 7.7(a) of 2021/915.
   *
   * <p class="nl">Twee of meer aangeboden opties waarvan de tekst er geen kiest, zoals optie 1 en
   * optie 2 van clausule 7.7 onder a van 2021/915.
   */
  CHOOSE_OPTION("option to be chosen", "optie te kiezen"),
  /**
   * An annex or table left empty to be completed, such as an empty list of sub-processors (Annex IV
   * of 2021/915).
   *
   * <p class="nl">Een bijlage of tabel die leeg is gelaten om later te worden ingevuld, zoals een
   * lege lijst van subverwerkers (bijlage IV van 2021/915).
   */
  EMPTY_ANNEX("empty annex", "lege bijlage"),
  /**
   * A clause the parties may keep or drop, such as the docking clause (clause 5 of 2021/915, clause
   * 7 of 2021/914).
   *
   * <p class="nl">Een clausule die de partijen mogen behouden of schrappen, zoals de
   * koppelingsclausule (clausule 5 van 2021/915, clausule 7 van 2021/914).
   */
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
