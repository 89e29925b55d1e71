/**
 * Comparison of two dpa4j agreements: the typed changes term by term, each classified as stricter
 * or looser for the processor, and the findings of the validator that appear, disappear or change
 * severity.
 */
module org.dpa4j.diff {
  requires transitive org.dpa4j.model;
  requires transitive org.dpa4j.validation;

  exports org.dpa4j.diff;
}
